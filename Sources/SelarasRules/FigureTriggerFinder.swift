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

    init(registry: FactRegistry, extraLinkWords: [String], maxGapWords: Int) {
        self.registry = registry
        self.linkWords = Self.defaultLinkWords.union(extraLinkWords.map { $0.lowercased() })
        self.maxGapWords = maxGapWords
        self.regionWords = registry.regionNameWords
    }

    /// The trigger of `claim`, or nil when none is tied to it or two different ones are.
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

    /// Whether a word may be part of a trigger phrase: a word or abbreviation that some registered
    /// phrase may hold (most words are not, which spares joining and normalising the phrase).
    func mayTrigger(_ word: SentenceWords.Word) -> Bool {
        (word.kind == .word || word.kind == .abbreviation) && registry.mayBeFigureTriggerWord(word.lower)
    }

    /// The figures a run of words triggers; `candidates` is `mayTrigger` of the array the run is
    /// a slice of, index for index.
    func lookup(_ run: ArraySlice<SentenceWords.Word>, candidates: [Bool]) -> [FigureRecord] {
        guard candidates[run.indices].allSatisfy({ $0 }) else { return [] }
        return registry.figures(triggeredBy: run.map(\.lower).joined(separator: " "))
    }

    func triggerAfter(_ claim: FigureClaim, words: SentenceWords) -> FigureTrigger? {
        let tokens = words.tokens(from: claim.span.end, sentenceOffset: claim.span.start, limit: 2 + Self.maxPhraseWords)
        let run = Array(tokens.prefix { $0.kind == .word })
        var candidates: [Bool] = []
        for word in run { candidates.append(mayTrigger(word)) }
        for start in 0..<min(2, run.count) {
            for length in stride(from: min(Self.maxPhraseWords, run.count - start), through: 1, by: -1) {
                let slice = run[start..<start + length]
                let records = lookup(slice, candidates: candidates)
                if !records.isEmpty { return FigureTrigger(phrase: slice.map(\.lower).joined(separator: " "), records: records, isAfter: true) }
            }
        }
        return nil
    }

    func triggerBefore(_ claim: FigureClaim, words: SentenceWords, otherFigures: [Span]) -> FigureTrigger? {
        var tokens = words.tokens(before: claim.span.start, limit: maxGapWords + Self.maxPhraseWords + 4)
        // The clause ends at punctuation, at another figure and at a number that is not a year.
        if let stop = tokens.lastIndex(where: { word in
            word.kind == .punctuation || word.kind == .symbol || otherFigures.contains { $0.overlaps(word.span) }
                || (word.kind == .number && SentenceWords.year(word.lower, kind: word.kind) == nil)
        }) {
            tokens.removeFirst(stop + 1)
        }
        guard !tokens.isEmpty else { return nil }
        var candidates: [Bool] = []
        for word in tokens { candidates.append(mayTrigger(word)) }
        for end in stride(from: tokens.count - 1, through: 0, by: -1) {
            for length in stride(from: min(Self.maxPhraseWords, end + 1), through: 1, by: -1) {
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

    /// Whether only linking words, years, months and places stand between a trigger and its figure.
    func linksCleanly(_ gap: ArraySlice<SentenceWords.Word>) -> Bool {
        guard gap.count <= maxGapWords else { return false }
        var pendingChange = false
        for word in gap {
            if word.kind == .number { continue }  // only years reach here
            let lower = word.lower.hasPrefix("se-") ? String(word.lower.dropFirst(3)) : word.lower
            if Self.changeVerbs.contains(lower) { pendingChange = true; continue }
            if lower == "menjadi" || lower == "ke" { pendingChange = false; continue }
            if linkWords.contains(lower) || regionWords.contains(lower) || CalendarWords.month(lower) != nil { continue }
            return false
        }
        return !pendingChange
    }

    /// Another trigger of a different figure sharing words with this one (`jumlah penduduk miskin`).
    func overlapsOtherTrigger(_ tokens: [SentenceWords.Word], start: Int, end: Int, records: [FigureRecord], candidates: [Bool]) -> Bool {
        let ids = Set(records.map(\.id))
        let low = max(0, start - Self.maxPhraseWords + 1)
        for otherEnd in low...end {
            for otherStart in max(0, otherEnd - Self.maxPhraseWords + 1)...otherEnd where otherStart != start || otherEnd != end {
                guard otherEnd >= start, otherStart <= end else { continue }
                let found = lookup(tokens[otherStart...otherEnd], candidates: candidates)
                if found.contains(where: { !ids.contains($0.id) }) { return true }
            }
        }
        return false
    }
}
