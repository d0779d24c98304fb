import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// `TextAnalysis.integer(_:lengths:)` and the date value readers built on it against the string
/// expressions they replace, on random number-like tokens.
@Suite struct TokenIntegerTests {
    static let pieces = ["0", "7", "07", "31", "32", "12", "13", "2024", "1899", "2199", "2200", "+5", "-5", "+", "-", "+12",
                         "-0", "1.876", "1,5", "٣", "१२", "2\u{0301}", "1\u{00A0}2", "12a", "a1", "0012", "99999", "\r\n", "/", "—"]

    @Test func matchesTheStringExpressions() {
        var generator = SeededGenerator(seed: 0x1D7E_6E4)
        let alphabet = Array("0123456789+-.,/٣१\u{0301}a \u{00A0}")
        var texts = Self.pieces
        for _ in 0..<400 {
            texts.append(String((0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for text in texts {
            let a = TextAnalysis(SourceText(text))
            for index in -1...a.tokens.count {
                let string = a.string(index)
                for lengths in [1...2, 4...4, 1...4] {
                    #expect(a.integer(index, lengths: lengths) == (lengths.contains(string.count) ? Int(string) : nil), "\(string)")
                }
                #expect(DateExtractor.dayValue(index, in: a) == DateExtractor.dayValue(string), "\(string)")
                #expect(DateExtractor.monthValue(index, in: a) == DateExtractor.monthValue(string), "\(string)")
                #expect(DateExtractor.yearValue(index, in: a) == DateExtractor.yearValue(string), "\(string)")
            }
        }
    }
}
