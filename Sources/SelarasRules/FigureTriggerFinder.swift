import SelarasCore
import SelarasRegistry
import SelarasText

/// A registry trigger phrase tied to one figure of a draft.
struct FigureTrigger: Sendable {
    var phrase: String
    var records: [FigureRecord]
    /// Written right after the figure, as its counted noun phrase (`312 kasus gizi buruk`).
    var isAfter: Bool
}

/// Ties a figure to the trigger phrase that announces it: the phrase written right after it
/// (`312 kasus gizi buruk`), or the nearest phrase before it in its clause when only linking words
/// stand between (`prevalensi stunting Kalsel pada 2024 sebesar 22,4 persen`). A change verb in
/// between (`turun 2 persen`) breaks the link unless `menjadi`/`ke` follows it (the new value).
///
/// Made once per document: it reads the document's tokens by index (no word arrays or strings per
/// figure), ends clauses at other figures through a sorted span index, and asks the registry to
/// join and look up a phrase only for runs of words that can make one.
struct FigureTriggerFinder: Sendable {
    static let defaultLinkWords: Set<String> = [
        "sebesar", "mencapai", "tercatat", "sebanyak", "sejumlah", "berjumlah", "adalah", "ialah", "yaitu", "yakni", "hanya",
        "baru", "masih", "tetap", "kini", "saat", "ini", "sudah", "telah", "berada", "di", "pada", "tahun", "sepanjang",
        "selama", "hingga", "sampai", "akhir", "awal", "per", "periode", "semester", "triwulan", "bulan", "angka", "dengan",
        "yang", "ada", "terdapat", "total", "mencatat", "dicatat", "menjadi", "ke", "provinsi", "kota", "kabupaten",
        "ditetapkan", "disahkan", "senilai",
    ]
    static let changeVerbs: Set<String> = [
        "naik", "turun", "meningkat", "menurun", "berkurang", "bertambah", "melonjak", "merosot", "tumbuh", "bergerak",
        "ditekan", "berhasil", "menekan", "menurunkan", "meningkatkan",
    ]
    /// The longest trigger phrase looked for, in words.
    static let maxPhraseWords = 5

    var registry: FactRegistry
    var linkWords: Set<String>
    var maxGapWords: Int
    /// Lowercased words of registered region names and short forms.
    var regionWords: Set<String>
    /// The document's words.
    let words: SentenceWords
    /// The spans of the document's figures, to end a clause at another figure.
    let figureSpans: FigureSpanIndex
    /// The registry's trigger words and phrases as bytes, to answer `mayTrigger` for ASCII tokens.
    let triggerWords: TriggerWordTable

    /// `triggerWords` must be the table of this registry's `figureTriggerWordSet` and
    /// `figureIndicesByTrigger` (`TriggerWordTableCache` keeps one per run).
    init(registry: FactRegistry, extraLinkWords: [String], maxGapWords: Int, words: SentenceWords, figureSpans: [Span],
         triggerWords: TriggerWordTable) {
        self.registry = registry
        self.linkWords = Self.defaultLinkWords.union(extraLinkWords.map { $0.lowercased() })
        self.maxGapWords = maxGapWords
        self.regionWords = registry.regionNameWords
        self.words = words
        self.figureSpans = FigureSpanIndex(figureSpans)
        self.triggerWords = triggerWords
    }

    /// The trigger of `claim`, or nil when none is tied to it or two different ones are.
    func trigger(for claim: FigureClaim) -> FigureTrigger? { trigger(forSpan: claim.span) }

    /// `trigger(for:)` of the claim at `span`: the search reads nothing of a claim but its span,
    /// so a caller holding claims in an array asks with the span alone and copies no claim.
    func trigger(forSpan span: Span) -> FigureTrigger? {
        let place = place(of: span)
        let after = triggerAfter(span, at: place)
        let before = triggerBefore(span, at: place)
        switch (after, before) {
        case let (after?, before?):
            let ids = Set(after.records.map(\.id))
            return before.records.contains { ids.contains($0.id) } ? after : nil
        case let (after?, nil): return after
        case let (nil, before?): return before
        case (nil, nil): return nil
        }
    }

    /// Which tokens of a window may be part of a trigger phrase, as bits from `base` up.
    struct Candidates {
        var base: Int
        /// `mayTrigger` of each token.
        var may: UInt64 = 0
        /// Tokens whose lowercased text is a trigger word as the registry holds it (`Answer.word`).
        var plain: UInt64 = 0

        /// The bits of the tokens `run`.
        func mask(_ run: ClosedRange<Int>) -> UInt64 {
            (run.count >= 64 ? UInt64.max : (UInt64(1) << UInt64(run.count)) - 1) << UInt64(run.lowerBound - base)
        }
    }

    /// Whether token `index` may be part of a trigger phrase: a word or abbreviation that some
    /// registered phrase may hold (most words are not, which spares joining and normalising the
    /// phrase). Same answer as `registry.mayBeFigureTriggerWord` of its lowercased text; an ASCII
    /// token is judged from its bytes (its lowercased text is those bytes lowercased).
    func answer(_ index: Int) -> TriggerWordTable.Answer {
        let analysis = words.analysis
        let token = analysis.tokens[index]
        guard token.kind == .word || token.kind == .abbreviation else { return .no }
        if triggerWords.isASCII, analysis.lowerShape(index).isASCII {
            return analysis.text.bytes.withUnsafeBufferPointer { bytes in
                triggerWords.answer(lowercasing: UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end]))
            }
        }
        return registry.mayBeFigureTriggerWord(analysis.lowerStrings[index]) ? .maybe : .no
    }

    func mayTrigger(_ index: Int) -> Bool { answer(index) != .no }

    /// The id of token `index`'s word, when `answer` is `.word`.
    func wordID(_ index: Int) -> Int? {
        if case .word(let id) = answer(index) { return id }
        return nil
    }

    /// `answer` of the tokens `range` (at most 64): the same steps as `answer`, with the
    /// analysis and the text's bytes fetched once for the window rather than once per token.
    func candidates(_ range: Range<Int>) -> Candidates {
        var found = Candidates(base: range.lowerBound)
        let analysis = words.analysis
        let tokens = analysis.tokens
        let checksBytes = triggerWords.isASCII
        analysis.text.bytes.withUnsafeBufferPointer { bytes in
            for index in range {
                let token = tokens[index]
                guard token.kind == .word || token.kind == .abbreviation else { continue }
                let answer: TriggerWordTable.Answer
                if checksBytes, analysis.lowerShape(index).isASCII {
                    answer = triggerWords.answer(lowercasing: UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end]))
                } else {
                    answer = registry.mayBeFigureTriggerWord(analysis.lowerStrings[index]) ? .maybe : .no
                }
                switch answer {
                case .no: continue
                case .maybe: found.may |= 1 << UInt64(index - range.lowerBound)
                case .word:
                    found.may |= 1 << UInt64(index - range.lowerBound)
                    found.plain |= 1 << UInt64(index - range.lowerBound)
                }
            }
        }
        return found
    }

    /// The figures the words `run` trigger, with the phrase they make. A run holding a word that
    /// cannot be part of a trigger triggers nothing; nor does a run of words as the registry holds
    /// them whose first and last word start and end no registered phrase of that length (joined,
    /// such words are their own `NameKey` form, so only a registered phrase could find figures).
    func lookup(_ run: ClosedRange<Int>, _ candidates: Candidates) -> (phrase: String, records: [FigureRecord])? {
        let mask = candidates.mask(run)
        guard candidates.may & mask == mask else { return nil }
        if candidates.plain & mask == mask, let first = wordID(run.lowerBound), let last = wordID(run.upperBound),
           !triggerWords.mayBePhrase(first: first, last: last, count: run.count) {
            return nil
        }
        let phrase = run.map { words.analysis.lowerStrings[$0] }.joined(separator: " ")
        let records = registry.figures(triggeredBy: phrase)
        return records.isEmpty ? nil : (phrase, records)
    }

    /// How many tokens ending at `end` (and not before `candidates.base`) all may trigger, at most `limit`.
    static func candidateRun(endingAt end: Int, _ candidates: Candidates, limit: Int) -> Int {
        var count = 0
        var index = end
        while count < limit, index >= candidates.base, candidates.may & (1 << UInt64(index - candidates.base)) != 0 {
            count += 1
            index -= 1
        }
        return count
    }

    /// Where a claim lies among the document's tokens: the tokens of the sentence holding its
    /// start, and the first token starting at or after its start and after its end.
    struct Place {
        var sentence: Range<Int>
        var start: Int
        var end: Int
    }

    /// The place of `claim`, found once for both trigger searches. The first token at or after
    /// the end is found walking on from the one at or after the start: tokens are in text order
    /// and every token before that one starts before the claim's start, so before its end too
    /// (a claim spans a few tokens; `tokenIndex(atOrAfter:)` would search the whole document again).
    func place(of claim: FigureClaim) -> Place { place(of: claim.span) }

    /// The place of the claim at `span`.
    func place(of span: Span) -> Place {
        let analysis = words.analysis
        let start = analysis.tokenIndex(atOrAfter: span.start)
        var end = start
        if span.end >= span.start {
            let tokens = analysis.tokens
            while end < tokens.count, tokens[end].span.start < span.end { end += 1 }
        } else {
            end = analysis.tokenIndex(atOrAfter: span.end)
        }
        return Place(sentence: words.sentenceTokens(containing: span.start), start: start, end: end)
    }

    func triggerAfter(_ claim: FigureClaim) -> FigureTrigger? { triggerAfter(claim.span, at: place(of: claim.span)) }

    func triggerBefore(_ claim: FigureClaim) -> FigureTrigger? { triggerBefore(claim.span, at: place(of: claim.span)) }

    /// `triggerAfter` of the claim at `claim`, `place` being its place.
    func triggerAfter(_ claim: Span, at place: Place) -> FigureTrigger? {
        // `words.tokenIndices(from: claim.span.end, sentenceOffset: claim.span.start, limit:)`, from the place.
        let limit = 2 + Self.maxPhraseWords
        let last = min(place.sentence.upperBound, place.end + limit)
        let tokens = place.end < last ? place.end..<last : place.end..<place.end
        let kinds = words.analysis.tokens
        let runEnd = tokens.first { kinds[$0].kind != .word } ?? tokens.upperBound
        let run = tokens.lowerBound..<runEnd
        let found = candidates(run)
        for start in run.lowerBound..<min(run.lowerBound + 2, run.upperBound) {
            // Longest first; a length reaching past the words that may trigger finds nothing.
            for length in stride(from: min(Self.maxPhraseWords, run.upperBound - start), through: 1, by: -1) {
                if let trigger = lookup(start...(start + length - 1), found) {
                    return FigureTrigger(phrase: trigger.phrase, records: trigger.records, isAfter: true)
                }
            }
        }
        return nil
    }

    /// `triggerBefore` of the claim at `claim`, `place` being its place.
    func triggerBefore(_ claim: Span, at place: Place) -> FigureTrigger? {
        // `words.tokenIndices(before: claim.span.start, limit:)`, from the place.
        let limit = max(maxGapWords + Self.maxPhraseWords + 4, 0)
        let windowStart = max(place.sentence.lowerBound, 0, place.start - limit)
        let window = windowStart < place.start ? windowStart..<place.start : place.start..<place.start
        let analysis = words.analysis
        // Another figure overlapping a token of the window overlaps the span from the window's
        // lowest start to its highest end too: when none overlaps that, no token needs asking.
        var low = Int.max, high = Int.min
        for index in window {
            low = min(low, analysis.tokens[index].span.start)
            high = max(high, analysis.tokens[index].span.end)
        }
        let mayOverlap = !window.isEmpty && figureSpans.overlaps(Span(start: low, end: high), other: claim)
        // The clause ends at punctuation, at another figure and at a number that is not a year.
        var first = window.lowerBound
        for index in window.reversed() {
            let token = analysis.tokens[index]
            if token.kind == .punctuation || token.kind == .symbol || (mayOverlap && figureSpans.overlaps(token.span, other: claim))
                || (token.kind == .number && SentenceWords.year(analysis.lowerStrings[index], kind: token.kind) == nil) {
                first = index + 1
                break
            }
        }
        let tokens = first..<window.upperBound
        guard !tokens.isEmpty else { return nil }
        let candidates = candidates(tokens)
        for end in tokens.reversed() {
            // Every phrase ending here holds `end`; only the run of words that may trigger can match.
            let longest = Self.candidateRun(endingAt: end, candidates, limit: Self.maxPhraseWords)
            for length in stride(from: longest, through: 1, by: -1) {
                let start = end - length + 1
                guard let found = lookup(start...end, candidates) else { continue }
                guard linksCleanly((end + 1)..<tokens.upperBound),
                      !overlapsOtherTrigger(tokens, start: start, end: end, records: found.records, candidates: candidates) else {
                    return nil
                }
                return FigureTrigger(phrase: found.phrase, records: found.records, isAfter: false)
            }
        }
        return nil
    }

    /// Whether only linking words, years, months and places stand between a trigger and its figure.
    func linksCleanly(_ gap: Range<Int>) -> Bool {
        guard gap.count <= maxGapWords else { return false }
        var pendingChange = false
        for index in gap {
            if words.analysis.tokens[index].kind == .number { continue }  // only years reach here
            let word = words.analysis.lowerStrings[index]
            let lower = word.hasPrefix("se-") ? String(word.dropFirst(3)) : word
            if Self.changeVerbs.contains(lower) { pendingChange = true; continue }
            if lower == "menjadi" || lower == "ke" { pendingChange = false; continue }
            if linkWords.contains(lower) || regionWords.contains(lower) || CalendarWords.month(lower) != nil { continue }
            return false
        }
        return !pendingChange
    }

    /// Another trigger of a different figure sharing words with this one (`jumlah penduduk miskin`).
    func overlapsOtherTrigger(_ tokens: Range<Int>, start: Int, end: Int, records: [FigureRecord], candidates: Candidates) -> Bool {
        let ids = Set(records.map(\.id))
        let low = max(tokens.lowerBound, start - Self.maxPhraseWords + 1)
        for otherEnd in low...end {
            for otherStart in max(tokens.lowerBound, otherEnd - Self.maxPhraseWords + 1)...otherEnd where otherStart != start || otherEnd != end {
                guard otherEnd >= start, otherStart <= end else { continue }
                guard let found = lookup(otherStart...otherEnd, candidates) else { continue }
                if found.records.contains(where: { !ids.contains($0.id) }) { return true }
            }
        }
        return false
    }
}
