import SelarasCore

/// Every claim extracted from one document. Extraction is costly, so the engine runs it only
/// when an enabled rule needs claims (`RuleKind.needsClaims`).
///
/// Filled in by the claim extractors (figures, dates, citations, officials, agencies).
public struct ClaimSet: Sendable {
    public init() {}
}
