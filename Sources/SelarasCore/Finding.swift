/// One problem a rule found in one document.
///
/// Rules emit findings at their rule's default level; the engine applies suppression comments
/// and level overrides afterwards, so rules stay pure.
public struct Finding: Sendable, Hashable {
    /// Full rule id, `<pack>.<rule>`.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// What is flagged, as bytes of the document.
    public var span: Span
    /// Replacement texts, best first; empty when there is no mechanical fix.
    public var suggestions: [String]
    /// Set when a registry fact decided the finding.
    public var evidence: Evidence?
    /// Other places involved (other drafts for cross-draft conflicts).
    public var related: [RelatedLocation]
    /// Extra explanation lines shown under the finding.
    public var notes: [String]

    public init(
        ruleID: String, severity: Severity, message: String, span: Span,
        suggestions: [String] = [], evidence: Evidence? = nil, related: [RelatedLocation] = [],
        notes: [String] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.span = span
        self.suggestions = suggestions
        self.evidence = evidence
        self.related = related
        self.notes = notes
    }
}
