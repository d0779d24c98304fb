import SelarasCore
import SelarasRules

/// A loaded rule pack: its manifest and its rules, ready to run.
public struct RulePack: Sendable {
    public var id: String
    public var name: String
    public var version: String
    public var description: String
    /// Language of the texts the pack checks (`id` for Indonesian).
    public var language: String
    public var maintainer: String
    /// The pack directory as given to the loader.
    public var directory: String
    /// The rules in file-name order; each rule's id is `<pack>.<rule>`.
    public var rules: [any Rule]
    /// The date the pack's examples are written for (`examples.date` in pack.json5): rules that
    /// judge facts "as of a date" need one to test their examples reproducibly.
    public var examplesDate: LocalDate?
    /// The registry the examples are written against (`examples.registry`, resolved to an absolute path).
    public var examplesRegistry: String?

    public init(
        id: String, name: String, version: String, description: String, language: String, maintainer: String,
        directory: String, rules: [any Rule]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.language = language
        self.maintainer = maintainer
        self.directory = directory
        self.rules = rules
    }

    /// What reporters need to know about each rule.
    public var descriptors: [RuleDescriptor] { rules.map(\.metadata.descriptor) }
}

/// The outcome of loading one pack: every problem found, and what could be loaded.
///
/// `pack` is nil only when the manifest itself could not be read; otherwise it holds the rules
/// that loaded cleanly. A pack with any error must not be used for checking: `isValid` says so.
public struct PackLoadResult: Sendable {
    public var pack: RulePack?
    /// Every problem, in file order (manifest first, then rule files by name).
    public var errors: [SelarasError]

    public init(pack: RulePack?, errors: [SelarasError]) {
        self.pack = pack
        self.errors = errors
    }

    public var isValid: Bool { pack != nil && errors.isEmpty }
}

/// The manifest `pack.json5`.
struct PackManifest: Decodable {
    var schema: String?
    var id: String
    var name: String
    var version: String
    var description: String
    var language: String
    var maintainer: String
    var rules: [String]
    var examples: PackExampleSettings?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema = "$schema", id, name, version, description, language, maintainer, rules, examples
    }
}

/// `examples` in pack.json5: what the pack's rule examples are tested against.
struct PackExampleSettings: Decodable {
    var date: String?
    var registry: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case date, registry }
}

/// One rule file, before its kind builds it.
struct RuleFile: Decodable {
    var schema: String?
    var id: String
    var kind: String
    var level: String
    var message: String
    var description: String
    var link: String?
    var scope: String?
    var params: JSON5Value?
    var examples: RuleFileExamples

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema = "$schema", id, kind, level, message, description, link, scope, params, examples
    }
}

/// `examples`: the entries stay raw so each can be checked at its own position.
struct RuleFileExamples: Decodable {
    var bad: [JSON5Value]?
    var good: [JSON5Value]?

    enum CodingKeys: String, CodingKey, CaseIterable { case bad, good }
}

/// A bad example written as an object.
struct BadExampleEntry: Decodable {
    var text: String
    var suggestion: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case text, suggestion }
}

/// A good example written as an object.
struct GoodExampleEntry: Decodable {
    var text: String

    enum CodingKeys: String, CodingKey, CaseIterable { case text }
}

/// Several errors thrown as one (e.g. every unknown key of a rule's `params`).
struct SelarasErrorGroup: Error {
    var errors: [SelarasError]
}
