import SelarasCore

/// ANSI colour codes, or nothing when colour is off (the default: pipes and files get plain text).
struct ANSIStyle {
    var enabled: Bool

    private static let reset = "\u{1B}[0m"

    func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\(Self.reset)" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// Red errors, yellow warnings, cyan suggestions.
    func level(_ level: Severity, _ text: String) -> String {
        switch level {
        case .error: return wrap(text, "1;31")
        case .warning: return wrap(text, "1;33")
        case .suggestion: return wrap(text, "1;36")
        }
    }

    func diagnostic(_ level: Diagnostic.Level) -> String {
        switch level {
        case .error: return wrap(level.rawValue, "1;31")
        case .warning: return wrap(level.rawValue, "1;33")
        case .note: return wrap(level.rawValue, "1")
        }
    }
}
