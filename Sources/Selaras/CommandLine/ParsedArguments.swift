import SelarasCore

/// The result of parsing one command's arguments against its flag table.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var switches: Set<String> = []

    public func has(_ flag: FlagSpec) -> Bool { switches.contains(flag.name) || values[flag.name] != nil }
    public func value(_ flag: FlagSpec) -> String? { values[flag.name]?.last }
    public func values(_ flag: FlagSpec) -> [String] { values[flag.name] ?? [] }

    /// Parses `--flag`, `--flag value`, `--flag=value`; `--` ends flags; `-` is a positional (stdin).
    public static func parse(_ arguments: [String], flags: [FlagSpec]) throws(SelarasError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var flagsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if flagsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" { flagsEnded = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = flags.first(where: { $0.name == name }) else {
                let known = flags.map(\.name)
                let near = known.min { EditDistance.between($0, name) < EditDistance.between($1, name) }
                let hint = near.map { EditDistance.between($0, name) <= 3 ? "did you mean \($0)?" : "see --help" } ?? "see --help"
                throw SelarasError(.usage, "unknown option '\(name)'", hint: hint)
            }
            guard spec.valueName != nil else {
                if inlineValue != nil { throw SelarasError(.usage, "option '\(name)' takes no value") }
                result.switches.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw SelarasError(.usage, "option '\(name)' needs a value (\(spec.valueName!))")
                }
                value = arguments[index]
                index += 1
            }
            if let choices = spec.choices, !choices.contains(value) {
                throw SelarasError(.usage, "'\(value)' is not a valid value for \(name)", hint: "choose one of: \(choices.joined(separator: ", "))")
            }
            if !spec.repeatable, result.values[spec.name] != nil {
                throw SelarasError(.usage, "option '\(name)' given twice")
            }
            result.values[spec.name, default: []].append(value)
        }
        return result
    }

    /// Help text generated from the flag table.
    public static func help(usage: String, summary: String, flags: [FlagSpec]) -> String {
        var lines = ["Usage: \(usage)", "", summary, "", "Options:"]
        let width = (flags.map { $0.usage.count }.max() ?? 0) + 2
        for flag in flags {
            let padded = flag.usage + String(repeating: " ", count: max(1, width - flag.usage.count))
            var help = flag.help
            if let choices = flag.choices { help += " [\(choices.joined(separator: "|"))]" }
            lines.append("  \(padded)\(help)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
