import SelarasCore

/// Turns a report into the bytes of one output format.
///
/// Reporters are pure and deterministic: the same report gives the same text, byte for byte
/// (no timestamps, no dictionary order), so outputs can be golden-tested and diffed in CI.
public protocol Reporter: Sendable {
    /// The output, complete (reporters do no I/O).
    func render(_ report: Report) -> String
}

/// The output formats `selaras check --format` and `selaras report --format` accept.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    case github
    case markdown
    case html

    /// A reporter for this format. `useColor` only affects `text` (the CLI decides it from
    /// `isatty` and `NO_COLOR`).
    public func reporter(useColor: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(useColor: useColor)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter()
        case .html: return HTMLReporter()
        }
    }
}

/// Small wording helpers shared by the human-readable reporters.
enum Wording {
    /// `1 error`, `2 errors`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// Levels from most to least severe, the order summaries list them in.
    static let levelsBySeverity: [Severity] = [.error, .warning, .suggestion]

    /// `path:line:column`.
    static func location(_ path: String, _ line: Int, _ column: Int) -> String {
        "\(path):\(line):\(column)"
    }

    /// Number of Unicode scalars, the unit of report columns.
    static func scalarCount(_ text: String) -> Int { text.unicodeScalars.count }
}
