import Testing
import SelarasCore
@testable import SelarasRules

/// The per-thread word scan shared by term rules must never hand one text's words to another.
@Suite struct ScanCacheTests {
    private func flagged(_ matcher: TermMatcher, _ text: SourceText, range: Range<Int>? = nil) -> [String] {
        matcher.matches(in: text, range: range).map { text.text($0.span) }
    }

    @Test func severalMatchersOnOneTextAgreeWithFreshScans() throws {
        let spelling = try TermMatcher(terms: ["praktek", "himbau"], options: .init(suffixes: ["nya"]))
        let offices = try TermMatcher(terms: ["wali kota", "Walikota"])
        let text = SourceText("“Praktek” Walikota\u{00A0}itu — kami himbau; praktekNYA wali\nkota 🙂 setuju.")
        let first = flagged(spelling, text)
        let second = flagged(offices, text)
        #expect(first == ["Praktek", "himbau", "praktekNYA"])
        #expect(second == ["Walikota", "wali\nkota"])
        // Again, interleaved with another text: the same answers.
        #expect(flagged(spelling, SourceText("himbau saja")) == ["himbau"])
        #expect(flagged(offices, text) == second)
        #expect(flagged(spelling, text) == first)
    }

    @Test func aTextOfTheSameLengthWithOtherBytesIsScannedAgain() throws {
        let matcher = try TermMatcher(terms: ["praktek"])
        #expect(flagged(matcher, SourceText("praktek baik")) == ["praktek"])
        #expect(flagged(matcher, SourceText("praktik baik")).isEmpty)
        #expect(flagged(matcher, SourceText("baik praktek")) == ["praktek"])
    }

    @Test func aRangeIsNotServedTheWholeTextsWords() throws {
        let matcher = try TermMatcher(terms: ["resiko"])
        let text = SourceText("resiko pertama, resiko kedua")
        #expect(flagged(matcher, text) == ["resiko", "resiko"])
        #expect(matcher.matches(in: text, range: 7..<text.count).map(\.span.start) == [16])
        #expect(flagged(matcher, text) == ["resiko", "resiko"])
    }
}
