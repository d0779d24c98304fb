/// One command-line flag: its name, whether it takes a value, and its help line.
///
/// Commands declare their flags as a table of these; parsing and `--help` are generated from
/// the table, so a flag cannot exist without documentation.
public struct FlagSpec: Sendable, Hashable {
    public var name: String
    /// Placeholder for the value (`FORMAT`); nil for a boolean switch.
    public var valueName: String?
    public var help: String
    /// Allowed values, checked while parsing.
    public var choices: [String]?
    public var repeatable: Bool

    public init(_ name: String, value: String? = nil, choices: [String]? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.valueName = value
        self.help = help
        self.choices = choices
        self.repeatable = repeatable
    }

    var usage: String {
        guard let valueName else { return name }
        return "\(name) \(valueName)"
    }

    // Flags shared by several commands.
    static let help = FlagSpec("--help", help: "Show this help and exit.")
    static let config = FlagSpec("--config", value: "FILE", help: "Use this selaras.json5 instead of searching upwards from the working directory.")
    static let date = FlagSpec("--date", value: "YYYY-MM-DD", help: "Check facts as of this date when a draft has no date of its own (default: the configuration's `date`, else today).")
    static let noColor = FlagSpec("--no-color", help: "Never colour the output (colour is used only on a terminal, and never under NO_COLOR).")
    static let agency = FlagSpec("--agency", value: "ID", help: "Agency of drafts that name none in front matter or configuration.")
    static let registry = FlagSpec("--registry", value: "DIR", help: "Registry directory (default: the configuration's `registry`).")
    static let force = FlagSpec("--force", help: "Overwrite an existing output file.")
}
