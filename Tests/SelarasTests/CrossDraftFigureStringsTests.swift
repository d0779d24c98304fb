import Testing
import SelarasTestSupport
@testable import Selaras

/// The figure statements' strings are made with reserved room instead of `+` and `joined`: the
/// same strings for every length around the small-string limit, multibyte words, empty words.
@Suite struct CrossDraftFigureStringsTests {
    static let pieces = ["", "a", "kasus", "gizi buruk", "é", "“", "🙂", "\u{00A0}", "Rp10,5", "Kalimantan Selatan", "x\r\n", "0123456789abcdef"]

    @Test func concatIsPlus() {
        var generator = SeededGenerator(seed: 0xC0_4CA7)
        for _ in 0..<5000 {
            let parts = (0..<3).map { _ in
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            }
            let made = CrossDraftFigures.concat(parts[0], parts[1], parts[2])
            #expect(made == parts[0] + parts[1] + parts[2])
            #expect(Array(made.utf8) == Array((parts[0] + parts[1] + parts[2]).utf8))
        }
    }

    @Test func joinedWordsIsJoined() {
        var generator = SeededGenerator(seed: 0x701_4ED)
        for _ in 0..<5000 {
            let first = Self.pieces.randomElement(using: &generator)!
            let rest = (0..<Int.random(in: 0...5, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            let made = CrossDraftFigures.joinedWords(first, rest)
            let plain = ([first] + rest).joined(separator: " ")
            #expect(Array(made.utf8) == Array(plain.utf8), "\(first) \(rest)")
        }
    }
}
