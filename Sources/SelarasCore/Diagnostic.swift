/// A message about the run itself rather than about a draft's text: a file that could not be
/// read, a binary file skipped, a regex that hit its limit, a date assumed.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Level: String, Sendable, Codable, Comparable {
        case note
        case warning
        case error

        private var rank: Int { self == .note ? 0 : (self == .warning ? 1 : 2) }
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var level: Level
    public var message: String
    public var path: String?
    public var line: Int?
    public var column: Int?

    public init(_ level: Level, _ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.level = level
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    public init(error: SelarasError) {
        self.init(.error, error.hint.map { "\(error.message) (\($0))" } ?? error.message,
                  path: error.path, line: error.line, column: error.column)
    }

    public var description: String {
        SelarasError.locationPrefix(path: path, line: line, column: column) + "\(level.rawValue): \(message)"
    }
}
