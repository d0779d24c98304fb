import SelarasCore

/// Turns a rule's byte-span finding into the line/column form reporters print.
enum ReportedFindingBuilder {
    static func build(_ finding: Finding, level: Severity, in document: Document) -> ReportedFinding {
        let source = document.source
        let start = source.location(ofByte: finding.span.start)
        return build(
            finding, level: level, path: document.path, agency: document.metadata.agency,
            start: start, end: source.location(ofByte: finding.span.end),
            match: source.text(finding.span), sourceLine: source.lineText(start.line))
    }

    /// The same from a span's position and text taken earlier (a kept draft has no document).
    static func build(
        _ finding: Finding, level: Severity, path: String, agency: String?,
        start: Location, end: Location, match: String, sourceLine: String
    ) -> ReportedFinding {
        ReportedFinding(
            path: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            rule: finding.ruleID, level: level, message: finding.message, match: match,
            suggestions: finding.suggestions, evidence: finding.evidence, related: finding.related,
            sourceLine: sourceLine, agency: agency, notes: finding.notes, span: finding.span)
    }
}
