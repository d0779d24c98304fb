import SelarasCore

/// The secretariat's report as Markdown, for pasting into a chat or a pull request: counts per
/// agency, conflicts between drafts grouped by fact with the disagreeing sentences side by
/// side, then every finding by file. Same content as `HTMLReporter`.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var out = "# Selaras report\n\n"
        out += "\(MarkdownText.escape(SecretariatSummary.headline(report)))\n"

        let agencies = AgencyCounts.make(report)
        if !agencies.isEmpty {
            out += "\n## Per agency\n\n| agency | files | error | warning | suggestion |\n|---|---:|---:|---:|---:|\n"
            for row in agencies {
                out += "| \(MarkdownText.escape(row.agency)) | \(row.files) | \(row.count(.error)) | "
                out += "\(row.count(.warning)) | \(row.count(.suggestion)) |\n"
            }
        }

        let conflicts = ConflictGroup.make(report)
        out += "\n## Conflicts between drafts (\(conflicts.count))\n"
        if conflicts.isEmpty { out += "\nNo conflicts between drafts.\n" }
        for (number, group) in conflicts.enumerated() {
            out += "\n### \(number + 1). \(MarkdownText.escape(group.message))\n\n"
            out += "Rule \(MarkdownText.escape(group.rule)) · \(group.level.rawValue)\n\n"
            out += "| agency | location | sentence |\n|---|---|---|\n"
            for participant in group.participants {
                let parts = ConflictGroup.split(participant)
                let sentence = MarkdownText.escape(parts.before) + "**" + MarkdownText.escape(parts.flagged) + "**"
                    + MarkdownText.escape(parts.after)
                out += "| \(MarkdownText.escape(participant.agency ?? AgencyCounts.unknownAgency)) | "
                out += "\(MarkdownText.escape(participant.location)) | \(sentence) |\n"
            }
            for evidence in group.evidence {
                out += "\nRegistry: \(MarkdownText.escape(TextReporter.describe(evidence)))\n"
            }
        }

        out += "\n## Findings by file\n"
        let byFile = SecretariatSummary.findingsByFile(report)
        if byFile.isEmpty { out += "\nNo findings.\n" }
        for (file, findings) in byFile {
            out += "\n### \(MarkdownText.escape(SecretariatSummary.fileTitle(file)))\n\n"
            out += "| location | level | rule | message | match | suggestion | evidence |\n|---|---|---|---|---|---|---|\n"
            for finding in findings {
                let cells = [
                    "\(finding.line):\(finding.column)", finding.level.rawValue, finding.rule, finding.message,
                    finding.match, finding.suggestions.joined(separator: " / "),
                    finding.evidence.map(TextReporter.describe) ?? "",
                ].map(MarkdownText.escape)
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }

        if !report.diagnostics.isEmpty {
            out += "\n## About the run\n\n"
            for diagnostic in report.diagnostics { out += "- \(MarkdownText.escape(diagnostic.description))\n" }
        }
        return out
    }
}

/// Pieces the Markdown and HTML secretariat reports share.
enum SecretariatSummary {
    /// `selaras 0.1.0 · 3 files · 2 errors, 1 warning · claims: …`.
    static func headline(_ report: Report) -> String {
        var parts = ["selaras \(report.toolVersion)", Wording.count(report.files.count, "file") + " checked"]
        let counts = Wording.levelsBySeverity.map { Wording.count(report.count(of: $0), $0.rawValue) }
        parts.append(counts.joined(separator: ", "))
        let claims = report.claims
        parts.append("claims: \(claims.found) found, \(claims.resolved) resolved, \(claims.checked) checked")
        if report.baselineSuppressed != nil || report.baselineFixed != nil {
            parts.append("baseline: \(report.baselineSuppressed ?? 0) known, \(report.baselineFixed ?? 0) fixed")
        }
        return parts.joined(separator: " · ")
    }

    /// Files in report order (plus files only findings name), each with its findings.
    static func findingsByFile(_ report: Report) -> [(file: FileSummary, findings: [ReportedFinding])] {
        var order: [String] = []
        var files: [String: FileSummary] = [:]
        var findings: [String: [ReportedFinding]] = [:]
        for file in report.files where files[file.path] == nil {
            order.append(file.path)
            files[file.path] = file
        }
        for finding in report.findings {
            if files[finding.path] == nil {
                order.append(finding.path)
                files[finding.path] = FileSummary(path: finding.path, agency: finding.agency, date: nil, findings: 0)
            }
            findings[finding.path, default: []].append(finding)
        }
        return order.compactMap { path in
            guard let file = files[path], let list = findings[path], !list.isEmpty else { return nil }
            return (file, list)
        }
    }

    /// `path (agency, date)`.
    static func fileTitle(_ file: FileSummary) -> String {
        let details = [file.agency, file.date].compactMap { $0 }
        return details.isEmpty ? file.path : "\(file.path) (\(details.joined(separator: ", ")))"
    }
}
