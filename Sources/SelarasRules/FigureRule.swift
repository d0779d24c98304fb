import Foundation
import SelarasCore
import SelarasRegistry
import SelarasText

/// `figure`: a number announced by a registered trigger phrase must agree with the registry's
/// value within its tolerance, read with the precision and hedge written (`sekitar 300 kasus`,
/// `22,4 persen`, `Rp10,5 triliun`): the claimed interval must overlap value ± tolerance.
///
/// Params (all optional):
/// - `figures`: registry figure ids this rule checks (default: every figure).
/// - `linkWords`: words allowed between a trigger before the figure and the figure, added to the
///   built-in list (`sebesar`, `mencapai`, `pada`, `tahun`, years, months, place names …).
/// - `exclusionWords`: words that make a whole sentence a target or a projection, added to the
///   built-in list (`target`, `menargetkan`, `proyeksi`, `diperkirakan` …).
/// - `maxGapWords`: most words between trigger and figure (default 6).
///
/// Not compared: a different measure (a count against a percentage, `poin persen`, another
/// counted noun), another region (named in the sentence, else the document agency's region),
/// another period (a year or month named in the sentence; without one, a document dated more
/// than a year after the period). Placeholders: `{match}`, `{expected}` (`312 kasus`,
/// `22,4 persen`, `Rp10,5 triliun`), `{subject}`, `{period}`, `{source}`, `{record}`, `{trigger}`.
public struct FigureRule: Rule {
    struct Params: Decodable {
        var figures: [String]?
        var linkWords: [String]?
        var exclusionWords: [String]?
        var maxGapWords: Int?
    }

    public static let kind = RuleKind(
        name: "figure",
        summary: "Numbers announced by a registry trigger phrase must match the registered value within tolerance",
        needsClaims: true,
        make: { metadata, params in try FigureRule(metadata: metadata, params: params) })

    public static let defaultExclusionWords: Set<String> = [
        "target", "targetnya", "menargetkan", "ditargetkan", "sasaran", "proyeksi", "diproyeksikan", "memproyeksikan",
        "rencana", "direncanakan", "merencanakan", "diharapkan", "harapan", "estimasi", "diperkirakan", "perkiraan",
        "asumsi", "rata-rata", "nasional", "lalu", "sebelumnya", "silam", "semula", "simulasi",
    ]

    public let metadata: RuleMetadata
    /// Figure ids checked; nil checks all.
    public let figureIDs: Set<String>?
    public let extraLinkWords: [String]
    public let exclusionWords: Set<String>
    /// `exclusionWords` by shape: most words of a sentence are turned away unhashed.
    let exclusionFilter: WordShapeFilter
    public let maxGapWords: Int
    /// The registry's trigger words as bytes, built once for a run's registry rather than per document.
    let triggerWordTables = TriggerWordTableCache.shared

    public init(metadata: RuleMetadata, figureIDs: Set<String>? = nil, extraLinkWords: [String] = [],
                extraExclusionWords: [String] = [], maxGapWords: Int = 6) {
        self.metadata = metadata
        self.figureIDs = figureIDs
        self.extraLinkWords = extraLinkWords
        self.exclusionWords = Self.defaultExclusionWords.union(extraExclusionWords.map { $0.lowercased() })
        self.exclusionFilter = WordShapeFilter(exclusionWords)
        self.maxGapWords = maxGapWords
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        let gap = decoded.maxGapWords ?? 6
        guard (0...12).contains(gap) else {
            throw params.error("maxGapWords must be 0–12", keyPath: "params.maxGapWords", hint: "the default is 6")
        }
        if let ids = decoded.figures, ids.isEmpty {
            throw params.error("`figures` is empty", keyPath: "params.figures", hint: "remove it to check every registry figure")
        }
        self.init(metadata: metadata, figureIDs: decoded.figures.map(Set.init), extraLinkWords: decoded.linkWords ?? [],
                  extraExclusionWords: decoded.exclusionWords ?? [], maxGapWords: gap)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let registry = context.registry, !registry.figures.isEmpty, !context.claims.figures.isEmpty else { return [] }
        let words = SentenceWords(context.document.text, claims: context.claims)
        let finder = FigureTriggerFinder(registry: registry, extraLinkWords: extraLinkWords, maxGapWords: maxGapWords,
                                         words: words, figureSpans: context.claims.figures.map(\.span),
                                         triggerWords: triggerWordTables.table(for: registry))
        let scope = FigureScope(registry: registry, document: context.document, referenceDate: context.referenceDate, words: words)
        var findings: [Finding] = []
        // Figures share sentences: whether a sentence names a target or projection is read once
        // for a run of figures in the same sentence (a pure test, so reading it again is only slower).
        var lastSentence: Range<Int>?
        var lastExcluded = false
        // The trigger search reads a claim's span only; the claim itself is read (copied) only
        // when a trigger is found, for few figures.
        let figures = context.claims.figures
        for index in figures.indices {
            // Both tests are pure and both must pass; most figures have no trigger, so it goes first.
            guard let trigger = finder.trigger(forSpan: figures[index].span) else { continue }
            if let found = finding(for: figures[index], trigger: trigger, context: context, words: words, scope: scope,
                                   lastSentence: &lastSentence, lastExcluded: &lastExcluded) {
                findings.append(found)
            }
        }
        return findings
    }

    /// The finding on `claim`, announced by `trigger`, if any; `lastSentence` and `lastExcluded`
    /// carry the exclusion test of the last sentence asked from one claim to the next.
    private func finding(for claim: FigureClaim, trigger: FigureTrigger, context: RuleContext, words: SentenceWords,
                         scope: FigureScope, lastSentence: inout Range<Int>?, lastExcluded: inout Bool) -> Finding? {
        let sentence = words.sentenceTokens(containing: claim.span.start)
        if sentence != lastSentence {
            lastExcluded = words.hasWord(in: sentence, from: exclusionWords, filter: exclusionFilter)
            lastSentence = sentence
        }
        guard !lastExcluded else { return nil }
        let candidates = trigger.records.filter { record in
            (figureIDs?.contains(record.id) ?? true) && Self.sameMeasure(claim, record, trigger: trigger)
                && scope.sameRegion(claim, record) && scope.samePeriod(claim, record)
        }
        guard let record = candidates.first, !candidates.contains(where: { Self.agrees(claim, $0) }) else { return nil }
        let span = Self.flaggedSpan(claim, in: context.document.text)
        let values = [
            "match": context.document.text.text(span), "expected": FigureValueFormat.value(of: record, trigger: trigger.phrase),
            "subject": record.subject, "period": record.period?.description ?? "-", "source": record.source,
            "record": record.origin.reference, "trigger": trigger.phrase,
        ]
        return finding(span: span, message: metadata.renderMessage(values), evidence: record.evidence(asOf: context.referenceDate))
    }

    /// Whether the claim measures what the record measures: percent against percent, money against
    /// rupiah, and a count only with the record's unit as its noun (or the trigger as its noun phrase).
    static func sameMeasure(_ claim: FigureClaim, _ record: FigureRecord, trigger: FigureTrigger) -> Bool {
        let unit = record.unit.lowercased()
        switch unit {
        case "persen", "%": return claim.unit == .percent
        case "rupiah", "rp", "idr": return claim.unit == .currency && claim.currency == "IDR"
        default:
            guard claim.unit == .count else { return false }
            return trigger.isAfter || claim.noun == nil || claim.noun == unit || unit.split(separator: " ").first.map(String.init) == claim.noun
        }
    }

    /// Whether the interval the text claims overlaps the registered value ± tolerance. A round
    /// number (`1.200`) is read as rounded to its last non-zero digit.
    static func agrees(_ claim: FigureClaim, _ record: FigureRecord) -> Bool {
        guard let value = Decimal(string: String(record.value)),
              let allowance = Decimal(string: String(record.tolerance.allowance(for: record.value))) else { return true }
        var claimed = claim.interval
        if claim.hasTrailingZeros, claim.hedge == nil || claim.hedge?.kind == .neutral {
            let digits = claim.writtenValue.description.reversed().prefix { $0 == "0" }.count
            let half = Decimal(sign: .plus, exponent: digits - 1, significand: 5) * (claim.scale?.multiplier ?? 1)
            claimed = DecimalInterval(low: claimed.low.map { $0 - half }, high: claimed.high.map { $0 + half })
        }
        return claimed.overlaps(DecimalInterval(low: value - allowance, high: value + allowance))
    }

    /// The figure without a neutral hedge before it (`tercatat 1.243` → `1.243`).
    static func flaggedSpan(_ claim: FigureClaim, in text: SourceText) -> Span {
        guard let hedge = claim.hedge, hedge.kind == .neutral else { return claim.span }
        var start = hedge.span.end
        while start < claim.span.end {
            if text.bytes[start] == 0x20 { start += 1 } else if text.bytes[start] == 0xC2, start + 1 < claim.span.end,
                                                                  text.bytes[start + 1] == 0xA0 { start += 2 } else { break }
        }
        return Span(start: start, end: claim.span.end)
    }
}
