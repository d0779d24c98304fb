import SelarasCore

extension Engine {
    /// Files checked per round of `checkStreaming`: enough to keep every core busy, few enough
    /// that the findings in flight stay small.
    static let streamingChunk = 128

    /// Checks `inputs` and hands each file's findings, rendered by the worker that found them,
    /// to `consume` in report order, keeping none: memory stays bounded by the files in flight,
    /// however large the corpus. The same findings, in the same order, as `check(_:)` reports
    /// them when no cross-draft comparison is configured (which needs every draft at once).
    ///
    /// Report order sorts by path first, so the inputs are visited sorted by path and each
    /// file's findings sorted on their own.
    public func checkStreaming<Rendered: Sendable>(
        _ inputs: [InputFile],
        render: @escaping @Sendable (_ summary: FileSummary?, _ findings: [ReportedFinding]) -> Rendered,
        consume: (StreamedFile<Rendered>) -> Void
    ) -> StreamedCheck {
        precondition(options.crossDraft == nil, "a cross-draft comparison needs check(_:)")
        let ordered = InputFile.sortedForReport(inputs)
        var totals = StreamedCheck()
        var undated = 0
        for start in stride(from: 0, to: ordered.count, by: Engine.streamingChunk) {
            let chunk = Array(ordered[start..<min(ordered.count, start + Engine.streamingChunk)])
            let files = ParallelMap.map(chunk, workers: options.workers) { input -> StreamedFile<Rendered> in
                var result = checkOne(input)
                result.findings.sort(by: ReportedFinding.reportOrder)
                return StreamedFile(summary: result.summary, diagnostics: result.diagnostics,
                                    rendered: render(result.summary, result.findings), levelCounts: Report.levelCounts(result.findings))
            }
            for file in files {
                totals.diagnostics += file.diagnostics
                if let summary = file.summary {
                    totals.fileCount += 1
                    totals.findingCount += summary.findings
                    totals.claims = totals.claims + summary.claims
                    if summary.dateOrigin == .today { undated += 1 }
                }
                totals.levelCounts.merge(file.levelCounts, uniquingKeysWith: +)
                consume(file)
            }
        }
        if undated > 0 { totals.diagnostics.append(undatedNote(undated)) }
        return totals
    }
}
