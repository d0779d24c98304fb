import SelarasCore

extension GitHubReporter {
    /// Most rows in the job summary's findings table; GitHub limits a step summary to 1 MiB.
    public static let summaryRowCap = 500

    /// The Markdown job summary for `$GITHUB_STEP_SUMMARY`: counts per level and per agency,
    /// and a table of findings (the full list when annotations were capped).
    public func renderJobSummary(_ report: Report) -> String {
        var out = "## Selaras\n\n"
        out += "| level | findings |\n|---|---:|\n"
        for level in Wording.levelsBySeverity {
            out += "| \(level.rawValue) | \(report.count(of: level)) |\n"
        }
        out += "\n\(Wording.count(report.files.count, "file")) checked; claims: \(report.claims.found) found, "
        out += "\(report.claims.resolved) resolved, \(report.claims.checked) checked.\n"
        if report.baselineSuppressed != nil || report.baselineFixed != nil {
            out += "Baseline: \(Wording.count(report.findings.count, "new finding")); "
            out += "\(report.baselineSuppressed ?? 0) known; \(report.baselineFixed ?? 0) fixed.\n"
        }

        let agencies = AgencyCounts.make(report)
        if !agencies.isEmpty {
            out += "\n### Per agency\n\n| agency | files | error | warning | suggestion |\n|---|---:|---:|---:|---:|\n"
            for row in agencies {
                out += "| \(MarkdownText.escape(row.agency)) | \(row.files) | \(row.count(.error)) | "
                out += "\(row.count(.warning)) | \(row.count(.suggestion)) |\n"
            }
        }

        let capped = Wording.levelsBySeverity.contains { report.count(of: $0) > annotationCap }
        if !report.findings.isEmpty {
            out += "\n### Findings\n\n"
            if capped { out += "> Annotations capped at \(annotationCap) per level; see the full list below.\n\n" }
            out += "| level | location | rule | message | match | suggestion |\n|---|---|---|---|---|---|\n"
            for finding in report.findings.prefix(Self.summaryRowCap) {
                let location = Wording.location(finding.path, finding.line, finding.column)
                let cells = [
                    finding.level.rawValue, location, finding.rule, finding.message, finding.match,
                    finding.suggestions.joined(separator: " / "),
                ].map(MarkdownText.escape)
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if report.findings.count > Self.summaryRowCap {
                out += "\n\(report.findings.count - Self.summaryRowCap) more findings not listed; "
                out += "run `selaras check --format text` for all.\n"
            }
        }
        if !report.diagnostics.isEmpty {
            out += "\n### About the run\n\n"
            for diagnostic in report.diagnostics { out += "- \(MarkdownText.escape(diagnostic.description))\n" }
        }
        return out
    }
}
