import SelarasCore

/// How phase 1 keeps each draft for the cross-draft comparison: into which table, and whether
/// with the text a finding on its statements shows (`KeptDraft.text`).
struct DraftKeeping: Sendable {
    let table: CrossDraftTable
    let keepsText: Bool
}

/// A phase-2 finding with its level after the draft's policy, not yet placed in the draft's text.
struct PendingFinding: Sendable {
    var finding: Finding
    var level: Severity
}

extension Engine {
    /// Phase 2: the cross-draft comparison's findings by index in `drafts`, with their levels
    /// (policy and minimum level applied; drafts with none left out); nil when no comparison
    /// runs (none configured, or fewer than two drafts).
    ///
    /// Their suppression comments were applied when the statements were kept
    /// (`CrossDraftComparator.keep`), and cross-draft rules cover the whole draft.
    func crossDraftFindings(_ drafts: [KeptDraft]) -> [Int: [PendingFinding]]? {
        guard let comparator = options.crossDraft, drafts.count > 1 else { return nil }
        var perDraft: [Int: [PendingFinding]] = [:]
        for (draftIndex, finding) in comparator.compare(drafts) {
            if let level = level(of: finding, policy: drafts[draftIndex].policy) {
                perDraft[draftIndex, default: []].append(PendingFinding(finding: finding, level: level))
            }
        }
        return perDraft
    }

    /// `pending` placed on `draft`'s kept text, with fingerprints when asked.
    func reported(_ pending: [PendingFinding], in draft: KeptDraft) -> [ReportedFinding] {
        var findings = pending.compactMap { draft.report($0.finding, level: $0.level) }
        if options.computesFingerprints { FingerprintContext.assign(&findings, context: draft.fingerprintContext(of:)) }
        return findings
    }
}
