import Foundation
import SelarasCore
import SelarasReport

/// `selaras baseline PATH... -o FILE [--force]`: records the current findings so that
/// `selaras check --baseline FILE` shows only new ones.
///
/// Findings are recorded by fingerprint (rule, file, matched text and its context), not by
/// line, so edits elsewhere in a draft keep old findings hidden.
enum BaselineCommand {
    static let output = FlagSpec("--output", value: "FILE", help: "Where to write the baseline (required; also -o).")
    static let flags: [FlagSpec] = [output, .force, .config, .agency, .date, .registry, .help]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments.map { $0 == "-o" ? "--output" : $0 }, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras baseline PATH... -o FILE [--force] [options]",
                    summary: "Records every current finding in FILE. Later, `selaras check --baseline FILE` reports\nonly findings that are not in it and counts the ones that were fixed.",
                    flags: flags))
                return 0
            }
            guard let target = parsed.value(output) else {
                throw SelarasError(.usage, "baseline needs an output file", hint: "add -o FILE, e.g. selaras baseline drafts/ -o .selaras-baseline.json")
            }
            let session = try CheckSession(parsed: parsed, io: io)
            let report = try session.run(paths: parsed.positionals.isEmpty ? ["."] : parsed.positionals)
            if report.diagnostics.contains(where: { $0.level == .error }) {
                for diagnostic in report.diagnostics where diagnostic.level == .error { io.standardError("\(diagnostic.description)\n") }
                throw SelarasError(.input, "some files could not be checked; the baseline was not written",
                                   hint: "fix the errors above and run baseline again")
            }
            let baseline = Baseline.record(report)
            try OutputFileWriting.write(baseline.encoded(), to: target, workingDirectory: io.workingDirectory, force: parsed.has(.force))
            io.standardOutput("Recorded \(baseline.entries.count) finding(s) from \(report.files.count) file(s) in \(target).\n")
            return 0
        } catch {
            io.report(error)
            return 2
        }
    }
}
