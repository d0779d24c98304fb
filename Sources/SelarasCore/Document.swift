/// The kind of markup a document is written in; decides which parts are checked.
public enum DocumentFormat: String, Sendable, Codable {
    case plainText = "text"
    case markdown
}

/// Where a document's reference date came from, reported so a user knows what "as of" meant.
public enum DateOrigin: String, Sendable, Codable {
    case frontMatter = "front-matter"
    case dateline
    case commandLine = "command-line"
    case configuration
    case today
}

/// What a document says about itself: who published it and when.
public struct DocumentMetadata: Sendable, Hashable {
    /// Agency id (registry id or free text) of the publishing office, when known.
    public var agency: String?
    /// The date the release speaks from; facts are checked as of this date.
    public var date: LocalDate?
    public var dateOrigin: DateOrigin?
    public var title: String?
    /// Every `key: value` line of the front matter, keys lower-cased.
    public var frontMatter: [String: String]

    public init(
        agency: String? = nil, date: LocalDate? = nil, dateOrigin: DateOrigin? = nil,
        title: String? = nil, frontMatter: [String: String] = [:]
    ) {
        self.agency = agency
        self.date = date
        self.dateOrigin = dateOrigin
        self.title = title
        self.frontMatter = frontMatter
    }
}

/// A draft release ready to be checked.
///
/// `source` is the text exactly as read (BOM removed). `text` has the same bytes at the same
/// offsets except that every region rules must not look at (front matter, code, URLs, link
/// targets, HTML comments) is blanked to spaces, line breaks kept. Rules search `text` and
/// report spans that are valid in both, so no rule needs to know about markup.
public struct Document: Sendable {
    public let path: String
    public let format: DocumentFormat
    public let source: SourceText
    public let text: SourceText
    public var metadata: DocumentMetadata
    /// Suppression comments found in the document, in order.
    public var directives: [SuppressionDirective]
    /// Heading lines (Markdown), for rules scoped to headings or to the body.
    public var headings: [Span]

    public init(
        path: String, format: DocumentFormat, source: SourceText, text: SourceText? = nil,
        metadata: DocumentMetadata = DocumentMetadata(), directives: [SuppressionDirective] = [],
        headings: [Span] = []
    ) {
        self.path = path
        self.format = format
        self.source = source
        self.text = text ?? source
        self.metadata = metadata
        self.directives = directives
        self.headings = headings
        precondition(self.text.count == source.count, "masked text must keep every byte offset")
    }

    /// A plain-text document from a string, for tests and stdin.
    public init(path: String = "<input>", plainText: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.init(path: path, format: .plainText, source: SourceText(plainText), metadata: metadata)
    }
}
