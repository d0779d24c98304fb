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
}
