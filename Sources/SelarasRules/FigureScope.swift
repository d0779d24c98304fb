import SelarasCore
import SelarasRegistry
import SelarasText

/// Whether a figure of a draft speaks of the same region and period as a registry figure.
///
/// Region: a place the sentence names (`Kota Banjarbaru`, `Kalsel`, `nasional`) must be the
/// record's; when the sentence names none, the document agency's region must not be another one.
/// Period: a year (or month and year) the sentence names must be the record's; when it names
/// none, the document must date from the period or the year after it.
struct FigureScope: Sendable {
    var registry: FactRegistry
    var referenceDate: LocalDate
    var words: SentenceWords
    /// Region of the document's agency, if the registry knows it.
    var documentRegion: String?
    /// Normalised place names (1–3 words) → region id; `nasional` is Indonesia unless a region is so named.
    var places: [String: String]

    init(registry: FactRegistry, document: Document, referenceDate: LocalDate, words: SentenceWords) {
        self.registry = registry
        self.referenceDate = referenceDate
        self.words = words
        documentRegion = document.metadata.agency.flatMap { registry.agency(id: $0)?.region }
        self.places = registry.regionIDByName
    }

    /// Regions named in the sentence holding `offset`, longest place names first.
    func regions(inSentenceOf offset: Int) -> Set<String> {
        let tokens = words.sentenceTokens(containing: offset).map(words.word)
        var found: Set<String> = []
        var index = 0
        while index < tokens.count {
            var matched = false
            for length in stride(from: min(3, tokens.count - index), through: 1, by: -1) {
                var phrase = tokens[index..<index + length].map(\.lower).joined(separator: " ")
                if phrase.hasPrefix("se-") { phrase.removeFirst(3) }
                if let id = places[phrase] ?? (phrase == "nasional" ? "indonesia" : nil),
                   tokens[index..<index + length].allSatisfy({ $0.kind == .word }) {
                    found.insert(id)
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return found
    }

    func sameRegion(_ claim: FigureClaim, _ record: FigureRecord) -> Bool {
        guard let region = record.region else { return true }
        let named = regions(inSentenceOf: claim.span.start)
        if named.contains(region) { return true }
        if !named.isEmpty { return false }
        return documentRegion == nil || documentRegion == region
    }

    func samePeriod(_ claim: FigureClaim, _ record: FigureRecord) -> Bool {
        guard let period = record.period else { return true }
        let years = words.years(inSentenceOf: claim.span.start, excluding: claim.span)
        if years.isEmpty {
            return period.start <= referenceDate && referenceDate.year <= period.end.year + 1
        }
        guard years.contains(period.year) else { return false }
        if let month = period.month {
            let months = words.monthsWithYears(inSentenceOf: claim.span.start).filter { $0.year == period.year }.map(\.month)
            if !months.isEmpty, !months.contains(month) { return false }
        }
        return true
    }
}
