/// A sentence in a rule's `examples`: bad ones mark each expected finding with «…», good ones
/// must give no finding at all.
public struct RuleExample: Sendable, Hashable {
    /// The example as written, markers included.
    public var raw: String
    /// The example with the markers removed: what the rule is run on.
    public var text: String
    /// Byte ranges of `text` that must be flagged, in order.
    public var expectedSpans: [Range<Int>]
    /// When given, the first suggestion of each finding must equal this.
    public var expectedSuggestion: String?

    public static let openMarker: Character = "«"
    public static let closeMarker: Character = "»"

    public init(raw: String, expectedSuggestion: String? = nil) {
        self.raw = raw
        self.expectedSuggestion = expectedSuggestion
        var text: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int?
        for character in raw {
            if character == RuleExample.openMarker {
                open = text.count
            } else if character == RuleExample.closeMarker, let start = open {
                spans.append(start..<text.count)
                open = nil
            } else {
                text.append(contentsOf: String(character).utf8)
            }
        }
        self.text = String(decoding: text, as: UTF8.self)
        self.expectedSpans = spans
    }

    /// True when the raw text has balanced markers (every « closed by a », none nested).
    public var markersAreBalanced: Bool {
        var depth = 0
        for character in raw {
            if character == RuleExample.openMarker { depth += 1; if depth > 1 { return false } }
            if character == RuleExample.closeMarker { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }
}

/// The examples a rule carries: every rule needs at least one of each.
public struct RuleExamples: Sendable, Hashable {
    public var bad: [RuleExample]
    public var good: [RuleExample]

    public init(bad: [RuleExample] = [], good: [RuleExample] = []) {
        self.bad = bad
        self.good = good
    }
}
