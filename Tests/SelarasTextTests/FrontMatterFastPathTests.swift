import SelarasCore
import SelarasTestSupport
import Testing
@testable import SelarasText

/// `FrontMatter.parse` reads ASCII lines on bytes: it must agree with the `String` reading
/// (kept here as it was) on every kind of line.
@Suite struct FrontMatterFastPathTests {
    /// The reading before the byte path, line for line.
    static func reference(_ text: SourceText) -> FrontMatter? {
        func isFence(_ line: String) -> Bool { line.hasPrefix("---") && line.trimmingSpaces() == "---" }
        guard text.lineCount >= 2, text.bytes.starts(with: [0x2D, 0x2D, 0x2D]), isFence(text.lineText(1)) else { return nil }
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        for line in 2...text.lineCount {
            let content = text.lineText(line)
            if isFence(content) {
                let end = line < text.lineCount ? text.lineStarts[line] : text.count
                return FrontMatter(fields: fields, span: Span(start: 0, end: end), keyLines: keyLines)
            }
            let trimmed = content.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingSpaces().lowercased()
            var value = content[content.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let first = value.first, let last = value.last,
               (first == "\"" && last == "\"") || (first == "'" && last == "'") {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, !key.contains(" ") else { continue }
            fields[key] = value
            keyLines[key] = line
        }
        return nil
    }

    static let pieces = ["agency", "Date", "TITLE", "judul", ":", ":", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\"", "'",
                         "#", "-", "---", "x y", "2024-07-22", "é", "e\u{0301}", "\u{00A0}", "“", "K", "\u{212A}",
                         "İ", "\u{0301}", "\u{7F}", "\u{01}", "Rp 5"]

    @Test func agreesWithTheStringReading() {
        var generator = SeededGenerator(seed: 0xF0_4E)
        let breaks = ["\n", "\r\n", "\r"]
        for _ in 0..<4_000 {
            var lines: [String] = [Bool.random(using: &generator) ? "---" : (Bool.random(using: &generator) ? "--- " : "---x")]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let count = Int.random(in: 0...6, using: &generator)
                lines.append((0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
            }
            if Int.random(in: 0..<4, using: &generator) > 0 { lines.append(["---", " --- ", "---\t", "--- #"].randomElement(using: &generator)!) }
            lines.append("Isi rilis.")
            let newline = breaks.randomElement(using: &generator)!
            let text = SourceText(lines.joined(separator: newline))
            let fast = FrontMatter.parse(text)
            let plain = Self.reference(text)
            #expect(fast == plain, "\(lines)")
        }
    }

    @Test func readsTheUsualBlock() {
        let text = SourceText("---\nAgency: 'polda-kalsel'\ntanggal: \"2024-07-22\"\n# note\nbad key: x\n---\nIsi.")
        let front = FrontMatter.parse(text)
        #expect(front?.fields == ["agency": "polda-kalsel", "tanggal": "2024-07-22"])
        #expect(front?.keyLines == ["agency": 2, "tanggal": 3])
        #expect(front?.span == Span(start: 0, end: 71))
    }
}
