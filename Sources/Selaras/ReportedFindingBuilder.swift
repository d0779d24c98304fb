import SelarasCore

/// Turns a rule's byte-span finding into the line/column form reporters print.
enum ReportedFindingBuilder {
    static func build(_ finding: Finding, level: Severity, in document: Document) -> ReportedFinding {
        let source = document.source
        let start = source.location(ofByte: finding.span.start)
        let end = source.location(ofByte: finding.span.end)
        let match = source.text(finding.span)
        return ReportedFinding(
            path: document.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            rule: finding.ruleID, level: level, message: finding.message, match: match,
            suggestions: finding.suggestions, evidence: finding.evidence, related: finding.related,
            sourceLine: source.lineText(start.line),
            agency: document.metadata.agency, notes: finding.notes, span: finding.span)
    }
}
