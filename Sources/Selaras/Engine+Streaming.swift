import SelarasCore

extension Engine {
    /// Files checked per round of `checkStreaming`: enough to keep every core busy, few enough
    /// that the findings in flight stay small.
    static let streamingChunk = 128

    /// Checks `inputs` and hands each file's findings, rendered by the worker that found them,
    /// to `consume` in report order, keeping none: memory stays bounded by the files in flight
    /// (and, with a cross-draft comparison, by the drafts' kept statements), however large the
    /// corpus. The same findings, in the same order, as `check(_:)` reports them.
    ///
    /// Report order sorts by path first, so the inputs are visited sorted by path and each
    /// file's findings sorted on their own. With a cross-draft comparison configured, the files
    /// that receive cross-draft findings are handed on a second time, once every file has been,
    /// to `revise` (same `position`, all their findings, counted in their summary): the caller
    /// must hold its output until the check returns and replace those files' renderings.
    public func checkStreaming<Rendered: Sendable>(
        _ inputs: [InputFile],
        render: @escaping @Sendable (_ summary: FileSummary?, _ findings: [ReportedFinding]) -> Rendered,
        consume: (StreamedFile<Rendered>) -> Void,
        revise: (StreamedFile<Rendered>) -> Void
    ) -> StreamedCheck {
        let ordered = InputFile.sortedForReport(inputs)
        let comparing = options.crossDraft != nil
        // Only statements are kept: the few drafts that receive a finding are read again.
        let keeping = options.crossDraft.map { _ in DraftKeeping(table: CrossDraftTable(), keepsText: false) }
        var totals = StreamedCheck()
        var undated = 0
        var kept = StreamedDrafts()
        for start in stride(from: 0, to: ordered.count, by: Engine.streamingChunk) {
            let chunk = Array(ordered[start..<min(ordered.count, start + Engine.streamingChunk)].enumerated())
            let files = ParallelMap.map(chunk, workers: options.workers) { offset, input in
                var result = checkOne(input, digesting: comparing, keeping: keeping)
                result.findings.sort(by: ReportedFinding.reportOrder)
                let file = StreamedFile(position: start + offset, summary: result.summary, diagnostics: result.diagnostics,
                                        rendered: render(result.summary, result.findings), levelCounts: Report.levelCounts(result.findings))
                return (file, result.draft, result.digest)
            }
            for (file, draft, digest) in files {
                totals.diagnostics += file.diagnostics
                if let summary = file.summary {
                    totals.fileCount += 1
                    totals.findingCount += summary.findings
                    totals.claims = totals.claims + summary.claims
                    if summary.dateOrigin == .today { undated += 1 }
                }
                totals.levelCounts.merge(file.levelCounts, uniquingKeysWith: +)
                if let draft, let digest { kept.append(draft, position: file.position, digest: digest) }
                consume(file)
            }
        }
        // Related locations show sentences of other drafts: read those drafts again too.
        var unread: [InputFile] = []
        let perDraft = crossDraftFindings(kept.drafts) { needed in
            let found = relatedMatches(needed, inputs: { ordered[kept.positions[$0]] }, digests: { kept.digests[$0] })
            unread = found.failed
            return found.matches
        }
        for input in unread { totals.diagnostics.append(Engine.changedDuringCheck(input)) }
        let unreadPaths = Set(unread.map(\.displayPath))
        if let perDraft {
            let revisions = perDraft.sorted { $0.key < $1.key }.map { draftIndex, added in
                (input: ordered[kept.positions[draftIndex]], position: kept.positions[draftIndex], digest: kept.digests[draftIndex], added: added)
            }
            for start in stride(from: 0, to: revisions.count, by: Engine.streamingChunk) {
                let chunk = Array(revisions[start..<min(revisions.count, start + Engine.streamingChunk)])
                let results = ParallelMap.map(chunk, workers: options.workers) { revision in
                    let result = recheck(revision.input, digest: revision.digest, adding: revision.added)
                    return (revision, result.summary.map { _ in render(result.summary, result.findings) }, result)
                }
                for (revision, rendered, result) in results {
                    guard let rendered else {
                        // A draft already named as changed is named once.
                        if !unreadPaths.contains(revision.input.displayPath) { totals.diagnostics += result.diagnostics }
                        continue
                    }
                    totals.findingCount += result.added.count
                    totals.levelCounts.merge(Report.levelCounts(result.added), uniquingKeysWith: +)
                    revise(StreamedFile(position: revision.position, summary: result.summary, diagnostics: [],
                                        rendered: rendered, levelCounts: Report.levelCounts(result.findings)))
                }
            }
        }
        if undated > 0 { totals.diagnostics.append(undatedNote(undated)) }
        return totals
    }

    /// The draft at `input` checked again with `added` (its cross-draft findings) placed in its
    /// text, merged in report order and counted in its summary (`DraftResult.added` holds them).
    /// A streamed check keeps neither phase-1 findings nor the text of drafts, so the draft is
    /// read and checked again; when its bytes are no longer those phase 1 checked (`digest`),
    /// the result is only an error naming it, with no summary: merging findings of two versions
    /// would report positions that hold in neither.
    func recheck(_ input: InputFile, digest: UInt64, adding added: [PendingFinding]) -> DraftResult {
        // `checkOne` counts the added findings in the summary already.
        var result = checkOne(input, digesting: true, keeping: nil, adding: added)
        guard result.digest == digest, result.summary != nil else {
            return DraftResult(diagnostics: [Engine.changedDuringCheck(input)])
        }
        result.findings.sort(by: ReportedFinding.reportOrder)
        return result
    }
}

/// What a streamed check keeps of each draft for phase 2: its statements (`KeptDraft`), its
/// position in report order and the hash of the bytes phase 1 checked.
private struct StreamedDrafts {
    var drafts: [KeptDraft] = []
    var positions: [Int] = []
    var digests: [UInt64] = []

    mutating func append(_ draft: KeptDraft, position: Int, digest: UInt64) {
        drafts.append(draft)
        positions.append(position)
        digests.append(digest)
    }
}

extension Engine {
    /// The error for a draft whose bytes changed between phase 1 and the reading again of phase 2.
    static func changedDuringCheck(_ input: InputFile) -> Diagnostic {
        Diagnostic(
            .error, "changed (or could not be read again) while it was being checked; its cross-draft findings are left out (check it again)",
            path: input.displayPath)
    }
}
