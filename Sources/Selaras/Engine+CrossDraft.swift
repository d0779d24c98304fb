import SelarasCore
import SelarasText

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
    ///
    /// Related locations show the drafts' kept text, or with `matches` what it reads (see
    /// `CrossDraftComparator.compare(_:matches:)`).
    func crossDraftFindings(
        _ drafts: [KeptDraft], matches: (([Int: CrossDraftComparator.NeededMatches]) -> [Int: [String]])? = nil
    ) -> [Int: [PendingFinding]]? {
        guard let comparator = options.crossDraft, drafts.count > 1 else { return nil }
        var perDraft: [Int: [PendingFinding]] = [:]
        let found = matches.map { comparator.compare(drafts, matches: $0) } ?? comparator.compare(drafts)
        for (draftIndex, finding) in found {
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

    /// What related locations on `needed` statements show, read again from `inputs[draft]`:
    /// by the same loader, and only when the bytes are those phase 1 checked (`digests[draft]`).
    /// A draft that changed or cannot be read is left out and named in `failed`.
    func relatedMatches(
        _ needed: [Int: CrossDraftComparator.NeededMatches], inputs: (Int) -> InputFile, digests: (Int) -> UInt64
    ) -> (matches: [Int: [String]], failed: [InputFile]) {
        let requests = needed.values.sorted { $0.draft < $1.draft }.map { ($0, inputs($0.draft), digests($0.draft)) }
        let read = ParallelMap.map(requests, workers: options.workers) { request, input, digest -> [String]? in
            guard case .success(let bytes) = input.read(), XXHash64.digest(bytes) == digest,
                  case .loaded(let document, _) = DocumentLoader.load(bytes: bytes, path: input.displayPath) else { return nil }
            return request.statements.map { $0.match(in: document.source.text) }
        }
        var matches: [Int: [String]] = [:]
        var failed: [InputFile] = []
        for ((request, input, _), texts) in zip(requests, read) {
            if let texts { matches[request.draft] = texts } else { failed.append(input) }
        }
        return (matches, failed)
    }
}
