import Foundation
import SelarasCore
import SelarasReport

/// `selaras check [PATH|-]...`: the command PR staff and CI run.
enum CheckCommand {
    static let format = FlagSpec("--format", value: "FORMAT", choices: ReportFormat.allCases.map(\.rawValue),
                                 help: "Output format (default: text).")
    static let failOn = FlagSpec("--fail-on", value: "LEVEL", choices: Severity.allCases.map(\.rawValue),
                                 help: "Exit 1 when a finding is at or above this level (default: configuration's failOn, else error).")
    static let minLevel = FlagSpec("--min-level", value: "LEVEL", choices: Severity.allCases.map(\.rawValue),
                                   help: "Report only findings at or above this level (default: suggestion).")
    static let baseline = FlagSpec("--baseline", value: "FILE", help: "Report only findings that are not in this baseline file; count the fixed ones.")
    static let flags: [FlagSpec] = [
        format, failOn, minLevel, .config, .agency, .date, .registry, baseline, .noColor, .help,
    ]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras check [PATH|-]... [options]",
                    summary: "Checks drafts against the configured rule packs and fact registry.\nWith no PATH, checks the current directory.",
                    flags: flags))
                return 0
            }
            let paths = parsed.positionals.isEmpty ? ["."] : parsed.positionals
            var session = try CheckSession(parsed: parsed, io: io, paths: paths)
            let output = ReportFormat(rawValue: parsed.value(format) ?? "text") ?? .text
            let color = output == .text && ReportRendering.useColor(io: io, noColorFlag: parsed.has(.noColor))
            session.engine.options.computesFingerprints = session.needsFingerprints(output)
            if session.canStream(output) {
                let code = session.runStreaming(paths: paths, format: output, useColor: color)
                io.exitWithoutTeardown?(code)
                return code
            }
            let report = try session.run(paths: paths)
            io.standardOutput(output.reporter(useColor: color).render(report))
            if output == .github { try ReportRendering.writeJobSummary(report, io: io) }
            let code = session.exitCode(for: report)
            io.exitWithoutTeardown?(code)
            return code
        } catch {
            io.report(error)
            return 2
        }
    }
}

