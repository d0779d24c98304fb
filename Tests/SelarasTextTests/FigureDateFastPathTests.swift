import SelarasCore
import SelarasTestSupport
import Testing
@testable import SelarasText

/// The figure and date extractors' fast paths (`DateExtractor.mayStart`, `PeriodYears`, the
/// two-pass `wordsBefore`) must agree with the plain readings on random, tricky text.
@Suite struct FigureDateFastPathTests {
    static let fragments = [
        "12", "5", "31", "2024", "1999", "2101", "2150", "07", "1.500", "2,5", "0511", "23", "01", "18", "١٢", "2024x",
        "Januari", "januari", "Jan", "Jan.", "Des", "des", "Nopember", "MEI", "Agt.", "Ｊａｎ",
        "Senin", "senin", "Jum’at", "Jum'at", "JUMAT", "Ahad", "Sabtu",
        "(", ")", "/", "-", ",", ".", ":", ";", "–", "%", "+", "“", "”",
        "pada", "tahun", "sejak", "periode", "TA", "hingga", "akhir", "tanggal", "Tanggal",
        "Rp", "US$", "juta", "miliar", "persen", "poin", "sekitar", "lebih", "dari", "kurang", "hampir",
        "kasus", "gizi", "buruk", "warga", "menerima", "bantuan", "dua", "sepuluh", "Tiga", "café", "🙂",
    ]
    static let gaps = [" ", " ", " ", "", "", "\n", "\r\n", "\u{00A0}", "\n\n", ". "]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        rng.text(of: fragments, gaps: gaps)
    }

    /// `wordsBefore` as it was: words collected backwards, then reversed.
    static func referenceWordsBefore(_ start: Int, in a: TextAnalysis) -> [String] {
        var words: [String] = []
        var index = start - 1
        let sentence = a.sentenceIndex(ofToken: start)
        while index >= 0, words.count < 8, a.sentenceIndex(ofToken: index) == sentence {
            guard let kind = a.kind(index) else { break }
            if kind == .number || kind == .currency { break }
            if FigureExtractor.scales[a.lower(index)] != nil || a.lower(index) == "persen" { break }
            if kind == .punctuation || kind == .symbol {
                if FigureContext.clauseBreaks.contains(a.string(index)) { break }
            } else {
                words.append(a.lower(index))
            }
            index -= 1
        }
        return words.reversed()
    }

    @Test func fastPathsAgreeOnRandomText() {
        var rng = SeededGenerator(seed: 0xF16_DA7E)
        for _ in 0..<600 {
            let text = Self.randomText(&rng)
            let a = TextAnalysis(SourceText(text))
            let years = PeriodYears(a)
            for index in a.tokens.indices {
                if !DateExtractor.mayStart(at: index, in: a, weekdayFilter: DateExtractor.weekdayFilter,
                                           monthFilter: DateExtractor.monthFilter) {
                    #expect(DateExtractor.parse(at: index, in: a, allowBareShort: false) == nil, "\(text) @\(index)")
                }
                #expect(years.year(near: index, in: a) == FigureContext.periodYear(near: index, in: a), "\(text) @\(index)")
                #expect(FigureContext.wordsBefore(index, in: a) == Self.referenceWordsBefore(index, in: a), "\(text) @\(index)")
            }
        }
    }

    /// `FigureExtractor.isNoun` as it was, without the shape filters.
    static func referenceIsNoun(_ index: Int, in a: TextAnalysis) -> Bool {
        guard a.isLowercaseWord(index), a.gap(index) == .space else { return false }
        let word = a.lower(index)
        return !FigureContext.stopWords.contains(word) && !NumberWords.canStart(word) && FigureExtractor.scales[word] == nil
    }

    @Test func isNounAgreesOnRandomText() {
        var rng = SeededGenerator(seed: 0x4E0_0E)
        for _ in 0..<300 {
            let text = Self.randomText(&rng) + " tiga ribu yang rb jt seratus"
            let a = TextAnalysis(SourceText(text))
            for index in -1...(a.tokens.count) {
                #expect(FigureExtractor.isNoun(index, in: a) == Self.referenceIsNoun(index, in: a), "\(text) @\(index)")
            }
        }
    }

    /// `FigureContext.hedge` as it was, without the shape filter.
    static func referenceHedge(_ start: Int, in a: TextAnalysis) -> (HedgeKind, Span)? {
        guard start > 0 else { return nil }
        for (phrase, kind) in FigureContext.hedgesByLastWord[a.lower(start - 1)] ?? [] {
            let first = start - phrase.count
            guard first >= 0, phrase.indices.allSatisfy({ a.lower(first + $0) == phrase[$0] }) else { continue }
            if a.sentenceIndex(ofToken: first) != a.sentenceIndex(ofToken: start) { continue }
            return (kind, a.span(from: first, through: start - 1))
        }
        return nil
    }

    @Test func hedgeAgreesOnRandomText() {
        var rng = SeededGenerator(seed: 0x4ED6E)
        let hedgeWords = ["±", "tidak", "kurang", "lebih", "dari", "paling", "banyak", "di", "atas", "sekitar", "Sekitar", "kira-kira"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                text += (Bool.random(using: &rng) ? hedgeWords : Self.fragments).randomElement(using: &rng)!
                text += Self.gaps.randomElement(using: &rng)!
            }
            let a = TextAnalysis(SourceText(text))
            for index in 0...(a.tokens.count) {
                let fast = FigureContext.hedge(endingBefore: index, in: a)
                let plain = Self.referenceHedge(index, in: a)
                #expect(fast?.kind == plain?.0 && fast?.span == plain?.1, "\(text) @\(index)")
            }
        }
    }

    @Test func knownDatesStillStart() {
        let text = "Selasa, 23 Januari 2018 dan Jum’at (23/1) serta 5 Des lalu; 23-01-2018."
        let dates = DateExtractor.extract(TextAnalysis(SourceText(text)))
        #expect(dates.count == 4)
    }

    @Test func periodYearNearestWins() {
        let a = TextAnalysis(SourceText("Pada 2023 ada 5 kasus dan sejak 2024 ada 7 kasus."))
        let years = PeriodYears(a)
        let five = a.strings.firstIndex(of: "5")!
        let seven = a.strings.firstIndex(of: "7")!
        #expect(years.year(near: five, in: a) == 2023)
        #expect(years.year(near: seven, in: a) == 2024)
    }
}
