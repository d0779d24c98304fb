import SelarasCore
import SelarasPacks
import SelarasRegistry
import SelarasRules
import SelarasText

/// Runs rule examples the way `selaras check` would run the rule: through the engine, with
/// claims, suppression comments and scopes, as of the date and against the registry the pack's
/// examples are written for (`examples` in pack.json5), else the run's defaults.
public struct PackExampleTesting {
    public var defaultDate: LocalDate
    public var defaultRegistry: FactRegistry?
    private var registries: [String: FactRegistry] = [:]

    public init(defaultDate: LocalDate, defaultRegistry: FactRegistry?) {
        self.defaultDate = defaultDate
        self.defaultRegistry = defaultRegistry
    }

    /// The date a pack's examples are tested as of.
    public func date(for pack: RulePack) -> LocalDate { pack.examplesDate ?? defaultDate }

    /// A tester for one pack's rules; loads (once) the registry the pack names.
    public mutating func tester(for pack: RulePack) throws -> PackTester {
        var registry = defaultRegistry
        if let path = pack.examplesRegistry {
            if registries[path] == nil { registries[path] = try RegistryLoading.load(directory: path).registry }
            registry = registries[path]
        }
        let date = date(for: pack)
        var options = EngineOptions(runDate: date)
        ClaimWiring.configure(&options, registry: registry, activeKinds: Set(pack.rules.map(\.metadata.kind)))
        let engine = Engine(rules: [], registry: registry, options: options)
        return PackTester(
            referenceDate: date,
            check: { rule, document in try engine.findings(of: rule, in: document) },
            makeDocument: PackExampleTesting.document(from:))
    }

    /// An example as a Markdown draft: masked, with headings and suppression comments.
    @Sendable static func document(from text: String) -> Document {
        if case .loaded(let document, _) = DocumentLoader.load(bytes: Array(text.utf8), path: "<example>.md") { return document }
        return Document(path: "<example>", plainText: text)
    }
}
