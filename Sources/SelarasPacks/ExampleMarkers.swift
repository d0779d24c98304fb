import SelarasRules

/// Reads the «» markers of an example on its UTF-8 bytes, when that gives what `RuleExample`'s
/// `Character` walk gives — most examples — without breaking the text into grapheme clusters.
///
/// `RuleExample` compares whole `Character`s with « and ». A marker scalar (U+00AB, U+00BB) is
/// a `Character` of its own unless the scalar before it is a Prepend or the scalar after it an
/// Extend, SpacingMark or ZWJ (UAX #29, GB9–GB9b). No scalar below U+0300 is any of those, nor
/// any in U+2010…U+205F (dashes, curly quotes, ellipsis: visible General Punctuation, no marks,
/// no joiners). So when every marker's neighbours lie there, the markers found scalar by scalar
/// are exactly the marker `Character`s, and everything else is copied to `text` byte for byte,
/// as the `Character` walk copies it. Otherwise `scan` returns nil and the caller takes that walk.
struct ExampleMarkers: Equatable {
    /// The example without its markers.
    var text: String
    /// Byte ranges of `text` between « and the next », as `RuleExample.expectedSpans`.
    var spans: [Range<Int>]
    /// As `RuleExample.markersAreBalanced`.
    var balanced: Bool
    /// Whether the example holds « or ».
    var hasMarker: Bool

    /// « is C2 AB in UTF-8, » is C2 BB.
    private static let openSecondByte: UInt8 = 0xAB
    private static let closeSecondByte: UInt8 = 0xBB
    /// Whether `scalar` next to a marker leaves the marker a `Character` of its own (see above).
    private static func cannotJoin(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (0x2010...0x205F).contains(scalar)
    }

    /// The markers of `raw`, or nil when a marker touches a scalar that could join it.
    static func scan(_ raw: String) -> ExampleMarkers? {
        var raw = raw
        return raw.withUTF8 { scan(bytes: $0) }
    }

    static func scan(bytes: UnsafeBufferPointer<UInt8>) -> ExampleMarkers? {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var spans: [Range<Int>] = []
        var open: Int?
        var depth = 0
        var balanced = true
        var hasMarker = false
        var previousScalar: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == openSecondByte || bytes[index + 1] == closeSecondByte {
                let isOpen = bytes[index + 1] == openSecondByte
                if !cannotJoin(previousScalar) { return nil }
                if index + 2 < bytes.count, !cannotJoin(scalar(at: index + 2, in: bytes)) { return nil }
                hasMarker = true
                if isOpen {
                    open = text.count
                    depth += 1
                    if depth > 1 { balanced = false }
                } else {
                    if let start = open {
                        spans.append(start..<text.count)
                        open = nil
                    } else {
                        // A » with no « open: `RuleExample` keeps it as text.
                        text.append(0xC2)
                        text.append(0xBB)
                    }
                    depth -= 1
                    if depth < 0 { balanced = false }
                }
                previousScalar = isOpen ? 0xAB : 0xBB
                index += 2
                continue
            }
            previousScalar = scalar(at: index, in: bytes)
            text.append(byte)
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 {
                text.append(bytes[index])
                index += 1
            }
        }
        return ExampleMarkers(text: String(decoding: text, as: UTF8.self), spans: spans,
                              balanced: balanced && depth == 0, hasMarker: hasMarker)
    }

    /// The scalar value starting at `index` (valid UTF-8).
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let lead = bytes[index]
        if lead < 0x80 { return UInt32(lead) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length where index + offset < bytes.count {
            value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
        }
        return value
    }

    /// The `RuleExample` these markers describe: equal to `RuleExample(raw:expectedSuggestion:)`.
    func example(raw: String, expectedSuggestion: String?) -> RuleExample {
        var example = RuleExample(raw: "", expectedSuggestion: expectedSuggestion)
        example.raw = raw
        example.text = text
        example.expectedSpans = spans
        return example
    }
}
