import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// `LoweredWordBloom` may only turn away tokens whose lower-cased text is not in the set it was
/// built from; checked against `Set<String>` on random and tricky words (mixed case, NBSP, curly
/// quotes, combining marks, the Kelvin sign, Turkish İ, digits of other scripts).
@Suite struct LoweredWordBloomTests {
    static let pieces = [
        "dinas", "Dinas", "DINAS", "kesehatan", "badan", "kementerian", "Kementrian", "pt", "PT", "pln", "a", "A", "b",
        "peraturan", "permendagri", "uu", "pp", "tap", "dinas kesehatan", "k", "K", "\u{212A}", "\u{212A}ota", "kota",
        "İstanbul", "istanbul", "i\u{0307}stanbul", "ı", "é", "e\u{0301}", "café", "cafe\u{0301}", "٣", "३", "12", "2024",
        "Dinas\u{00A0}Kesehatan", "\u{201C}Badan\u{201D}", "’", "jum’at", "jum'at", "😀", "x", "ab", "abcdefgh",
        "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "[", "@", "`", "{", "Z", "z",
    ]

    static func randomWord(_ generator: inout SeededGenerator) -> String {
        if Bool.random(using: &generator) { return pieces.randomElement(using: &generator)! }
        let alphabet = Array("abcdeKkZz@[`{AİıéÉ\u{0301}\u{212A}٣0129-.'’")
        return String((0..<Int.random(in: 1...18, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    @Test func turnsAwayOnlyTokensNotInTheSet() {
        var generator = SeededGenerator(seed: 0x4A54_F17E)
        for round in 0..<200 {
            var members = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Self.randomWord(&generator).lowercased() }
            if round % 5 == 0 { members += (0..<10).map { _ in Self.randomWord(&generator) } }  // capitals in members too
            let set = Set(members)
            let filter = LoweredWordBloom(members)
            let text = (0..<60).map { _ in Self.randomWord(&generator) }.joined(separator: Bool.random(using: &generator) ? " " : "\n")
            let a = TextAnalysis(SourceText(text))
            for index in a.tokens.indices where set.contains(a.lower(index)) {
                #expect(filter.mayContainLower(index, in: a), "\(a.string(index)) in \(members)")
            }
            // Every member written as a token (mixed case) passes.
            for member in members {
                let b = TextAnalysis(SourceText(member.uppercased() + " " + member))
                for index in b.tokens.indices where set.contains(b.lower(index)) {
                    #expect(filter.mayContainLower(index, in: b), "\(b.string(index)) in \(members)")
                }
            }
        }
    }

    @Test func aMemberDecomposingToASCIIPassesEverything() {
        let filter = LoweredWordBloom(["\u{212A}"])  // Kelvin sign: canonically `K`
        let a = TextAnalysis(SourceText("k K x"))
        #expect(a.tokens.indices.allSatisfy { filter.mayContainLower($0, in: a) })
        #expect(Set(["\u{212A}"]).contains("K"))
    }

    @Test func turnsAwayMostOtherWords() {
        let filter = LoweredWordBloom(["dinas", "badan", "kementerian"])
        let a = TextAnalysis(SourceText("Dinas BADAN kementerian dan yang akan di untuk"))
        #expect(filter.mayContainLower(0, in: a) && filter.mayContainLower(1, in: a) && filter.mayContainLower(2, in: a))
        #expect((3..<a.tokens.count).filter { filter.mayContainLower($0, in: a) }.count <= 1)
    }
}

/// The official extractor's head filter turns away only words that are neither a position
/// abbreviation (exact case) nor the first word of a head (lower case).
@Suite struct OfficialHeadFilterTests {
    @Test func turnsAwayOnlyWordsStartingNoHead() {
        guard let hashes = OfficialExtractor.headStarterHashes else { return }
        var generator = SeededGenerator(seed: 0x0FF1_C1A1)
        let words = OfficialExtractor.headsByFirstWord.keys + PositionTable.abbreviations.keys
            + ["Kepala", "KEPALA", "kepala", "Gubernur", "\u{212A}apolda", "Kapolda", "KAPOLDA", "Wali", "Menteri", "Bupati",
               "Dinas", "dan", "İ", "Ketua", "K\u{0301}etua", "Sekretaris\u{00A0}Daerah", "“Kadis”", "١٢", "x"]
        for _ in 0..<200 {
            let text = (0..<30).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let a = TextAnalysis(SourceText(text))
            for index in a.tokens.indices where !hashes.mayContainLower(index, in: a) {
                #expect(PositionTable.abbreviations[a.string(index)] == nil, "\(a.string(index))")
                #expect(OfficialExtractor.headsByFirstWord[a.lower(index)] == nil, "\(a.string(index))")
            }
        }
    }
}
