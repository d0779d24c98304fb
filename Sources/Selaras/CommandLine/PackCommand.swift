import Foundation
import SelarasCore
import SelarasPacks
import SelarasRegistry
import SelarasRules

/// `selaras pack test|check [PACK...]`: for pack authors.
///
/// `check` loads and validates (exit 0 clean, 2 on any error); `test` also runs every rule's
/// examples through the engine (exit 0 all pass, 1 an example fails, 2 a pack does not load).
enum PackCommand {
    static let flags: [FlagSpec] = [.textOrJSON, .config, .date, .registry, .help]

    static let summary = """
        test   runs every rule's examples: each bad example must flag exactly its «marked» text
               (and give the marked suggestion), each good example nothing. Exit 0 all pass,
               1 an example fails, 2 a pack does not load.
        check  loads and validates the packs without running examples. Exit 0 clean, 2 errors.
        PACK is a directory holding pack.json5 or a built-in pack id; with none, the packs of
        selaras.json5, else the built-in packs.
        """

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        let usage = "selaras pack test|check [PACK...] [options]"
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            guard let action = parsed.positionals.first, !parsed.has(.help) else {
                let help = ParsedArguments.help(usage: usage, summary: summary, flags: flags)
                if parsed.has(.help) { io.standardOutput(help); return 0 }
                io.standardError("selaras pack: say 'test' or 'check'\n\n" + help)
                return 2
            }
            let json = parsed.value(.textOrJSON) == "json"
            let selection = try PackSelection.resolve(packs: Array(parsed.positionals.dropFirst()),
                                                      configPath: parsed.value(.config), io: io)
            switch action {
            case "check":
                return check(selection, json: json, io: io)
            case "test":
                let date = try referenceDate(parsed, selection.configuration)
                let registry = try loadRegistry(parsed, selection, io: io)
                return test(selection, date: date, registry: registry, json: json, io: io)
            default:
                let hint = EditDistance.between(action, "test") <= EditDistance.between(action, "check") ? "test" : "check"
                throw SelarasError(.usage, "unknown pack command '\(action)'", hint: "did you mean 'selaras pack \(hint)'?")
            }
        } catch {
            io.report(error)
            return 2
        }
    }

    // MARK: check

    static func check(_ selection: PackSelection, json: Bool, io: CommandIO) -> Int32 {
        let loaded = selection.load()
        let errors = loaded.flatMap(\.errors)
        let ruleCount = loaded.reduce(0) { $0 + ($1.pack?.rules.count ?? 0) }
        if json {
            io.standardOutput(CommandJSON.render([
                "version": 1,
                "packs": loaded.map { packJSON($0) },
                "errors": errors.map(CommandJSON.error),
            ]))
        } else {
            for error in errors { io.standardError("\(error)\n") }
            let status = errors.isEmpty ? "ok" : "\(errors.count) error(s)"
            io.standardOutput("pack check: \(loaded.count) pack(s), \(ruleCount) rule(s) loaded: \(status)\n")
        }
        return errors.isEmpty ? 0 : 2
    }

    static func packJSON(_ loaded: LoadedPack) -> [String: Any] {
        var entry: [String: Any] = ["directory": loaded.entry.displayDirectory, "valid": loaded.errors.isEmpty]
        if let pack = loaded.pack {
            entry["id"] = pack.id
            entry["rules"] = pack.rules.count
        }
        return entry
    }

    // MARK: test

    static func test(_ selection: PackSelection, date: LocalDate, registry: FactRegistry?, json: Bool, io: CommandIO) -> Int32 {
        let loaded = selection.load()
        let errors = loaded.flatMap(\.errors)
        if !errors.isEmpty {
            if json {
                io.standardOutput(CommandJSON.render(["version": 1, "packs": loaded.map { packJSON($0) },
                                                      "errors": errors.map(CommandJSON.error)]))
            } else {
                for error in errors { io.standardError("\(error)\n") }
                io.standardError("selaras: error: the pack does not load; fix the errors above (see: selaras pack check)\n")
            }
            return 2
        }
        var testing = PackExampleTesting(defaultDate: date, defaultRegistry: registry)
        var results: [(pack: RulePack, rule: any Rule, result: RuleTestResult)] = []
        for pack in loaded.compactMap(\.pack) {
            let tester: PackTester
            do {
                tester = try testing.tester(for: pack)
            } catch {
                io.report(error)
                return 2
            }
            for rule in pack.rules {
                results.append((pack, rule, tester.test(rule)))
            }
        }
        let failed = results.filter { !$0.result.passed }.count
        if json {
            io.standardOutput(CommandJSON.render([
                "version": 1,
                "date": date.description,
                "packs": loaded.map { packJSON($0) },
                "rules": results.map { ruleJSON($0.rule, $0.result, selection) },
                "passed": results.count - failed,
                "failed": failed,
            ]))
        } else {
            var text = ""
            for (_, rule, result) in results {
                let examples = rule.metadata.examples
                if result.passed {
                    text += "PASS  \(result.ruleID)  (\(examples.bad.count) bad, \(examples.good.count) good)\n"
                    continue
                }
                text += "FAIL  \(result.ruleID)  \(PackSelection.display(result.file, workingDirectory: selection.workingDirectory))\n"
                for failure in shownFailures(result) {
                    text += failure.description.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "      " + $0 }.joined(separator: "\n") + "\n"
                }
            }
            text += "pack test: \(results.count) rule(s), \(results.count - failed) passed, \(failed) failed\n"
            io.standardOutput(text)
        }
        return failed == 0 ? 0 : 1
    }

    /// The failures worth showing: a multibyte-prefix failure only when the same example passed plainly
    /// (otherwise it repeats the plain failure shifted by a few bytes).
    static func shownFailures(_ result: RuleTestResult) -> [RuleTestFailure] {
        let plainFailed = Set(result.failures.filter { $0.variant == .plain }.compactMap(\.example))
        return result.failures.filter { failure in
            failure.variant == .plain || failure.example.map { !plainFailed.contains($0) } ?? true
        }
    }

    static func ruleJSON(_ rule: any Rule, _ result: RuleTestResult, _ selection: PackSelection) -> [String: Any] {
        [
            "id": result.ruleID,
            "file": PackSelection.display(result.file, workingDirectory: selection.workingDirectory),
            "passed": result.passed,
            "bad": rule.metadata.examples.bad.count,
            "good": rule.metadata.examples.good.count,
            "failures": shownFailures(result).map { failure -> [String: Any] in
                var entry: [String: Any] = ["variant": failure.variant.rawValue, "message": failure.message]
                if let example = failure.example { entry["example"] = example.raw }
                return entry
            },
        ]
    }

    // MARK: inputs

    /// `--date`, else the configuration's `date`, else today: what dated rules check examples against.
    static func referenceDate(_ parsed: ParsedArguments, _ configuration: Configuration) throws -> LocalDate {
        if let written = parsed.value(.date) {
            guard let date = LocalDate(iso: written) else {
                throw SelarasError(.usage, "--date '\(written)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2025-06-10")
            }
            return date
        }
        return configuration.date ?? LocalDate.today()
    }

    /// `--registry`, else the configuration's registry, else none: claim-based rules check their examples against it.
    static func loadRegistry(_ parsed: ParsedArguments, _ selection: PackSelection, io: CommandIO) throws -> FactRegistry? {
        let path = parsed.value(.registry).map { PackSelection.absolute($0, base: io.workingDirectory) } ?? selection.configuration.registry
        guard let path else { return nil }
        let loaded = try RegistryLoading.load(directory: path)
        for diagnostic in loaded.diagnostics where diagnostic.level == .error {
            throw SelarasError(.registry, diagnostic.message, path: diagnostic.path, line: diagnostic.line,
                               hint: "fix the registry first (selaras registry check)")
        }
        return loaded.registry
    }
}
