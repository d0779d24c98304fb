import SelarasCore
import SelarasText

/// A document after phase 1, handed to `CrossDraftComparator.keep` by the worker that checked it
/// and then dropped: phase 2 keeps a `KeptDraft`, never this.
///
/// `document.text` equals `document.source` here (the engine builds it without the masked
/// text), so the cross-draft statements read the text as written.
public struct CheckedDraft: Sendable {
    public var document: Document
    public var claims: ClaimSet
    public var policy: FilePolicy
    public var referenceDate: LocalDate

    public init(document: Document, claims: ClaimSet, policy: FilePolicy, referenceDate: LocalDate) {
        self.document = document
        self.claims = claims
        self.policy = policy
        self.referenceDate = referenceDate
    }
}
