import SelarasCore
import SelarasText

/// A document after phase 1, kept for the cross-draft comparison of phase 2.
///
/// The engine keeps drafts only when `EngineOptions.crossDraft` is set, and then without the
/// masked text: `document.text` equals `document.source` here (use `source` for locations).
public struct CheckedDraft: Sendable {
    public var document: Document
    public var claims: ClaimSet
    public var policy: FilePolicy
    public var referenceDate: LocalDate
    /// The draft's statements for each cross-draft rule (in `CrossDraftComparator.rules` order),
    /// taken in phase 1 by `CrossDraftComparator.prepare`, which then drops `claims`.
    var statements: [[CrossDraftStatement]]?

    /// Keeps `claims` without their text analysis: phase 2 reads claims only, and every kept
    /// draft's tokens would hold the whole corpus in memory.
    public init(document: Document, claims: ClaimSet, policy: FilePolicy, referenceDate: LocalDate) {
        var slim = claims
        slim.analysis = nil
        self.document = document
        self.claims = slim
        self.policy = policy
        self.referenceDate = referenceDate
    }
}
