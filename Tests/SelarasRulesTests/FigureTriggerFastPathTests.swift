import Foundation
import Testing
import SelarasCore
import SelarasRegistry
import SelarasTestSupport
import SelarasText
@testable import SelarasRules

/// The trigger search, the figure-span index, the token ranges, the trigger-word table and the
/// coverage look-up against plain versions (the code they replaced) on random and tricky text.
@Suite struct FigureTriggerFastPathTests {
    static let registry = SampleClaims.registry!

    /// Words the generated drafts are made of: trigger words in several cases, linking words,
    /// change verbs, places, months, odd tokens (NBSP, curly quotes, emoji, multibyte letters).
    static let vocabulary: [String] = [
        "kasus", "gizi", "buruk", "balita", "prevalensi", "stunting", "Stunting", "PREVALENSI", "angka", "tengkes",
        "jumlah", "penduduk", "miskin", "Kalsel", "kemiskinan", "persentase", "tingkat", "pengangguran", "terbuka", "TPT",
        "APBD", "Provinsi", "Kalimantan", "Selatan", "penerima", "MBG", "SPPG", "dapur", "rumah", "terdampak", "banjir",
        "Banjarbaru", "sebesar", "mencapai", "tercatat", "pada", "tahun", "2024", "2023", "sekitar", "lebih", "dari",
        "turun", "naik", "menjadi", "ke", "target", "menargetkan", "diperkirakan", "se-Kalsel", "September", "Juni",
        "di", "Kabupaten", "Banjar", "Kota", "yang", "dan", ",", ".", ";", ":", "(", ")", "“", "”", "—", "🙂",
        "kasus,", "ké", "Ｋasus", "tengkes\u{00A0}", "Jum’at", "1.243", "22,4", "persen", "%", "Rp10,5", "triliun",
        "4,2", "juta", "jiwa", "312", "15,8", "185", "ribu", "orang", "\r\n", "\n\n", "K\u{212A}", "nasional",
    ]

    static func draft(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 5...60, using: &generator) {
            let word = vocabulary.randomElement(using: &generator)!
            let gap = [" ", " ", " ", "\u{00A0}", ""].randomElement(using: &generator)!
            text += (text.isEmpty ? "" : gap) + word
        }
        return text
    }

    /// Drafts that exercise the code: random ones and the rule's own examples.
    static func drafts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        var texts = [
            "Sepanjang 2024 tercatat 1.243 kasus gizi buruk pada balita di Kalimantan Selatan.",
            "Prevalensi stunting Kalsel pada 2024 sebesar 21,4 persen.",
            "APBD Kalsel 2025 ditetapkan sebesar Rp11,5 triliun.",
            "Prevalensi stunting Kalsel turun 2 poin persen dibanding tahun sebelumnya.",
            "Jumlah penduduk miskin Kalsel tercatat 195.000 jiwa.",
            "Prevalensi stunting Kalsel naik menjadi 24 persen, jumlah penduduk 4,2 juta jiwa, 312 kasus gizi buruk.",
        ]
        for _ in 0..<count { texts.append(draft(&generator)) }
        return texts
    }

    @Test func triggerSearchMatchesThePlainSearch() {
        var compared = 0
        for text in Self.drafts(count: 400, seed: 0xF16_0001) {
            let context = SampleClaims.context(text, date: "2025-06-10")
            let words = SentenceWords(context.document.text, claims: context.claims)
            let spans = context.claims.figures.map(\.span)
            for gap in [0, 6, 12] {
                let finder = FigureTriggerFinder(registry: Self.registry, extraLinkWords: ["khusus"], maxGapWords: gap, words: words,
                                                 figureSpans: spans, triggerWords: TriggerWordTable(words: Self.registry.figureTriggerWordSet, phrases: Self.registry.figureIndicesByTrigger))
                let plain = PlainTriggerFinder(registry: Self.registry, linkWords: finder.linkWords, maxGapWords: gap,
                                               regionWords: finder.regionWords)
                for claim in context.claims.figures {
                    let fast = finder.trigger(for: claim)
                    let slow = plain.trigger(for: claim, words: words, otherFigures: spans.filter { $0 != claim.span })
                    #expect(fast?.phrase == slow?.phrase, "\(text)")
                    #expect(fast?.isAfter == slow?.isAfter, "\(text)")
                    #expect(fast?.records.map(\.id) == slow?.records.map(\.id), "\(text)")
                    if fast != nil { compared += 1 }
                }
            }
        }
        #expect(compared > 100, "the drafts should hold figures with triggers")
    }

    /// A claim's place (found once for both trigger searches, its end token walked to from its
    /// start token) is what the binary searches of `SentenceWords` give.
    @Test func claimPlaceMatchesTheTokenSearches() {
        var claims = 0
        for text in Self.drafts(count: 300, seed: 0xF16_0007) {
            let context = SampleClaims.context(text, date: "2025-06-10")
            let words = SentenceWords(context.document.text, claims: context.claims)
            let finder = FigureTriggerFinder(registry: Self.registry, extraLinkWords: [], maxGapWords: 6, words: words,
                                             figureSpans: context.claims.figures.map(\.span),
                                             triggerWords: TriggerWordTable(words: Self.registry.figureTriggerWordSet, phrases: Self.registry.figureIndicesByTrigger))
            for claim in context.claims.figures {
                let place = finder.place(of: claim)
                #expect(place.sentence == words.sentenceTokens(containing: claim.span.start), "\(text)")
                #expect(place.start == words.analysis.tokenIndex(atOrAfter: claim.span.start), "\(text)")
                #expect(place.end == words.analysis.tokenIndex(atOrAfter: claim.span.end), "\(text)")
                claims += 1
            }
        }
        #expect(claims > 300)
    }

    @Test func mayTriggerIsTheRegistrysAnswerForEveryToken() {
        for text in Self.drafts(count: 200, seed: 0xF16_0002) {
            let words = SentenceWords(SourceText(text))
            let finder = FigureTriggerFinder(registry: Self.registry, extraLinkWords: [], maxGapWords: 6, words: words, figureSpans: [],
                                             triggerWords: TriggerWordTable(words: Self.registry.figureTriggerWordSet, phrases: Self.registry.figureIndicesByTrigger))
            for index in words.analysis.tokens.indices {
                let kind = words.analysis.tokens[index].kind
                let plain = (kind == .word || kind == .abbreviation)
                    && Self.registry.mayBeFigureTriggerWord(words.analysis.lowerStrings[index])
                #expect(finder.mayTrigger(index) == plain, "\(words.analysis.strings[index])")
            }
        }
    }

    @Test func triggerWordTableComparesLowercasedBytesAndStepsAsideForNonASCIISets() {
        let table = TriggerWordTable(words: ["kasus", "gizi", "buruk", "tpt"], phrases: ["kasus gizi buruk": [0], "tpt": [1]])
        #expect(table.isASCII)
        func asks(_ word: String) -> TriggerWordTable.Answer {
            Array(word.utf8).withUnsafeBufferPointer { table.answer(lowercasing: $0) }
        }
        func id(_ word: String) -> Int { Array(word.utf8).withUnsafeBufferPointer { table.id(lowercasing: $0) } ?? -1 }
        #expect([asks("kasus"), asks("KASUS"), asks("Gizi"), asks("TPT")].allSatisfy { $0 != .no && $0 != .maybe })
        #expect(asks("Kasus") == asks("kasus"))
        #expect([asks("kasu"), asks("kasuss"), asks("giza"), asks("pt")].allSatisfy { $0 == .no })
        #expect([asks("sebesar,"), asks("a b"), asks("x;"), asks("")].allSatisfy { $0 == .maybe }, "bytes the registry normalises")
        #expect(table.mayBePhrase(first: id("kasus"), last: id("buruk"), count: 3))
        #expect(table.mayBePhrase(first: id("tpt"), last: id("tpt"), count: 1))
        #expect(!table.mayBePhrase(first: id("kasus"), last: id("buruk"), count: 2))
        #expect(!table.mayBePhrase(first: id("gizi"), last: id("buruk"), count: 2))
        #expect(!table.mayBePhrase(first: id("kasus"), last: id("kasus"), count: 1))
        #expect(!TriggerWordTable(words: ["kasus", "k\u{00E9}"], phrases: [:]).isASCII)
    }

    /// `TriggerWordTable.mayBeTriggerWord` (the shape bits, the byte compare and the steps aside
    /// to the registry) answers as the registry does for every word: the registry's own trigger
    /// words in several cases and cut or grown by a byte, the vocabulary, random ASCII and
    /// multibyte words, and words the registry normalises.
    @Test func mayBeTriggerWordIsTheRegistrysAnswer() {
        let table = TriggerWordTable(registry: Self.registry)
        var words = Self.vocabulary + ["", " ", "a", "kasus;", "Kasus", "ka sus", "K\u{212A}", "\u{037E}", "tpt\u{00A0}"]
        for word in Self.registry.figureTriggerWordSet {
            words += [word, word.uppercased(), word.capitalized, String(word.dropLast()), String(word.dropFirst()), word + "s",
                      "s" + word, word + ",", word + "\u{0301}"]
        }
        var generator = SeededGenerator(seed: 0x7A_B1E5)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABZ-.é’0123456789")
        for _ in 0..<5000 {
            words.append(String((0..<Int.random(in: 1...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        var found = 0
        for word in words {
            let expected = Self.registry.mayBeFigureTriggerWord(word)
            #expect(table.mayBeTriggerWord(word, in: Self.registry) == expected, "\(word)")
            if expected { found += 1 }
        }
        #expect(found > 100)
        // A set holding a non-ASCII word leaves every answer to the registry.
        let mixed = TriggerWordTable(words: ["kasus", "k\u{00E9}"], phrases: [:])
        #expect(mixed.mayBeTriggerWord("gizi", in: Self.registry) == Self.registry.mayBeFigureTriggerWord("gizi"))
    }

    @Test func tokenIndicesAreTheTokensTheWordListsHold() {
        var generator = SeededGenerator(seed: 0xF16_0003)
        for text in Self.drafts(count: 150, seed: 0xF16_0004) {
            let words = SentenceWords(SourceText(text))
            let size = text.utf8.count
            for _ in 0..<20 {
                let offset = Int.random(in: 0...size, using: &generator)
                let other = Int.random(in: 0...size, using: &generator)
                let limit = Int.random(in: 0...25, using: &generator)
                #expect(Array(words.tokenIndices(before: offset, limit: limit)) == words.tokens(before: offset, limit: limit).map(\.index))
                #expect(Array(words.tokenIndices(from: offset, sentenceOffset: other, limit: limit))
                        == words.tokens(from: offset, sentenceOffset: other, limit: limit).map(\.index))
            }
        }
    }

    @Test func figureSpanIndexAnswersLikeAFilteredScan() {
        var generator = SeededGenerator(seed: 0xF16_0005)
        for _ in 0..<300 {
            var spans: [Span] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let start = Int.random(in: 0...60, using: &generator)
                spans.append(Span(start: start, end: start + Int.random(in: 0...8, using: &generator)))
            }
            if let repeated = spans.randomElement(using: &generator) { spans.append(repeated) }
            let index = FigureSpanIndex(spans.shuffled(using: &generator))
            for _ in 0..<40 {
                let start = Int.random(in: 0...70, using: &generator)
                let token = Span(start: start, end: start + Int.random(in: 0...6, using: &generator))
                let excluded = Bool.random(using: &generator) ? (spans.randomElement(using: &generator) ?? token) : token
                let plain = spans.filter { $0 != excluded }.contains { $0.overlaps(token) }
                #expect(index.overlaps(token, other: excluded) == plain, "\(spans) \(token) \(excluded)")
            }
        }
    }

    @Test func coverageTriggerLookUpMatchesJoinedWords() {
        let coverage = ClaimCoverage(registry: Self.registry, activeKinds: ["figure"])
        var triggers: [[String]] = []
        for figure in Self.registry.figures {
            for trigger in figure.triggers { triggers.append(NameKey.normalize(trigger).split(separator: " ").map(String.init)) }
        }
        var matched = 0
        for text in Self.drafts(count: 300, seed: 0xF16_0006) {
            for figure in SampleClaims.context(text, date: "2025-06-10").claims.figures {
                let words = figure.wordsBefore + (figure.noun.map { [$0] } ?? []) + figure.subjectWords
                let plain = words.indices.contains { start in
                    triggers.contains { start + $0.count <= words.count && words[start..<start + $0.count].elementsEqual($0) }
                }
                #expect(coverage.matchesTrigger(figure) == plain, "\(words)")
                if plain { matched += 1 }
            }
        }
        #expect(matched > 20)
    }
}

/// The trigger search as it was written before it worked on token indices: arrays of words,
/// every look-up through the registry. Kept here as the reference for the fast search.
private struct PlainTriggerFinder {
    var registry: FactRegistry
    var linkWords: Set<String>
    var maxGapWords: Int
    var regionWords: Set<String>

    func trigger(for claim: FigureClaim, words: SentenceWords, otherFigures: [Span]) -> FigureTrigger? {
        let after = triggerAfter(claim, words: words)
        let before = triggerBefore(claim, words: words, otherFigures: otherFigures)
        switch (after, before) {
        case let (after?, before?):
            let ids = Set(after.records.map(\.id))
            return before.records.contains { ids.contains($0.id) } ? after : nil
        case let (after?, nil): return after
        case let (nil, before?): return before
        case (nil, nil): return nil
        }
    }

    func mayTrigger(_ word: SentenceWords.Word) -> Bool {
        (word.kind == .word || word.kind == .abbreviation) && registry.mayBeFigureTriggerWord(word.lower)
    }

    func lookup(_ run: ArraySlice<SentenceWords.Word>, candidates: [Bool]) -> [FigureRecord] {
        guard candidates[run.indices].allSatisfy({ $0 }) else { return [] }
        return registry.figures(triggeredBy: run.map(\.lower).joined(separator: " "))
    }

    func triggerAfter(_ claim: FigureClaim, words: SentenceWords) -> FigureTrigger? {
        let tokens = words.tokens(from: claim.span.end, sentenceOffset: claim.span.start, limit: 2 + FigureTriggerFinder.maxPhraseWords)
        let run = Array(tokens.prefix { $0.kind == .word })
        let candidates = run.map(mayTrigger)
        for start in 0..<min(2, run.count) {
            for length in stride(from: min(FigureTriggerFinder.maxPhraseWords, run.count - start), through: 1, by: -1) {
                let slice = run[start..<start + length]
                let records = lookup(slice, candidates: candidates)
                if !records.isEmpty { return FigureTrigger(phrase: slice.map(\.lower).joined(separator: " "), records: records, isAfter: true) }
            }
        }
        return nil
    }

    func triggerBefore(_ claim: FigureClaim, words: SentenceWords, otherFigures: [Span]) -> FigureTrigger? {
        var tokens = words.tokens(before: claim.span.start, limit: maxGapWords + FigureTriggerFinder.maxPhraseWords + 4)
        if let stop = tokens.lastIndex(where: { word in
            word.kind == .punctuation || word.kind == .symbol || otherFigures.contains { $0.overlaps(word.span) }
                || (word.kind == .number && SentenceWords.year(word.lower, kind: word.kind) == nil)
        }) {
            tokens.removeFirst(stop + 1)
        }
        guard !tokens.isEmpty else { return nil }
        let candidates = tokens.map(mayTrigger)
        for end in stride(from: tokens.count - 1, through: 0, by: -1) {
            for length in stride(from: min(FigureTriggerFinder.maxPhraseWords, end + 1), through: 1, by: -1) {
                let start = end - length + 1
                let records = lookup(tokens[start...end], candidates: candidates)
                guard !records.isEmpty else { continue }
                guard linksCleanly(tokens[(end + 1)...]),
                      !overlapsOtherTrigger(tokens, start: start, end: end, records: records, candidates: candidates) else {
                    return nil
                }
                return FigureTrigger(phrase: tokens[start...end].map(\.lower).joined(separator: " "), records: records, isAfter: false)
            }
        }
        return nil
    }

    func linksCleanly(_ gap: ArraySlice<SentenceWords.Word>) -> Bool {
        guard gap.count <= maxGapWords else { return false }
        var pendingChange = false
        for word in gap {
            if word.kind == .number { continue }
            let lower = word.lower.hasPrefix("se-") ? String(word.lower.dropFirst(3)) : word.lower
            if FigureTriggerFinder.changeVerbs.contains(lower) { pendingChange = true; continue }
            if lower == "menjadi" || lower == "ke" { pendingChange = false; continue }
            if linkWords.contains(lower) || regionWords.contains(lower) || CalendarWords.month(lower) != nil { continue }
            return false
        }
        return !pendingChange
    }

    func overlapsOtherTrigger(_ tokens: [SentenceWords.Word], start: Int, end: Int, records: [FigureRecord], candidates: [Bool]) -> Bool {
        let ids = Set(records.map(\.id))
        let low = max(0, start - FigureTriggerFinder.maxPhraseWords + 1)
        for otherEnd in low...end {
            for otherStart in max(0, otherEnd - FigureTriggerFinder.maxPhraseWords + 1)...otherEnd where otherStart != start || otherEnd != end {
                guard otherEnd >= start, otherStart <= end else { continue }
                let found = lookup(tokens[otherStart...otherEnd], candidates: candidates)
                if found.contains(where: { !ids.contains($0.id) }) { return true }
            }
        }
        return false
    }
}
