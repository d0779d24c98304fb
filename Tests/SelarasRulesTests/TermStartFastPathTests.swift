import SelarasCore
import SelarasTestSupport
import Testing
@testable import SelarasRules

/// `TermIndex` settles a start word whose next word continues no term without its longest-match
/// search, when the list has no suffixes. A suffix that never occurs turns that path off and
/// changes nothing else, so the same list with and without it must find the same matches.
@Suite struct TermStartFastPathTests {
    static let vocabulary = ["kota", "Kota", "KOTA", "wali", "sawuk", "lama", "baru", "dan", "yang", "kabupaten",
                             "antar-instansi", "praktek-praktek", "Jum’at", "jum'at", "café", "Kelvin\u{212A}", "di", "ke"]
    static let gaps = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "\u{00A0}", " \t ", "-", "; "]

    /// A list of single words and multi-word terms sharing first words, some written with
    /// capitals (matched as written or in capitals).
    static func terms(_ rng: inout SeededGenerator) -> [String] {
        var terms = Set<String>()
        for _ in 0..<Int.random(in: 3...14, using: &rng) {
            let count = Int.random(in: 1...3, using: &rng)
            terms.insert((0..<count).map { _ in vocabulary.randomElement(using: &rng)! }.joined(separator: " "))
        }
        return terms.sorted()
    }

    @Test func startWordsSettledInStepFindWhatTheSearchFinds() throws {
        var rng = SeededGenerator(seed: 0x57A_127)
        for _ in 0..<400 {
            let terms = Self.terms(&rng)
            let text = SourceText(rng.text(of: Self.vocabulary, gaps: Self.gaps, pieces: 1...40))
            guard let fast = try? TermMatcher(terms: terms),
                  let searched = try? TermMatcher(terms: terms, options: .init(suffixes: ["qzqzq"])) else { continue }
            let got = fast.matches(in: text).map { "\($0.span.start)-\($0.span.end)=\($0.term)" }
            let expected = searched.matches(in: text).map { "\($0.span.start)-\($0.span.end)=\($0.term)" }
            #expect(got == expected, "\(terms) in \(text.text(Span(start: 0, end: text.bytes.count)))")
        }
    }

    @Test func aStartWordAloneAndBeforeItsContinuation() throws {
        let matcher = try TermMatcher(terms: ["kota", "kota sawuk", "wali kota"])
        let text = SourceText("kota lama, kota sawuk dan wali kota; kota\nsawuk, kota\n\nsawuk")
        let found = matcher.matches(in: text).map { text.text($0.span) }
        #expect(found == ["kota", "kota sawuk", "wali kota", "kota\nsawuk", "kota"])
    }
}
