import Foundation
import SelarasCore

/// A regulation number read byte by byte: `9`, `93B`, `160/P`, `160P`, `105 P`, `041`,
/// `P.5/Menhut-II/2012`, `17/PER/M.KOMINFO/10/2010`, `228/PUU-XXIII/2025`.
struct RegulationNumber {
    var span: Span
    var written: String
    var normalised: String
    /// A `/YYYY` at the end of the number and its span.
    var trailingYear: (Int, Span)?
    /// Whether the part before `/YYYY` is a plain number (`14` in `14/2008`), so the year belongs to the citation.
    var isSimpleBeforeYear: Bool

    static func isAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func read(at start: Int, in a: TextAnalysis) -> RegulationNumber? {
        let bytes = a.text.bytes
        guard start < bytes.count, isAlnum(bytes[start]) else { return nil }
        var end = start
        while end < bytes.count {
            if isAlnum(bytes[end]) {
                end += 1
            } else if bytes[end] == 0x2F || bytes[end] == 0x2E || bytes[end] == 0x2D, end + 1 < bytes.count, isAlnum(bytes[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        var written = a.text.text(Span(start: start, end: end))
        // Must hold a digit, and a pure-letter run (`Tahun`) is no number.
        guard written.contains(where: \.isNumber) else { return nil }
        // `105 P`: a lone capital letter after digits.
        if written.allSatisfy(\.isNumber) {
            let next = a.tokenIndex(atOrAfter: end)
            if a.kind(next) == .word, a.gap(next) == .space, a.string(next).count == 1, a.isCapitalized(next),
               a.kind(next + 1) != .abbreviation {
                end = a.tokens[next].span.end
                written = a.text.text(Span(start: start, end: end))
            }
        }
        var number = RegulationNumber(span: Span(start: start, end: end), written: written, normalised: normalise(written),
                                      trailingYear: nil, isSimpleBeforeYear: false)
        let parts = written.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count >= 2, let last = parts.last, let year = DateExtractor.yearValue(String(last)) {
            number.trailingYear = (year, Span(start: end - 4, end: end))
            let before = parts.dropLast().joined(separator: "/")
            number.isSimpleBeforeYear = isSimple(before)
        }
        return number
    }

    /// `14`, `93B`, `160/P`, `160P`.
    static func isSimple(_ text: String) -> Bool {
        let normal = normalise(text)
        let core = normal.hasSuffix("/P") ? String(normal.dropLast(2)) : normal
        guard let first = core.first, first.isNumber else { return false }
        return core.allSatisfy { $0.isNumber || $0.isUppercase } && core.filter(\.isUppercase).count <= 1
    }

    /// Strips leading zeros of a leading digit run and writes `160P` / `160 P` as `160/P`.
    static func normalise(_ written: String) -> String {
        var text = written.replacingOccurrences(of: " ", with: "")
        if text.count >= 2, text.hasSuffix("P"), text.dropLast().allSatisfy(\.isNumber) {
            text = String(text.dropLast()) + "/P"
        }
        let digits = text.prefix(while: \.isNumber)
        if digits.count > 1, digits.hasPrefix("0") {
            let stripped = digits.drop(while: { $0 == "0" })
            text = (stripped.isEmpty ? "0" : String(stripped)) + text.dropFirst(digits.count)
        }
        return text
    }

    mutating func dropTrailingYear() {
        guard let (_, yearSpan) = trailingYear else { return }
        let keep = written.utf8.count - (span.end - yearSpan.start) - 1
        let prefix = String(decoding: Array(written.utf8).prefix(max(0, keep)), as: UTF8.self)
        span = Span(start: span.start, end: span.start + prefix.utf8.count)
        written = prefix
        normalised = RegulationNumber.normalise(prefix)
    }

    /// The four-character year after a year keyword at token `keyword` (`2016`, OCR `2O16`).
    static func readYear(afterToken keyword: Int, in a: TextAnalysis) -> (year: Int, span: Span, hadLetterO: Bool)? {
        let next = keyword + 1
        // A single line break is hard-wrapped prose (`Tahun` at the end of one line, `2022` on the next).
        guard next < a.tokens.count, a.gap(next) <= .lineBreak else { return nil }
        let bytes = a.text.bytes
        let start = a.tokens[next].span.start
        var end = start
        while end < bytes.count, isAlnum(bytes[end]) { end += 1 }
        guard end - start == 4 else { return nil }
        let raw = a.text.text(Span(start: start, end: end))
        let fixed = raw.replacingOccurrences(of: "O", with: "0").replacingOccurrences(of: "o", with: "0")
        guard raw.first?.isNumber == true, let year = DateExtractor.yearValue(fixed) else { return nil }
        return (year, Span(start: start, end: end), fixed != raw)
    }
}
