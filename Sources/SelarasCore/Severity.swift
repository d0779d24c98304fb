/// How serious a finding is. Ordered: `suggestion < warning < error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case suggestion
    case warning
    case error

    private var rank: Int {
        switch self {
        case .suggestion: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var description: String { rawValue }

    /// Parses a level as written in packs, configuration and on the command line.
    public init?(parsing text: String) {
        self.init(rawValue: text.lowercased())
    }
}
