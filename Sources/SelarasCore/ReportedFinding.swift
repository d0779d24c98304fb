/// A finding as reporters print it: positions resolved to lines and columns, text extracted.
///
/// The JSON contract (DESIGN.md §5, version 1) is exactly the coded keys of this type.
public struct ReportedFinding: Sendable, Hashable, Encodable {
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var rule: String
    public var level: Severity
    public var message: String
    /// The exact text flagged.
    public var match: String
    public var suggestions: [String]
    public var evidence: Evidence?
    public var related: [RelatedLocation]

    // Not in the JSON contract: used by the text, SARIF, baseline and HTML reporters.
    /// The source line holding the start of the finding, for caret display.
    public var sourceLine: String
    /// Stable identity that survives lines moving: rule, file, match and its context.
    public var fingerprint: String
    /// Agency of the draft, when known.
    public var agency: String?
    public var notes: [String]
    /// Byte span in the document (for side-by-side context).
    public var span: Span

    public init(
        path: String, line: Int, column: Int, endLine: Int, endColumn: Int, rule: String, level: Severity,
        message: String, match: String, suggestions: [String] = [], evidence: Evidence? = nil,
        related: [RelatedLocation] = [], sourceLine: String = "", fingerprint: String = "",
        agency: String? = nil, notes: [String] = [], span: Span = Span(start: 0, end: 0)
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.rule = rule
        self.level = level
        self.message = message
        self.match = match
        self.suggestions = suggestions
        self.evidence = evidence
        self.related = related
        self.sourceLine = sourceLine
        self.fingerprint = fingerprint
        self.agency = agency
        self.notes = notes
        self.span = span
    }

    private enum CodingKeys: String, CodingKey {
        case path, line, column, endLine, endColumn, rule, level, message, match, suggestions, evidence, related
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(endLine, forKey: .endLine)
        try container.encode(endColumn, forKey: .endColumn)
        try container.encode(rule, forKey: .rule)
        try container.encode(level, forKey: .level)
        try container.encode(message, forKey: .message)
        try container.encode(match, forKey: .match)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encodeIfPresent(evidence, forKey: .evidence)
        try container.encode(related, forKey: .related)
    }

    /// Deterministic report order: path, position, rule, message.
    public static func reportOrder(_ lhs: ReportedFinding, _ rhs: ReportedFinding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.endLine != rhs.endLine { return lhs.endLine < rhs.endLine }
        if lhs.endColumn != rhs.endColumn { return lhs.endColumn < rhs.endColumn }
        return lhs.message < rhs.message
    }
}
