import SelarasCore

/// The shared, dated and sourced facts every draft is checked against. Every question is asked
/// "as of a date".
public struct FactRegistry: Sendable {
    /// Directory the registry was loaded from.
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }
}
