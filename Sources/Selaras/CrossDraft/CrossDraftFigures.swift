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
        let text = draft.document.text
        // Figures share sentences and the draft's month: name each sentence's regions once.
        var regionsBySentence: [Span: String] = [:]
        var month: String?
        var out: [CrossDraftStatement] = []
        for claim in draft.claims.figures {
            // Without a registry figure, a figure needs a noun and subject words to be compared:
            // decide that before formatting its value.
            let record = registry.flatMap { registryFigure(for: claim, in: $0, triggerWords: triggerWords) }
            guard record != nil || (claim.noun != nil && !claim.subjectWords.isEmpty) else { continue }
            let unit = claim.unit.rawValue + (claim.currency.map { ":" + $0 } ?? "")
            let interval = (low: claim.interval.low.map(double), high: claim.interval.high.map(double))
            let written = text.text(claim.span)
            let shown = claim.noun.map { written + " " + $0 } ?? written
            var statement = CrossDraftStatement(
                draft: index, sentence: claim.sentence, span: claim.span, fact: "", factLabel: "", shown: shown,
                value: CrossDraftDecimal.description(claim.value) + "|" + unit, interval: interval)
            if let record {
                let allowance = record.tolerance.allowance(for: record.value)
                let low = interval.low ?? -Double.infinity, high = interval.high ?? Double.infinity
                statement.fact = "figure:registry:" + record.id
                statement.factLabel = record.subject
                statement.registryAgrees = low <= record.value + allowance + 1e-9 && record.value - allowance - 1e-9 <= high
                statement.registryValue = "\(record.displayValue) \(record.unit)"
                statement.evidence = record.evidence(asOf: draft.referenceDate)
                out.append(statement)
                continue
            }
            guard let noun = claim.noun, !claim.subjectWords.isEmpty else { continue }
            let subject = ([noun] + claim.subjectWords).joined(separator: " ")
            let period: String
            if let year = claim.periodYear {
                period = String(year)
            } else {
                let written = month ?? CrossDraftMonth.key(draft.referenceDate)
                month = written
                period = written
            }
            let region: String
            if let known = regionsBySentence[claim.sentence] {
                region = known
            } else {
                region = regions.named(in: text.text(claim.sentence))
                regionsBySentence[claim.sentence] = region
            }
            statement.fact = "figure:\(unit)|\(NameKey.normalize(subject))|\(period)|\(region)"
            statement.factLabel = subject + (claim.periodYear.map { " \($0)" } ?? "") + (region.isEmpty ? "" : " (\(region))")
            out.append(statement)
        }
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
