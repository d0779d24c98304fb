import SelarasCore
import SelarasRules

/// Checks documents against rules: phase 1 per document, phase 2 across documents.
public struct Engine {
    public init() {}
}
