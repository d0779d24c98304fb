import SelarasCore

/// A draft as phase 2 keeps it: its name, its agency, its policy and its cross-draft statements
/// (`KeptStatement`: ids into the run's `CrossDraftTable`, lines and columns), enough to compare
/// them and to show them as related locations of other drafts' findings.
///
/// Made by `CrossDraftComparator.keep` in phase 1, by the worker that checked the draft, while
/// the document is at hand. It holds no `Document`, `SourceText`, line index, claims or tokens.
/// What a finding on one of its own statements shows (the source line, the fingerprint context)
/// and the sentence a related location on them shows, it keeps only when asked (`text`, for
/// `Engine.check`, which holds every finding anyway); a streamed check reads the few drafts that
/// receive a finding or that one shows again instead (`Engine.recheck`, `Engine.relatedMatches`).
public struct KeptDraft: Sendable {
    public let path: String
    /// The agency from front matter or configuration; nil when neither names one.
    public let agency: String?
    let policy: FilePolicy
    /// The statements of every cross-draft rule, by rule (in `CrossDraftComparator.rules` order).
    let statements: [KeptStatement]
    /// The table the statements' ids refer to.
    let table: CrossDraftTable
    /// The text a finding on a statement shows, when kept.
    let text: KeptText?

    /// Keeps `statements[rule]` of `draft` (taken from it) into `table`; with `keepingText`, also
    /// the lines and fingerprint contexts a finding on them shows.
    init(_ draft: CheckedDraft, statements: [[CrossDraftStatement]], table: CrossDraftTable, keepingText: Bool) {
        let source = draft.document.source
        self.path = draft.document.path
        self.agency = draft.document.metadata.agency
        self.policy = draft.policy
        self.table = table
        // Lines and columns are counted before taking the table's lock, which other workers
        // keeping their drafts wait for; only the interning needs it.
        var locator = SpanLocator(source)
        let places = statements.flatMap { made in
            made.map { (start: locator.location(ofByte: $0.span.start), end: locator.location(ofByte: $0.span.end)) }
        }
        self.statements = table.interning { interner in
            var kept: [KeptStatement] = []
            kept.reserveCapacity(places.count)
            for (rule, made) in statements.enumerated() {
                for statement in made {
                    let place = places[kept.count]
                    kept.append(KeptStatement(statement, rule: rule, start: place.start, end: place.end, interner: &interner))
                }
            }
            return kept
        }
        self.text = keepingText ? KeptText(source, spans: self.statements.map(\.span), sentences: self.statements.map(\.sentence)) : nil
    }

    /// The agency in messages: the agency, else the path.
    var name: String { agency ?? path }

    /// The statements of the rule at `rule` (statements are kept rule by rule).
    func statements(ofRule rule: Int) -> ArraySlice<KeptStatement> {
        let start = statements.firstIndex { Int($0.rule) >= rule } ?? statements.endIndex
        let end = statements[start...].firstIndex { Int($0.rule) > rule } ?? statements.endIndex
        return statements[start..<end]
    }

    func statement(at span: Span) -> KeptStatement? {
        statements.first { $0.span == span }
    }

    /// `finding` (on one of this draft's statements) with its position; nil for another span,
    /// or when the draft's text was not kept.
    func report(_ finding: Finding, level: Severity) -> ReportedFinding? {
        guard let text, let statement = statement(at: finding.span), let line = text.line(of: finding.span) else { return nil }
        return ReportedFindingBuilder.build(
            finding, level: level, path: path, agency: agency, start: statement.start, end: statement.end,
            match: text.excerpt.text(finding.span), sourceLine: text.excerpt.text(line))
    }

    /// A related location on `statement` (one of this draft's), showing `match`.
    func related(_ statement: KeptStatement, message: String, match: String) -> RelatedLocation {
        RelatedLocation(
            path: path, line: Int(statement.startLine), column: Int(statement.startColumn), endLine: Int(statement.endLine),
            endColumn: Int(statement.endColumn), message: message, agency: agency, match: match)
    }

    /// What related locations on `statements` show, from the kept text; nil when it was not kept.
    func matches(_ statements: [KeptStatement]) -> [String]? {
        guard let text else { return nil }
        return statements.map { $0.match(in: text.excerpt.text) }
    }

    /// The text a finding on `span` hashes into its fingerprint (`FingerprintContext`); empty
    /// when the draft's text was not kept.
    func fingerprintContext(of span: Span) -> String {
        text?.context(of: span).map { text?.excerpt.text($0) ?? "" } ?? ""
    }
}

/// What a finding on a kept draft's statement shows of its text: the line where each statement
/// starts, the bytes its fingerprint hashes and its sentence.
struct KeptText: Sendable {
    /// For each distinct statement span, its line and fingerprint context.
    private let places: [(span: Span, line: Span, context: Span)]
    let excerpt: TextExcerpt

    init(_ source: SourceText, spans: [Span], sentences: [Span]) {
        var seen: Set<Span> = []
        var places: [(span: Span, line: Span, context: Span)] = []
        for span in spans where seen.insert(span).inserted {
            let range = source.lineRange(source.location(ofByte: span.start).line)
            places.append((span, Span(start: range.lowerBound, end: range.upperBound), FingerprintContext.span(around: span, in: source)))
        }
        self.places = places
        excerpt = TextExcerpt(source, covering: places.flatMap { [$0.span, $0.line, $0.context] } + sentences)
    }

    func line(of span: Span) -> Span? { places.first { $0.span == span }?.line }
    func context(of span: Span) -> Span? { places.first { $0.span == span }?.context }
}
