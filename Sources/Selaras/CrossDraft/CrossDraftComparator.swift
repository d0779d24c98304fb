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

    /// Findings with the index of the draft they belong to.
    public func compare(_ drafts: [CheckedDraft]) -> [(Int, Finding)] {
        let paths = drafts.map(\.document.path)
        var out: [(Int, Finding)] = []
        for rule in rules {
            // Collecting a draft's statements is independent of the others: do it on every core.
            let perDraft = ParallelMap.map(Array(drafts.indices), workers: ProcessInfoCores.count) { index -> [CrossDraftStatement] in
                let draft = drafts[index]
                guard !draft.policy.isDisabled(rule.metadata.id) else { return [] }
                return self.statements(of: rule.fact, in: draft, index: index).filter {
                    SuppressionMask.allows(rule.metadata.id, at: $0.span, in: draft.document)
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
