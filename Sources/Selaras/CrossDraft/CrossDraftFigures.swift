import Foundation
import SelarasCore
import SelarasRegistry
import SelarasRules
import SelarasText

/// Figures as cross-draft statements.
///
/// Same fact: the same registry figure (found by its trigger phrases, unit and period), or —
/// when the registry has none — the same counted noun with its subject words, unit, period and
/// region. A figure without subject words (`120 peserta`) is too vague to compare across
/// drafts about possibly different events, and is left out. Values compare as intervals, so
/// rounding (`1,2 juta` = `1.200.000`) and hedges (`sekitar 1.200` covers `1.234`) agree.
enum CrossDraftFigures {
    /// `triggerWords` is the `TriggerWordTable` of `registry` (nil: the registry answers alone).
    static func statements(_ draft: CheckedDraft, index: Int, registry: FactRegistry?, triggerWords: TriggerWordTable? = nil,
                           regions: CrossDraftRegions) -> [CrossDraftStatement] {
        var state = State()
        var out: [CrossDraftStatement] = []
        for claim in draft.claims.figures {
            if let statement = statement(claim, draft: draft, index: index, registry: registry, triggerWords: triggerWords,
                                         regions: regions, state: &state) {
                out.append(statement)
            }
        }
        return out
    }

    /// What the statements of one draft share: the regions of the last sentence named (figures
    /// of one sentence come one after another, and `CrossDraftRegions.named` is a pure function of
    /// the sentence, so naming it again for a later figure would give the same ids) and the
    /// draft's month.
    private struct State {
        var sentence: Span?
        var region = ""
        var month: String?
    }

    /// The statement of `claim`, or nil when it makes none.
    private static func statement(_ claim: FigureClaim, draft: CheckedDraft, index: Int, registry: FactRegistry?,
                                  triggerWords: TriggerWordTable?, regions: CrossDraftRegions, state: inout State) -> CrossDraftStatement? {
        // A registry figure makes the statement's fact; without one, a figure needs a noun and
        // subject words to be compared: decide that before formatting its value. The record is
        // bound only when found, so the claims without one (most) move no optional record about.
        if let registry, let record = registryFigure(for: claim, in: registry, triggerWords: triggerWords) {
            var statement = baseStatement(claim, text: draft.document.text, index: index).statement
            let allowance = record.tolerance.allowance(for: record.value)
            let low = statement.interval?.low ?? -Double.infinity, high = statement.interval?.high ?? Double.infinity
            statement.fact = "figure:registry:" + record.id
            statement.factLabel = record.subject
            statement.registryAgrees = low <= record.value + allowance + 1e-9 && record.value - allowance - 1e-9 <= high
            statement.registryValue = "\(record.displayValue) \(record.unit)"
            statement.evidence = record.evidence(asOf: draft.referenceDate)
            return statement
        }
        guard let noun = claim.noun, !claim.subjectWords.isEmpty else { return nil }
        let text = draft.document.text
        let base = baseStatement(claim, text: text, index: index)
        var statement = base.statement
        let unit = base.unit
        let subject = joinedWords(noun, claim.subjectWords)
        let period: String
        if let year = claim.periodYear {
            period = String(year)
        } else {
            let written = state.month ?? CrossDraftMonth.key(draft.referenceDate)
            state.month = written
            period = written
        }
        if state.sentence != claim.sentence {
            state.region = regions.named(in: text.text(claim.sentence))
            state.sentence = claim.sentence
        }
        let region = state.region
        statement.fact = "figure:\(unit)|\(NameKey.normalize(subject))|\(period)|\(region)"
        statement.factLabel = subject + (claim.periodYear.map { " \($0)" } ?? "") + (region.isEmpty ? "" : " (\(region))")
        return statement
    }

    /// The statement of `claim` without its fact: where it is, what it shows, its value and
    /// interval; and its unit key (`count`, `currency:IDR`).
    private static func baseStatement(_ claim: FigureClaim, text: SourceText, index: Int) -> (statement: CrossDraftStatement, unit: String) {
        let unit = claim.currency.map { concat(claim.unit.rawValue, ":", $0) } ?? claim.unit.rawValue
        let interval = (low: claim.interval.low.map(double), high: claim.interval.high.map(double))
        let written = text.text(claim.span)
        let shown = claim.noun.map { concat(written, " ", $0) } ?? written
        let statement = CrossDraftStatement(
            draft: index, sentence: claim.sentence, span: claim.span, fact: "", factLabel: "", shown: shown,
            value: concat(CrossDraftDecimal.description(claim.value), "|", unit), interval: interval)
        return (statement, unit)
    }

    /// `([first] + rest).joined(separator: " ")`, appended into one string of the right size
    /// without the array or the generic join (the same bytes: the words with a space between each two).
    static func joinedWords(_ first: String, _ rest: [String]) -> String {
        var count = first.utf8.count
        for word in rest { count += 1 + word.utf8.count }
        var out = ""
        if count > 15 { out.reserveCapacity(count) }
        out += first
        for word in rest {
            out += " "
            out += word
        }
        return out
    }

    /// `a + b + c`, made in one allocation: `+` on strings appends bytes, so reserving room for
    /// all three first gives the same string. Up to 15 bytes it is a small string, which `+`
    /// makes without allocating.
    static func concat(_ a: String, _ b: String, _ c: String) -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count
        guard count > 15 else { return a + b + c }
        var out = ""
        out.reserveCapacity(count)
        out += a
        out += b
        out += c
        return out
    }

    /// The registry figure a claim states: a trigger among its words, a compatible unit and period.
    /// `triggerWords`, the registry's own table, answers `mayBeFigureTriggerWord` from bytes.
    static func registryFigure(for claim: FigureClaim, in registry: FactRegistry, triggerWords: TriggerWordTable? = nil) -> FigureRecord? {
        func mayBeTriggerWord(_ word: String) -> Bool {
            triggerWords?.mayBeTriggerWord(word, in: registry) ?? registry.mayBeFigureTriggerWord(word)
        }
        // Phrases in this order: the noun with its subject words (longest first), then the words
        // before the figure (longest tail first), each alone and with the noun. A phrase holding
        // a word no trigger has finds nothing, so it is not joined and looked up.
        func unique(_ words: [String]) -> FigureRecord? {
            let found = registry.figures(triggeredBy: words.joined(separator: " ")).filter { record in
                unitMatches(record.unit, claim) && (claim.periodYear.map { $0 == record.period?.year } ?? true)
            }
            return found.count == 1 ? found[0] : nil
        }
        // The word checks are asked only where a phrase could use their answer: of the words
        // after, only when there are two; of the words before, the last four at most.
        // Counted first: most figures have fewer than two such words, and need no array of them.
        if (claim.noun == nil ? 0 : 1) + claim.subjectWords.count >= 2 {
            let after = [claim.noun].compactMap { $0 } + claim.subjectWords
            let afterPossible = after.firstIndex { !mayBeTriggerWord($0) } ?? after.count
            for length in stride(from: after.count, through: 2, by: -1) where length <= afterPossible {
                if let record = unique(Array(after.prefix(length))) { return record }
            }
        }
        let before = claim.wordsBefore
        var beforePossible = 0  // how many of the last words (up to four) may be trigger words
        for word in before.reversed().prefix(4) {
            guard mayBeTriggerWord(word) else { break }
            beforePossible += 1
        }
        guard beforePossible > 0 else { return nil }
        let nounPossible = claim.noun.map { mayBeTriggerWord($0) } ?? false
        for length in stride(from: min(4, before.count), through: 1, by: -1) where length <= beforePossible {
            let tail = Array(before.suffix(length))
            if let record = unique(tail) { return record }
            if let noun = claim.noun, nounPossible, let record = unique(tail + [noun]) { return record }
        }
        return nil
    }

    private static func unitMatches(_ recordUnit: String, _ claim: FigureClaim) -> Bool {
        switch NameKey.normalize(recordUnit) {
        case "persen", "%": return claim.unit == .percent
        case "rupiah", "rp": return claim.unit == .currency && (claim.currency ?? "IDR") == "IDR"
        case "poin persen": return claim.unit == .percentagePoint
        default: return claim.unit == .count
        }
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
