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
        if let rendered = RuleMetadata.renderBytes(message, values) { return rendered }
        return RuleMetadata.renderCharacters(message, values)
    }

    /// `renderMessage` by `Character`: the definition, used when a brace might not be a whole
    /// character of its own (see `renderBytes`).
    static func renderCharacters(_ message: String, _ values: [String: String]) -> String {
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

    /// `renderCharacters` on UTF-8 bytes, or nil when that could differ from it.
    ///
    /// Why equivalent: `renderCharacters` finds `{` and `}` as whole `Character`s. A brace whose
    /// neighbouring scalars are ASCII (or the ends of the string) is a grapheme cluster of its
    /// own — no ASCII scalar extends a cluster, and only a non-ASCII Prepend scalar can absorb
    /// the scalar after it — so it is found exactly where the byte search finds it, and the
    /// pieces copied between braces are the same bytes. Any other brace sends the message to
    /// `renderCharacters`. Searching `Character`s costs tens of thousands of instructions per
    /// message; this costs a few hundred.
    static func renderBytes(_ message: String, _ values: [String: String]) -> String? {
        var message = message
        return message.withUTF8 { bytes -> String? in
            let count = bytes.count
            for index in 0..<count where bytes[index] == 0x7B || bytes[index] == 0x7D {
                if index > 0, bytes[index - 1] >= 0x80 { return nil }
                if index + 1 < count, bytes[index + 1] >= 0x80 { return nil }
            }
            var result: [UInt8] = []
            result.reserveCapacity(count + 32)
            var position = 0
            while position < count {
                guard let open = (position..<count).first(where: { bytes[$0] == 0x7B }) else { break }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<open]))
                // No closing brace: `renderCharacters` appends the rest from `position` on,
                // repeating the text before the `{` (kept as is: messages must not change).
                guard let close = (open..<count).first(where: { bytes[$0] == 0x7D }) else { break }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
                if let value = values[name] {
                    result.append(contentsOf: value.utf8)
                } else {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                }
                position = close + 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<count]))
            return String(decoding: result, as: UTF8.self)
        }
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
