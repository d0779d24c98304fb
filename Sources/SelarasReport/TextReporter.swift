import SelarasCore

/// Plain-text output for people in a terminal, in the `path:line:col: level [rule] message`
/// form editors and CI logs turn into links, with the source line and a caret underline.
public struct TextReporter: Reporter {
    /// Wrap levels, rule ids and carets in ANSI colour codes.
    public var useColor: Bool
    /// Show the source line and caret underline under each finding.
    public var showSource: Bool

    public init(useColor: Bool = false, showSource: Bool = true) {
        self.useColor = useColor
        self.showSource = showSource
    }

    public func render(_ report: Report) -> String {
        let findings = renderFindings(report.findings)
        return findings + ending(report, afterFindings: !findings.isEmpty, fileCount: report.files.count,
                                 levelCounts: Report.levelCounts(report.findings))
    }

    /// The findings' blocks, a blank line between them (each one spans several lines); a
    /// streamed report writes them as files complete, separated by `blockSeparator`.
    public func renderFindings(_ findings: [ReportedFinding]) -> String {
        findings.map { renderFinding($0).joined(separator: "\n") }.joined(separator: Self.blockSeparator)
    }

    /// What goes between two findings' blocks.
    public static let blockSeparator = "\n\n"

    /// The diagnostics and the summary that close the output. `report` gives the diagnostics,
    /// claims and baseline counts; the files and findings are counted by the caller.
    public func ending(_ report: Report, afterFindings: Bool, fileCount: Int, levelCounts: [Severity: Int]) -> String {
        var text = ""
        var anythingBefore = afterFindings
        if !report.diagnostics.isEmpty {
            if anythingBefore { text += Self.blockSeparator }
            text += report.diagnostics.map(renderDiagnostic).joined(separator: "\n")
            anythingBefore = true
        }
        if anythingBefore { text += Self.blockSeparator }
        return text + summary(report, fileCount: fileCount, levelCounts: levelCounts).joined(separator: "\n") + "\n"
    }

    /// The lines for one finding: header, source with carets, then details.
    func renderFinding(_ finding: ReportedFinding) -> [String] {
        let style = ANSIStyle(enabled: useColor)
        var lines: [String] = []
        let location = Wording.location(finding.path, finding.line, finding.column)
        lines.append(
            "\(style.bold(location)): \(style.level(finding.level, finding.level.rawValue)) "
                + "\(style.dim("[\(finding.rule)]")) \(finding.message)"
        )
        if showSource, !finding.sourceLine.isEmpty {
            let gutter = String(finding.line)
            let blank = String(repeating: " ", count: gutter.count)
            lines.append(" \(style.dim(gutter + " |")) \(finding.sourceLine)")
            let carets = CaretLine.make(for: finding)
            lines.append(" \(style.dim(blank + " |")) \(carets.padding)\(style.level(finding.level, carets.marks))")
        }
        for suggestion in finding.suggestions { lines.append("  suggestion: \(suggestion)") }
        if let evidence = finding.evidence { lines.append("  evidence: \(Self.describe(evidence))") }
        for note in finding.notes { lines.append("  note: \(note)") }
        for related in finding.related {
            lines.append("  related: \(Wording.location(related.path, related.line, related.column)): \(related.message)")
        }
        return lines
    }

    func renderDiagnostic(_ diagnostic: Diagnostic) -> String {
        let style = ANSIStyle(enabled: useColor)
        var prefix = ""
        if let path = diagnostic.path {
            prefix = path
            if let line = diagnostic.line {
                prefix += ":\(line)"
                if let column = diagnostic.column { prefix += ":\(column)" }
            }
            prefix = style.bold(prefix) + ": "
        }
        return prefix + style.diagnostic(diagnostic.level) + ": " + diagnostic.message
    }

    /// Counts per level, files checked, claims, baseline.
    func summary(_ report: Report) -> [String] {
        summary(report, fileCount: report.files.count, levelCounts: Report.levelCounts(report.findings))
    }

    func summary(_ report: Report, fileCount: Int, levelCounts: [Severity: Int]) -> [String] {
        var lines: [String] = []
        let files = Wording.count(fileCount, "file") + " checked"
        let findingCount = levelCounts.values.reduce(0, +)
        if findingCount == 0 {
            lines.append("no findings; \(files)")
        } else {
            let counts = Wording.levelsBySeverity.compactMap { level -> String? in
                let number = levelCounts[level] ?? 0
                return number == 0 ? nil : Wording.count(number, level.rawValue)
            }
            lines.append(counts.joined(separator: ", ") + "; \(files)")
        }
        let claims = report.claims
        lines.append("claims: \(claims.found) found, \(claims.resolved) resolved, \(claims.checked) checked")
        if report.baselineSuppressed != nil || report.baselineFixed != nil {
            lines.append(
                "\(Wording.count(findingCount, "new finding")); "
                    + "\(report.baselineSuppressed ?? 0) known (baseline); \(report.baselineFixed ?? 0) fixed"
            )
        }
        let errors = report.diagnostics.filter { $0.level == .error }.count
        let warnings = report.diagnostics.filter { $0.level == .warning }.count
        let runParts = [(errors, "error"), (warnings, "warning")].filter { $0.0 > 0 }.map { Wording.count($0.0, $0.1) }
        if !runParts.isEmpty {
            lines.append("run: \(runParts.joined(separator: ", ")) about the run (see above)")
        }
        return lines
    }

    /// `record R, source S, verified V, as of D`.
    static func describe(_ evidence: Evidence) -> String {
        var parts = ["record \(evidence.record)", "source \(evidence.source)"]
        if let verified = evidence.verifiedAsOf { parts.append("verified \(verified)") }
        parts.append("as of \(evidence.asOf)")
        return parts.joined(separator: ", ")
    }
}
