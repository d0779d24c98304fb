/// Another place that takes part in a finding, usually in another agency's draft.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int?
    public var endColumn: Int?
    public var message: String
    /// Agency of the draft holding this location, when known (not part of the JSON contract).
    public var agency: String?
    /// The text at this location, for side-by-side reports.
    public var match: String?

    public init(
        path: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil,
        message: String, agency: String? = nil, match: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.message = message
        self.agency = agency
        self.match = match
    }

    /// A location for `span` in `document`.
    public init(document: Document, span: Span, message: String, match: String? = nil) {
        let start = document.source.location(ofByte: span.start)
        let end = document.source.location(ofByte: span.end)
        self.init(
            path: document.path, line: start.line, column: start.column, endLine: end.line,
            endColumn: end.column, message: message, agency: document.metadata.agency,
            match: match ?? document.source.text(span)
        )
    }

    private enum CodingKeys: String, CodingKey { case path, line, column, message }
}
