import SelarasCore
import SelarasRegistry
import SelarasRules
import SelarasText

/// Phase 2: runs the cross-draft rules over every draft of a run and reports each
/// disagreement once, on one draft, with `related` locations in the others.
///
/// The finding goes to the side that disagrees with the registry when it knows the fact, else
/// to the minority, else to the draft with the later path; every other statement taking part
/// (one per draft and value) becomes a related location naming its agency.
public struct CrossDraftComparator: Sendable {
    public var rules: [CrossDraftRule]
    public var registry: FactRegistry?
    let regions: CrossDraftRegions

    public init(rules: [CrossDraftRule] = CrossDraftRule.all, registry: FactRegistry?) {
        self.rules = rules
        self.registry = registry
        self.regions = CrossDraftRegions(registry: registry)
    }

    /// `draft` with its statements for every rule taken and its claims dropped: run in phase 1,
    /// by the worker that checked the draft, so phase 2 holds statements, not claims.
    public func prepare(_ draft: CheckedDraft) -> CheckedDraft {
        var prepared = draft
        prepared.statements = rules.map { rule in statements(for: rule, in: draft, index: 0) }
        prepared.claims = ClaimSet()
        return prepared
    }

    /// The statements of `rule` in `draft` that its policy and suppression comments let through.
    private func statements(for rule: CrossDraftRule, in draft: CheckedDraft, index: Int) -> [CrossDraftStatement] {
        guard !draft.policy.isDisabled(rule.metadata.id) else { return [] }
        return statements(of: rule.fact, in: draft, index: index).filter {
            SuppressionMask.allows(rule.metadata.id, at: $0.span, in: draft.document)
        }
    }

    /// Findings with the index of the draft they belong to.
    public func compare(_ drafts: [CheckedDraft]) -> [(Int, Finding)] {
        let paths = drafts.map(\.document.path)
        var out: [(Int, Finding)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            // Collecting a draft's statements is independent of the others: do it on every core
            // (drafts prepared in phase 1 bring theirs, numbered here).
            let perDraft = ParallelMap.map(Array(drafts.indices), workers: ProcessInfoCores.count) { index -> [CrossDraftStatement] in
                guard let prepared = drafts[index].statements, ruleIndex < prepared.count else {
                    return self.statements(for: rule, in: drafts[index], index: index)
                }
                return prepared[ruleIndex].map { statement in
                    var numbered = statement
                    numbered.draft = index
                    return numbered
                }
            }
            let statements = perDraft.flatMap { $0 }
            for conflict in CrossDraftConflicts.find(statements, paths: paths) {
                out.append((conflict.primary.draft, finding(rule, conflict, drafts)))
            }
        }
        return out
    }

    func statements(of fact: CrossDraftRule.Fact, in draft: CheckedDraft, index: Int) -> [CrossDraftStatement] {
        switch fact {
        case .figure: return CrossDraftFigures.statements(draft, index: index, registry: registry, regions: regions)
        case .official: return CrossDraftOfficials.statements(draft, index: index, registry: registry)
        case .date: return CrossDraftDates.statements(draft, index: index)
        case .regulation: return CrossDraftRegulations.statements(draft, index: index, registry: registry)
        }
    }

    private func finding(_ rule: CrossDraftRule, _ conflict: CrossDraftConflict, _ drafts: [CheckedDraft]) -> Finding {
        let primary = conflict.primary
        let others = conflict.others.map { other in
            "«\(other.shown)» (\(Self.agency(drafts[other.draft])))"
        }
        var message = "\(Self.subject(rule.fact)) «\(primary.factLabel)»: draf ini menulis «\(primary.shown)», "
            + "draf lain menulis " + others.joined(separator: ", ")
        var notes: [String] = []
        let known = ([primary] + conflict.others).first { $0.registryValue != nil }
        if let registryValue = known?.registryValue {
            let agreeing = ([primary] + conflict.others).filter { $0.registryAgrees == true }
            let sides = agreeing.map { Self.agency(drafts[$0.draft]) }
            message += sides.isEmpty
                ? "; registri: \(registryValue), tidak ada yang sesuai"
                : "; registri: \(registryValue), sesuai dengan \(Self.unique(sides).joined(separator: ", "))"
        } else {
            notes.append("Registri belum mencatat fakta ini; pastikan angka/nama/tanggal dengan instansi sumber.")
        }
        let related = conflict.others.map { other in
            let verdict = other.registryAgrees.map { $0 ? " (sesuai registri)" : " (tidak sesuai registri)" } ?? ""
            let document = drafts[other.draft].document
            let sentence = document.source.text(other.sentence).split { $0.isWhitespace }.joined(separator: " ")
            return RelatedLocation(
                document: document, span: other.span,
                message: "\(Self.agency(drafts[other.draft])) menulis «\(other.shown)»\(verdict)",
                match: sentence.isEmpty ? nil : sentence)
        }
        return Finding(
            ruleID: rule.metadata.id, severity: rule.metadata.level, message: message, span: primary.span,
            evidence: known?.evidence, related: related, notes: notes)
    }

    private static func subject(_ fact: CrossDraftRule.Fact) -> String {
        switch fact {
        case .figure: return "Angka berbeda antardraf untuk"
        case .official: return "Pejabat ditulis berbeda antardraf:"
        case .date: return "Tanggal berbeda antardraf untuk"
        case .regulation: return "Regulasi dikutip berbeda antardraf:"
        }
    }

    static func agency(_ draft: CheckedDraft) -> String {
        draft.document.metadata.agency ?? draft.document.path
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
