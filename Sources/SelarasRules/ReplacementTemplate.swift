import SelarasCore

/// A suggestion written with regex captures: `$0` is the whole match, `$1`…`$9` the groups, `$$`
/// a dollar sign. A group that did not take part reads as empty.
public struct ReplacementTemplate: Sendable, Hashable {
    public let template: String

    public init(_ template: String) {
        self.template = template
    }

    /// The highest group number the template refers to.
    public var highestGroup: Int {
        var highest = 0
        var previousWasDollar = false
        for scalar in template.unicodeScalars {
            if previousWasDollar, let digit = Int(String(scalar)) { highest = max(highest, digit) }
            previousWasDollar = scalar == "$" && !previousWasDollar
        }
        return highest
    }

    /// The template filled from `match` in `text`.
    public func expand(_ match: MatchResult, in text: SourceText) -> String {
        var result = ""
        var scalars = template.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "$" else { result.unicodeScalars.append(scalar); continue }
            guard let next = scalars.next() else { result += "$"; break }
            if next == "$" {
                result += "$"
            } else if let group = Int(String(next)) {
                if group == 0 {
                    result += text.text(match.span)
                } else if group - 1 < match.captures.count, let span = match.captures[group - 1] {
                    result += text.text(span)
                }
            } else {
                result += "$"
                result.unicodeScalars.append(next)
            }
        }
        return result
    }
}
