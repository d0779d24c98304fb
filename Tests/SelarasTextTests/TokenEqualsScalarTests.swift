import Foundation
import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// `TextAnalysis.tokenEquals` turns away non-ASCII tokens other than three scalars without
/// comparing strings; these tests check that rule on every scalar and on random tokens.
@Suite struct TokenEqualsScalarTests {
    /// Only U+037E, U+1FEF and U+212A are canonically equivalent to one ASCII character.
    @Test func onlyThreeScalarsDecomposeToOneASCIICharacter() {
        var found: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count == 1, decomposed.first!.isASCII { found.append(value) }
        }
        #expect(found == [0x037E, 0x1FEF, 0x212A])
    }

    @Test func tokenEqualsAndIsPunctMatchTheStrings() {
        var generator = SeededGenerator(seed: 0x70E_E0A1)
        let pieces = ["\u{037E}", "\u{1FEF}", "\u{212A}", ";", "`", "K", ",", "(", ")", "/", "-", ".", "—", "–", "“", "”",
                      "’", "\u{00A0}", ",\u{0301}", ";\u{0301}", "\u{0301}", "é", "😀", "İ", "٣", "ab", "\r\n", "...", "--"]
        for _ in 0..<300 {
            let text = (0..<20).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            let a = TextAnalysis(SourceText(text))
            for index in -1...a.tokens.count {
                for byte: UInt8 in [0x3B, 0x60, 0x4B, 0x2C, 0x28, 0x29, 0x2F, 0x2D, 0x2E] {
                    let character = String(UnicodeScalar(byte))
                    #expect(a.tokenEquals(index, byte) == (a.string(index) == character), "\(a.string(index))")
                    #expect(a.isPunct(index, byte: byte) == a.isPunct(index, character), "\(a.string(index))")
                }
            }
        }
    }
}
