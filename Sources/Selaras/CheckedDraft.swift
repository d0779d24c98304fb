import SelarasCore
import SelarasText

/// A document after phase 1, kept for the cross-draft comparison of phase 2.
public struct CheckedDraft: Sendable {
    public var document: Document
    public var claims: ClaimSet
    public var policy: FilePolicy
    public var referenceDate: LocalDate
}
