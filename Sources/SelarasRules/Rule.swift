import SelarasCore

/// A rule: one kind of check, configured by data from a pack.
///
/// Rules are pure: they read the context and return findings at their default level.
/// Suppression comments, scopes and level overrides are applied by the engine.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    /// Findings in `context.document`. Throws `MatcherError` when a regex gave up; the engine
    /// turns that into a warning naming the rule and goes on with the other rules.
    func check(_ context: RuleContext) throws -> [Finding]
}

extension Rule {
    /// A finding of this rule at its default level.
    public func finding(
        span: Span, message: String, suggestions: [String] = [], evidence: Evidence? = nil,
        related: [RelatedLocation] = [], notes: [String] = []
    ) -> Finding {
        Finding(
            ruleID: metadata.id, severity: metadata.level, message: message, span: span,
            suggestions: suggestions, evidence: evidence, related: related, notes: notes)
    }
}
