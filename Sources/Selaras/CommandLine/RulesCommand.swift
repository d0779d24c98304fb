import SelarasCore
import SelarasPacks
import SelarasRules

/// `selaras rules [PACK...]`: every loaded rule with its pack, kind and level.
enum RulesCommand {
    static let flags: [FlagSpec] = [.textOrJSON, .config, .help]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras rules [PACK...] [options]",
                    summary: "Lists every rule of the configured packs (or of the given PACKs), with pack, kind and level.",
                    flags: flags))
                return 0
            }
            let rules = try loadRules(packs: parsed.positionals, configPath: parsed.value(.config), io: io)
            if parsed.value(.textOrJSON) == "json" {
                io.standardOutput(CommandJSON.render([
                    "version": 1,
                    "rules": rules.map { rule -> [String: Any] in
                        let metadata = rule.metadata
                        var entry: [String: Any] = [
                            "id": metadata.id, "pack": metadata.packID, "kind": metadata.kind,
                            "level": metadata.level.rawValue, "scope": metadata.scope.rawValue,
                            "description": metadata.description, "message": metadata.message,
                        ]
                        if let link = metadata.link { entry["link"] = link }
                        return entry
                    },
                ]))
            } else {
                io.standardOutput(table(rules))
            }
            return 0
        } catch {
            io.report(error)
            return 2
        }
    }

    /// The rules of the selected packs; any load error is thrown (all of them together).
    /// Without PACK arguments the built-in cross-draft rules are listed too, as `check` runs them.
    static func loadRules(packs: [String], configPath: String?, io: CommandIO) throws -> [any Rule] {
        let selection = try PackSelection.resolve(packs: packs, configPath: configPath, io: io)
        let loaded = selection.load()
        let errors = loaded.flatMap(\.errors)
        if !errors.isEmpty { throw SelarasErrorList(errors) }
        let rules = loaded.compactMap(\.pack).flatMap(\.rules)
        let crossDraft = packs.isEmpty && CrossDraftWiring.isEnabled(packs: selection.configuration.packs)
        return crossDraft ? CrossDraftWiring.withCrossDraftRules(rules) : rules
    }

    /// Aligned columns: RULE, PACK, KIND, LEVEL, DESCRIPTION (the last one unpadded).
    static func table(_ rules: [any Rule]) -> String {
        let rows = [["RULE", "PACK", "KIND", "LEVEL", "DESCRIPTION"]] + rules.map { rule in
            let metadata = rule.metadata
            return [metadata.id, metadata.packID, metadata.kind, metadata.level.rawValue, metadata.description]
        }
        var widths = [Int](repeating: 0, count: 4)
        for row in rows {
            for column in 0..<4 { widths[column] = max(widths[column], row[column].count) }
        }
        var text = ""
        for row in rows {
            var line = ""
            for column in 0..<4 {
                line += row[column] + String(repeating: " ", count: widths[column] - row[column].count + 2)
            }
            text += line + row[4] + "\n"
        }
        return text + "\(rules.count) rule(s)\n"
    }
}
