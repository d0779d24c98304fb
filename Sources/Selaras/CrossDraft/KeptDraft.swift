import SelarasCore

/// A draft as phase 2 keeps it: its name, its agency, its policy and its cross-draft statements,
/// with what a finding or related location on a statement shows (line and column, the matched
/// text, the sentence, the source line and the fingerprint context).
///
/// Made by `CrossDraftComparator.keep` in phase 1, by the worker that checked the draft, while
/// the document is at hand. It holds no `Document`, `SourceText`, line index, claims or tokens:
/// of the text, only the bytes of the lines and sentences its statements stand on
/// (`TextExcerpt`), so what a run keeps per draft is its statements, not the draft.
public struct KeptDraft: Sendable {
    public let path: String
    /// The agency from front matter or configuration; nil when neither names one.
    public let agency: String?
    let policy: FilePolicy
    /// The statements for each cross-draft rule (in `CrossDraftComparator.rules` order).
    let statements: [[CrossDraftStatement]]
    /// Where each statement's span stands, one entry per distinct span.
    let places: [StatementPlace]
    let excerpt: TextExcerpt

    /// Keeps `statements` of `draft` (taken from it) and what reports show of them.
    init(_ draft: CheckedDraft, statements: [[CrossDraftStatement]]) {
        let source = draft.document.source
        var places: [StatementPlace] = []
        var seen: Set<Span> = []
        var covered: [Span] = []
        for statement in statements.joined() {
            covered.append(statement.sentence)
            guard seen.insert(statement.span).inserted else { continue }
            let place = StatementPlace(statement.span, in: source)
            places.append(place)
            covered += [statement.span, place.line, place.context]
        }
        self.path = draft.document.path
        self.agency = draft.document.metadata.agency
        self.policy = draft.policy
        self.statements = statements
        self.places = places
        self.excerpt = TextExcerpt(source, covering: covered)
    }

    /// The agency in messages: the agency, else the path.
    var name: String { agency ?? path }

    func place(of span: Span) -> StatementPlace? {
        places.first { $0.span == span }
    }

    /// `finding` (on one of this draft's statements) with its position; nil for another span.
    func report(_ finding: Finding, level: Severity) -> ReportedFinding? {
        guard let place = place(of: finding.span) else { return nil }
        return ReportedFindingBuilder.build(
            finding, level: level, path: path, agency: agency, start: place.start, end: place.end,
            match: excerpt.text(finding.span), sourceLine: excerpt.text(place.line))
    }

    /// A related location on `statement` (one of this draft's), showing its sentence with runs of
    /// whitespace made single spaces, or its own text when the sentence is empty.
    func related(_ statement: CrossDraftStatement, message: String) -> RelatedLocation? {
        guard let place = place(of: statement.span) else { return nil }
        let sentence = excerpt.text(statement.sentence).split { $0.isWhitespace }.joined(separator: " ")
        return RelatedLocation(
            path: path, line: place.start.line, column: place.start.column, endLine: place.end.line,
            endColumn: place.end.column, message: message, agency: agency,
            match: sentence.isEmpty ? excerpt.text(statement.span) : sentence)
    }

    /// The text a finding on `span` hashes into its fingerprint (`FingerprintContext`).
    func fingerprintContext(of span: Span) -> String {
        place(of: span).map { excerpt.text($0.context) } ?? ""
    }
}

/// Where a statement's span stands in its draft, taken from the draft's `SourceText`.
struct StatementPlace: Sendable {
    var span: Span
    var start: Location
    var end: Location
    /// The line where `span` starts (a finding shows it as its source line).
    var line: Span
    /// The bytes around `span` that its fingerprint hashes.
    var context: Span

    init(_ span: Span, in source: SourceText) {
        self.span = span
        start = source.location(ofByte: span.start)
        end = source.location(ofByte: span.end)
        let range = source.lineRange(start.line)
        line = Span(start: range.lowerBound, end: range.upperBound)
        context = FingerprintContext.span(around: span, in: source)
    }
}
