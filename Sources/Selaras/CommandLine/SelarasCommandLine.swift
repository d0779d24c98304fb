import SelarasCore

/// The `selaras` command line: dispatches to one command and returns the exit code.
///
/// Exit codes (contract): 0 nothing at or above `--fail-on`; 1 findings at or above it;
/// 2 usage, configuration, pack, registry or input error.
public enum SelarasCommandLine {
    public static let usage = """
    selaras \(SelarasVersion.current) — consistency checker for government press releases

    Usage:
      selaras check [PATH|-]... [options]     Check drafts (directories are walked for .txt/.md)
      selaras baseline PATH... -o FILE        Record current findings so later checks show only new ones
      selaras report PATH... --html FILE      Report conflicts across agencies for the secretariat
      selaras pack test|check [PACK...]       Test a pack's examples / validate packs
      selaras registry check|lookup ...       Validate the fact registry / look facts up
      selaras rules                           List every loaded rule
      selaras explain RULE-ID                 Explain a rule with its examples
      selaras init [DIR]                      Write a starter configuration, registry and pack
      selaras --version | --help

    Run 'selaras COMMAND --help' for a command's options.

    """

    public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        guard let command = arguments.first else {
            io.standardOutput(usage)
            return 0
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "--version", "version":
            io.standardOutput("selaras \(SelarasVersion.current)\n")
            return 0
        case "--help", "-h", "help":
            io.standardOutput(usage)
            return 0
        case "check":
            return CheckCommand.run(rest, io: io)
        case "registry":
            return RegistryCommand.run(rest, standardOutput: io.standardOutput, standardError: io.standardError)
        default:
            if let extra = extraCommands[command] { return extra(rest, io) }
            let known = ["check", "baseline", "report", "pack", "registry", "rules", "explain", "init"]
            let near = known.min { EditDistance.between($0, command) < EditDistance.between($1, command) } ?? "check"
            io.standardError("selaras: error: unknown command '\(command)' (did you mean '\(near)'? see selaras --help)\n")
            return 2
        }
    }

    /// Commands added in their own files (pack, rules, explain, init, baseline, report).
    static var extraCommands: [String: @Sendable ([String], CommandIO) -> Int32] {
        [
            "pack": PackCommand.run,
            "rules": RulesCommand.run,
            "explain": ExplainCommand.run,
            "init": InitCommand.run,
            "baseline": BaselineCommand.run,
            "report": ReportCommand.run,
        ]
    }
}
