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

    /// What phase 2 keeps of `draft`: its statements for every rule, their values in `table`
    /// (one table for every draft compared together), and with `keepingText` what a finding on
    /// them shows of the text. Run in phase 1, by the worker that checked the draft.
    public func keep(_ draft: CheckedDraft, into table: CrossDraftTable, keepingText: Bool) -> KeptDraft {
        KeptDraft(draft, statements: rules.map { rule in statements(for: rule, in: draft) }, table: table, keepingText: keepingText)
    }

    /// The statements of `rule` in `draft` that its policy and suppression comments let through.
    private func statements(for rule: CrossDraftRule, in draft: CheckedDraft) -> [CrossDraftStatement] {
        guard !draft.policy.isDisabled(rule.metadata.id) else { return [] }
        return statements(of: rule.fact, in: draft, index: 0).filter {
            SuppressionMask.allows(rule.metadata.id, at: $0.span, in: draft.document)
        }
    }

    /// Findings with the index of the draft they belong to, related locations showing the
    /// drafts' kept text (`KeptDraft.text`). The drafts must have been kept into one table.
    public func compare(_ drafts: [KeptDraft]) -> [(Int, Finding)] {
        compare(drafts) { needed in needed.compactMapValues { drafts[$0.draft].matches($0.statements) } }
    }

    /// The statements of one draft whose related locations a comparison shows.
    struct NeededMatches {
        var draft: Int
        var statements: [KeptStatement]
    }

    /// The same, `matches` giving what the related locations on each draft's statements show
    /// (one string per statement, in order), for every draft they need at once. A finding
    /// pointing to a draft `matches` leaves out is dropped.
    func compare(_ drafts: [KeptDraft], matches: ([Int: NeededMatches]) -> [Int: [String]]) -> [(Int, Finding)] {
        guard let table = drafts.first?.table.snapshot() else { return [] }
        let paths = drafts.map(\.path)
        var conflicts: [(rule: CrossDraftRule, conflict: CrossDraftConflict)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            let perDraft = drafts.map { $0.statements(ofRule: ruleIndex) }
            conflicts += CrossDraftConflicts.find(in: perDraft, paths: paths, table: table).map { (rule, $0) }
        }
        var needed: [Int: NeededMatches] = [:]
        for other in conflicts.flatMap(\.conflict.others) {
            needed[Int(other.draft), default: NeededMatches(draft: Int(other.draft), statements: [])].statements.append(other)
        }
        let found = matches(needed)
        var shown: [Int: [Span: String]] = [:]
        for (draft, request) in needed {
            guard let texts = found[draft], texts.count == request.statements.count else { continue }
            for (statement, text) in zip(request.statements, texts) { shown[draft, default: [:]][statement.span] = text }
        }
        return conflicts.compactMap { rule, conflict in
            let related = conflict.others.map { shown[Int($0.draft)]?[$0.span] }
            guard related.allSatisfy({ $0 != nil }) else { return nil }
            return (Int(conflict.primary.draft), finding(rule, conflict, drafts, table, matches: related.compactMap { $0 }))
        }
    }

    func statements(of fact: CrossDraftRule.Fact, in draft: CheckedDraft, index: Int) -> [CrossDraftStatement] {
        switch fact {
        case .figure: return CrossDraftFigures.statements(
            draft, index: index, registry: registry, triggerWords: registry.map { TriggerWordTableCache.shared.table(for: $0) }, regions: regions)
        case .official: return CrossDraftOfficials.statements(draft, index: index, registry: registry)
        case .date: return CrossDraftDates.statements(draft, index: index)
        case .regulation: return CrossDraftRegulations.statements(draft, index: index, registry: registry)
        }
    }

    private func finding(
        _ rule: CrossDraftRule, _ conflict: CrossDraftConflict, _ drafts: [KeptDraft], _ table: CrossDraftTable.Snapshot,
        matches: [String]
    ) -> Finding {
        func string(_ id: UInt32) -> String { table.string(id) }
        let primary = conflict.primary
        let others = conflict.others.map { other in
            "«\(string(other.shown))» (\(drafts[Int(other.draft)].name))"
        }
        var message = "\(Self.subject(rule.fact)) «\(string(primary.factLabel))»: draf ini menulis «\(string(primary.shown))», "
            + "draf lain menulis " + others.joined(separator: ", ")
        var notes: [String] = []
        let known = ([primary] + conflict.others).first { $0.registryValue != nil }
        if let registryValue = known?.registryValue.map(string) {
            let agreeing = ([primary] + conflict.others).filter { $0.registryAgrees == true }
            let sides = agreeing.map { drafts[Int($0.draft)].name }
            message += sides.isEmpty
                ? "; registri: \(registryValue), tidak ada yang sesuai"
                : "; registri: \(registryValue), sesuai dengan \(Self.unique(sides).joined(separator: ", "))"
        } else {
            notes.append("Registri belum mencatat fakta ini; pastikan angka/nama/tanggal dengan instansi sumber.")
        }
        let related = zip(conflict.others, matches).map { other, match in
            let verdict = other.registryAgrees.map { $0 ? " (sesuai registri)" : " (tidak sesuai registri)" } ?? ""
            let draft = drafts[Int(other.draft)]
            return draft.related(other, message: "\(draft.name) menulis «\(string(other.shown))»\(verdict)", match: match)
        }
        return Finding(
            ruleID: rule.metadata.id, severity: rule.metadata.level, message: message, span: primary.span,
            evidence: known?.evidence.map { table.evidences[Int($0)] }, related: related, notes: notes)
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
