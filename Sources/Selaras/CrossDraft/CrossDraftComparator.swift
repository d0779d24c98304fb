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

    /// What phase 2 keeps of `draft`: its statements for every rule and what reports show of
    /// them, without its text. Run in phase 1, by the worker that checked the draft.
    public func keep(_ draft: CheckedDraft) -> KeptDraft {
        KeptDraft(draft, statements: rules.map { rule in statements(for: rule, in: draft) })
    }

    /// The statements of `rule` in `draft` that its policy and suppression comments let through.
    private func statements(for rule: CrossDraftRule, in draft: CheckedDraft) -> [CrossDraftStatement] {
        guard !draft.policy.isDisabled(rule.metadata.id) else { return [] }
        return statements(of: rule.fact, in: draft, index: 0).filter {
            SuppressionMask.allows(rule.metadata.id, at: $0.span, in: draft.document)
        }
    }

    /// Findings with the index of the draft they belong to.
    public func compare(_ drafts: [KeptDraft]) -> [(Int, Finding)] {
        let paths = drafts.map(\.path)
        var out: [(Int, Finding)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            let perDraft = drafts.map { ruleIndex < $0.statements.count ? $0.statements[ruleIndex] : [] }
            for conflict in CrossDraftConflicts.find(in: perDraft, paths: paths) {
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

    private func finding(_ rule: CrossDraftRule, _ conflict: CrossDraftConflict, _ drafts: [KeptDraft]) -> Finding {
        let primary = conflict.primary
        let others = conflict.others.map { other in
            "«\(other.shown)» (\(drafts[other.draft].name))"
        }
        var message = "\(Self.subject(rule.fact)) «\(primary.factLabel)»: draf ini menulis «\(primary.shown)», "
            + "draf lain menulis " + others.joined(separator: ", ")
        var notes: [String] = []
        let known = ([primary] + conflict.others).first { $0.registryValue != nil }
        if let registryValue = known?.registryValue {
            let agreeing = ([primary] + conflict.others).filter { $0.registryAgrees == true }
            let sides = agreeing.map { drafts[$0.draft].name }
            message += sides.isEmpty
                ? "; registri: \(registryValue), tidak ada yang sesuai"
                : "; registri: \(registryValue), sesuai dengan \(Self.unique(sides).joined(separator: ", "))"
        } else {
            notes.append("Registri belum mencatat fakta ini; pastikan angka/nama/tanggal dengan instansi sumber.")
        }
        let related = conflict.others.compactMap { other in
            let verdict = other.registryAgrees.map { $0 ? " (sesuai registri)" : " (tidak sesuai registri)" } ?? ""
            let draft = drafts[other.draft]
            return draft.related(other, message: "\(draft.name) menulis «\(other.shown)»\(verdict)")
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

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
