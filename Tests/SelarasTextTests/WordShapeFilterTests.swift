import Testing
import SelarasCore
@testable import SelarasText

@Suite struct WordShapeFilterTests {
    @Test func passesEveryWordOfTheSetAndTurnsAwayOtherShapes() {
        let words: Set<String> = ["peraturan", "uu", "pp", "kementerian", "dinas kesehatan"]
        let filter = WordShapeFilter(words)
        for word in words { #expect(filter.mayContain(word)) }
        // Same first byte and length as a member: passes (the set decides).
        #expect(filter.mayContain("up"))
        #expect(filter.mayContain("pq"))
        // Another first byte or another length: certainly not in the set.
        for word in ["sebesar", "u", "ppp", "peraturannya", "Peraturan", "2024", ""] where !word.isEmpty {
            #expect(!filter.mayContain(word))
        }
    }

    @Test func tokenShapesAgreeWithTheirLowerStrings() throws {
        let filter = WordShapeFilter(["peraturan", "dinas"])
        let analysis = TextAnalysis(SourceText("PERATURAN Dinas “dînas” peraturannya, PP 12."))
        for index in analysis.tokens.indices {
            #expect(filter.mayContain(analysis.lowerShape(index)) == filter.mayContain(analysis.lowerStrings[index]))
        }
        #expect(filter.mayContain(analysis.lowerShape(0)))
        let longer = try #require(analysis.lowerStrings.firstIndex(of: "peraturannya"))
        #expect(!filter.mayContain(analysis.lowerShape(longer)))
        #expect(filter.mayContain(analysis.lowerShape(analysis.tokens.count)))
    }

    @Test func nonASCIIWordsAndEmptyWordsAlwaysPass() {
        let filter = WordShapeFilter(["dinas"])
        #expect(filter.mayContain("dînas"))
        #expect(filter.mayContain("“dinas"))
        #expect(filter.mayContain(""))
        // `A\u{212A}` (Kelvin sign) equals `AK` in a Set although its bytes differ.
        let capitals = WordShapeFilter(["AK"])
        #expect(Set(["AK"]).contains("A\u{212A}"))
        #expect(capitals.mayContain("A\u{212A}"))
    }

    @Test func aSetHoldingANonASCIIWordPassesEverything() {
        // U+212A KELVIN SIGN is canonically equivalent to `K`: the set would find "KM" for it.
        let words: Set<String> = ["\u{212A}M"]
        #expect(words.contains("KM"))
        let filter = WordShapeFilter(words)
        #expect(filter.mayContain("KM"))
        #expect(filter.mayContain("sebesar"))
    }
}
