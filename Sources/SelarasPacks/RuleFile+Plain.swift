extension RuleFile {
    /// The rule file read straight from the tree when decoding it would find nothing to say:
    /// only known keys; `id`, `kind`, `level`, `message`, `description` strings; `$schema`,
    /// `link`, `scope` strings or null (or absent); `params` anything (null is none);
    /// `examples` an object with at most `bad` and `good`, each a list or null. That is what
    /// `JSON5TreeDecoder` returns for such a file, with no error — without Codable's run-time
    /// cost (generic metadata and conformance look-ups for every container). Any other file
    /// gives nil and is decoded, so every message comes from the decoder as before.
    init?(plain root: JSON5Value) {
        guard case .object(let members) = root.content else { return nil }
        var schema: String?, id: String?, kind: String?, level: String?, message: String?, description: String?
        var link: String?, scope: String?, params: JSON5Value?, examples: RuleFileExamples?
        for member in members {
            let value = member.value
            switch member.key {
            case "$schema": guard Self.optionalString(value, into: &schema) else { return nil }
            case "id": id = value.stringValue
            case "kind": kind = value.stringValue
            case "level": level = value.stringValue
            case "message": message = value.stringValue
            case "description": description = value.stringValue
            case "link": guard Self.optionalString(value, into: &link) else { return nil }
            case "scope": guard Self.optionalString(value, into: &scope) else { return nil }
            case "params": if case .null = value.content { params = nil } else { params = value }
            case "examples": examples = RuleFileExamples(plain: value)
            default: return nil
            }
        }
        guard let id, let kind, let level, let message, let description, let examples else { return nil }
        self.init(schema: schema, id: id, kind: kind, level: level, message: message, description: description,
                  link: link, scope: scope, params: params, examples: examples)
    }

    /// A string or null (nil); false for any other value.
    static func optionalString(_ value: JSON5Value, into target: inout String?) -> Bool {
        switch value.content {
        case .string(let text): target = text
        case .null: target = nil
        default: return false
        }
        return true
    }
}

extension RuleFileExamples {
    /// `examples` read straight from the tree when it decodes without a word (see `RuleFile.init(plain:)`).
    init?(plain value: JSON5Value) {
        guard case .object(let members) = value.content else { return nil }
        var bad: [JSON5Value]?, good: [JSON5Value]?
        for member in members {
            let list: [JSON5Value]?
            switch member.value.content {
            case .array(let items): list = items
            case .null: list = nil
            default: return nil
            }
            switch member.key {
            case "bad": bad = list
            case "good": good = list
            default: return nil
            }
        }
        self.init(bad: bad, good: good)
    }
}

extension PackManifest {
    /// The manifest read straight from the tree when decoding it would find nothing to say
    /// (as `RuleFile.init(plain:)`): only known keys; `id`, `name`, `version`, `description`,
    /// `language`, `maintainer` strings; `rules` a list of strings; `$schema` a string or null;
    /// `examples` null or an object with at most `date` and `registry`, each a string or null.
    init?(plain root: JSON5Value) {
        guard case .object(let members) = root.content else { return nil }
        var schema: String?, id: String?, name: String?, version: String?, description: String?
        var language: String?, maintainer: String?, rules: [String]?, examples: PackExampleSettings?
        for member in members {
            let value = member.value
            switch member.key {
            case "$schema": guard RuleFile.optionalString(value, into: &schema) else { return nil }
            case "id": id = value.stringValue
            case "name": name = value.stringValue
            case "version": version = value.stringValue
            case "description": description = value.stringValue
            case "language": language = value.stringValue
            case "maintainer": maintainer = value.stringValue
            case "rules":
                guard let items = value.arrayValue else { return nil }
                var patterns: [String] = []
                for item in items {
                    guard let pattern = item.stringValue else { return nil }
                    patterns.append(pattern)
                }
                rules = patterns
            case "examples":
                if case .null = value.content { examples = nil; continue }
                guard case .object(let settings) = value.content else { return nil }
                var date: String?, registry: String?
                for setting in settings {
                    switch setting.key {
                    case "date": guard RuleFile.optionalString(setting.value, into: &date) else { return nil }
                    case "registry": guard RuleFile.optionalString(setting.value, into: &registry) else { return nil }
                    default: return nil
                    }
                }
                examples = PackExampleSettings(date: date, registry: registry)
            default: return nil
            }
        }
        guard let id, let name, let version, let description, let language, let maintainer, let rules else { return nil }
        self.init(schema: schema, id: id, name: name, version: version, description: description, language: language,
                  maintainer: maintainer, rules: rules, examples: examples)
    }
}
