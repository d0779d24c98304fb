import SelarasCore
import SelarasPacks
import SelarasRules

/// `selaras explain RULE-ID`: what a rule checks, how it reports, and its examples.
///
/// Bad examples are shown with the marked text underlined and with what the rule really says
/// about them (the rule is run on each), so the explanation can never drift from the rule.
enum ExplainCommand {
    static let flags: [FlagSpec] = [.config, .help]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras explain RULE-ID [options]",
                    summary: "Explains one rule (id as in reports, e.g. ejaan.kata-baku): description, level, kind, link, message and examples.",
                    flags: flags))
                return 0
            }
            guard parsed.positionals.count == 1, let query = parsed.positionals.first else {
                throw SelarasError(.usage, "give exactly one rule id", hint: "for example: selaras explain ejaan.kata-baku; list them with: selaras rules")
            }
            let selection = try PackSelection.resolve(packs: [], configPath: parsed.value(.config), io: io)
            let loaded = selection.load()
            let errors = loaded.flatMap(\.errors)
            if !errors.isEmpty { throw SelarasErrorList(errors) }
            let packs = loaded.compactMap(\.pack)
            let rules = CrossDraftWiring.isEnabled(packs: selection.configuration.packs)
                ? CrossDraftWiring.withCrossDraftRules(packs.flatMap(\.rules)) : packs.flatMap(\.rules)
            guard let rule = find(query, in: rules) else {
                throw unknown(query, ids: rules.map(\.metadata.id))
            }
            var options = EngineOptions(runDate: selection.configuration.date ?? LocalDate.today())
            let registry = try selection.configuration.registry.map { try RegistryLoading.load(directory: $0).registry }
            ClaimWiring.configure(&options, registry: registry)
            let engine = Engine(rules: [], registry: registry, options: options)
            let pack = packs.first { $0.id == rule.metadata.packID }
            io.standardOutput(explanation(rule, pack: pack, engine: engine, workingDirectory: io.workingDirectory))
            return 0
        } catch {
            io.report(error)
            return 2
        }
    }

    /// The rule with id `query` (`pack.rule`), or with rule part `query` when only one pack has it.
    static func find(_ query: String, in rules: [any Rule]) -> (any Rule)? {
        if let exact = rules.first(where: { $0.metadata.id == query }) { return exact }
        let bySuffix = rules.filter { $0.metadata.id.hasSuffix("." + query) }
        return bySuffix.count == 1 ? bySuffix[0] : nil
    }

    /// An error naming the nearest ids (by edit distance over the whole id or its rule part).
    static func unknown(_ query: String, ids: [String]) -> SelarasError {
        func distance(_ id: String) -> Int {
            let rulePart = id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? id
            return min(EditDistance.between(id, query), EditDistance.between(rulePart, query))
        }
        let limit = max(2, query.count / 3)
        let nearest = ids.map { ($0, distance($0)) }.filter { $0.1 <= limit }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
        let hint = nearest.isEmpty
            ? "list the rules with: selaras rules"
            : "did you mean \(nearest.map { "'\($0)'" }.joined(separator: " or "))? list the rules with: selaras rules"
        return SelarasError(.usage, "unknown rule '\(query)'", hint: hint)
    }

    static func explanation(_ rule: any Rule, pack: RulePack?, engine: Engine, workingDirectory: String) -> String {
        let metadata = rule.metadata
        var fields: [(String, String)] = [
            ("pack", pack.map { "\($0.id) (\($0.name))" } ?? metadata.packID),
            ("kind", metadata.kind),
            ("level", metadata.level.rawValue),
            ("scope", metadata.scope.rawValue),
        ]
        if let link = metadata.link { fields.append(("link", link)) }
        fields.append(("message", metadata.message))
        fields.append(("file", PackSelection.display(metadata.file, workingDirectory: workingDirectory)))
        var text = metadata.id + "\n\n" + metadata.description + "\n\n"
        for (name, value) in fields {
            text += "  " + (name + ":").padding(toLength: 10, withPad: " ", startingAt: 0) + value + "\n"
        }
        text += "\nBad examples (each marked text is flagged):\n"
        for example in metadata.examples.bad {
            text += ExampleDisplay.underlined(example.text, spans: example.expectedSpans, indent: "  ")
            if let suggestion = example.expectedSuggestion { text += "    suggestion: \(suggestion)\n" }
            let document = Document(path: "<example>", plainText: example.text)
            for finding in (try? engine.findings(of: rule, in: document)) ?? [] {
                text += "    → \(finding.message)\n"
            }
        }
        if metadata.examples.bad.isEmpty { text += "  (none)\n" }
        text += "\nGood examples (nothing is flagged):\n"
        for example in metadata.examples.good {
            text += ExampleDisplay.plain(example.text, indent: "  ")
        }
        if metadata.examples.good.isEmpty { text += "  (none)\n" }
        return text
    }
}
