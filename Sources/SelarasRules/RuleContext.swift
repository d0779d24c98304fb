import SelarasCore
import SelarasRegistry
import SelarasText

/// Everything a rule may look at while checking one document.
public struct RuleContext: Sendable {
    public var document: Document
    /// The date facts are checked as of: the document's own date, else the run's.
    public var referenceDate: LocalDate
    public var registry: FactRegistry?
    /// Claims of the document; empty unless some enabled rule needs claims.
    public var claims: ClaimSet

    public init(document: Document, referenceDate: LocalDate, registry: FactRegistry? = nil, claims: ClaimSet = ClaimSet()) {
        self.document = document
        self.referenceDate = referenceDate
        self.registry = registry
        self.claims = claims
    }
}
