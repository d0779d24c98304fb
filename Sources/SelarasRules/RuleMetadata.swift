import SelarasCore

/// What every rule has regardless of its kind, as written in its pack file.
public struct RuleMetadata: Sendable {
    /// `<pack>.<rule>`.
    public var id: String
    public var packID: String
    public var kind: String
    public var level: Severity
    /// Template with `{match}` and `{expected}` (and kind-specific placeholders).
    public var message: String
    public var description: String
    public var link: String?
    public var scope: RuleScope
    public var examples: RuleExamples
    /// The rule file, for error messages.
    public var file: String

    public init(
        id: String, packID: String, kind: String, level: Severity, message: String, description: String,
        link: String? = nil, scope: RuleScope = .all, examples: RuleExamples = RuleExamples(), file: String = ""
    ) {
        self.id = id
        self.packID = packID
        self.kind = kind
        self.level = level
        self.message = message
        self.description = description
        self.link = link
        self.scope = scope
        self.examples = examples
        self.file = file
    }

    /// The message with `{name}` placeholders replaced; unknown placeholders stay as written.
    public func renderMessage(_ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, kind: kind, level: level, message: message, description: description, link: link)
    }
}

/// Which parts of a document a rule looks at.
public enum RuleScope: String, Sendable, CaseIterable {
    /// Everything that is checked at all (prose and headings; front matter is never checked).
    case all
    /// Prose only: not headings.
    case body
    /// Headings only (Markdown `#` lines).
    case heading
}
