import SelarasCore

/// GitHub Actions workflow commands: one annotation per finding, shown on the pull request.
///
/// `error` → `::error`, `warning` → `::warning`, `suggestion` → `::notice`. GitHub itself shows
/// at most 10 annotations of each level per step (and 50 per job), so more are noise in the log:
/// this reporter writes at most `annotationCap` (default 50) per level and then one plain log
/// line saying how many were left out. The full list goes to the job summary
/// (`renderJobSummary`), which the CLI writes to `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Reporter {
    public static let defaultAnnotationCap = 50

    /// Most annotations written per level.
    public var annotationCap: Int

    public init(annotationCap: Int = GitHubReporter.defaultAnnotationCap) {
        self.annotationCap = max(0, annotationCap)
    }

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        for diagnostic in report.diagnostics {
            lines.append(diagnosticCommand(diagnostic))
        }
        var written: [Severity: Int] = [:]
        var skipped: [Severity: Int] = [:]
        for finding in report.findings {
            if written[finding.level, default: 0] >= annotationCap {
                skipped[finding.level, default: 0] += 1
                continue
            }
            written[finding.level, default: 0] += 1
            lines.append(command(for: finding))
        }
        for level in Wording.levelsBySeverity {
            if let count = skipped[level], count > 0 {
                lines.append(
                    "selaras: \(Wording.count(count, "more " + level.rawValue)) not annotated "
                        + "(annotations capped at \(annotationCap) per level); see the job summary for the full list"
                )
            }
        }
        lines.append(TextReporter().summary(report).joined(separator: "\n"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
    func command(for finding: ReportedFinding) -> String {
        var properties = [
            ("file", finding.path), ("line", String(finding.line)), ("col", String(finding.column)),
            ("endLine", String(finding.endLine)),
        ]
        // GitHub uses columns only when the annotation stays on one line.
        if finding.endLine == finding.line { properties.append(("endColumn", String(finding.endColumn))) }
        properties.append(("title", "selaras [\(finding.rule)]"))
        var message = finding.message
        if !finding.suggestions.isEmpty {
            message += "\nsuggestion: " + finding.suggestions.joined(separator: " / ")
        }
        if let evidence = finding.evidence { message += "\nevidence: " + TextReporter.describe(evidence) }
        for related in finding.related {
            message += "\nrelated: \(Wording.location(related.path, related.line, related.column)): \(related.message)"
        }
        return Self.workflowCommand(Self.commandName(finding.level), properties: properties, message: message)
    }

    func diagnosticCommand(_ diagnostic: Diagnostic) -> String {
        var properties: [(String, String)] = []
        if let path = diagnostic.path {
            properties.append(("file", path))
            if let line = diagnostic.line { properties.append(("line", String(line))) }
            if let column = diagnostic.column { properties.append(("col", String(column))) }
        }
        properties.append(("title", "selaras"))
        let name: String
        switch diagnostic.level {
        case .error: name = "error"
        case .warning: name = "warning"
        case .note: name = "notice"
        }
        return Self.workflowCommand(name, properties: properties, message: diagnostic.message)
    }

    static func commandName(_ level: Severity) -> String {
        switch level {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "notice"
        }
    }

    static func workflowCommand(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(escapeData(message))"
    }

    /// GitHub's escaping for a command's message: `%`, CR, LF.
    public static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// GitHub's escaping for a property value: as for data, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
