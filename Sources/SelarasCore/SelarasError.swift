/// Every error a user can cause: usage, configuration, pack, registry, input.
///
/// Its description is `path:line:column: message` followed by what to do, the form editors and
/// CI logs turn into links. Internal failures are not `SelarasError`s.
public struct SelarasError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case usage
        case configuration
        case pack
        case registry
        case input
        case regex
    }

    public var code: Code
    public var message: String
    public var path: String?
    public var line: Int?
    public var column: Int?
    /// What the user should do about it.
    public var hint: String?

    public init(
        _ code: Code, _ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil,
        hint: String? = nil
    ) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint
    }

    /// `path:line:column: ` (the known parts), or nothing without a path.
    public static func locationPrefix(path: String?, line: Int?, column: Int?) -> String {
        guard let path else { return "" }
        var prefix = path
        if let line {
            prefix += ":\(line)"
            if let column { prefix += ":\(column)" }
        }
        return prefix + ": "
    }

    /// `path:line:column: message (hint)`, leaving out the parts that are unknown.
    public var description: String {
        var text = SelarasError.locationPrefix(path: path, line: line, column: column) + message
        if let hint, !hint.isEmpty { text += " (\(hint))" }
        return text
    }
}
