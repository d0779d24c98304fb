import Foundation
import SelarasCore
import SelarasReport

/// `selaras report PATH... --html FILE` / `--format markdown`: the secretariat's report of a set
/// of drafts — conflicts between agencies grouped by fact, side by side with the registry's
/// value and its source, counts per agency, then every finding by file.
///
/// The HTML page is self-contained (inline CSS, no scripts, no external assets). Exit code 0
/// when the report was produced, whatever it contains (it is for reading, not for gating);
/// 2 on errors, including an existing output file without `--force`.
enum ReportCommand {
    static let html = FlagSpec("--html", value: "FILE", help: "Write the report as one self-contained HTML page to FILE.")
    static let format = FlagSpec("--format", value: "FORMAT", choices: ["markdown", "html"],
                                 help: "Print the report to standard output in this format (default: markdown when --html is not given).")
    static let title = FlagSpec("--title", value: "TEXT", help: "Title of the report (default: \"Selaras report\").")
    static let flags: [FlagSpec] = [html, format, title, .force, CheckCommand.minLevel, .config, .agency, .date, .registry, CheckCommand.baseline, .help]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras report PATH... [--html FILE [--force]] [--format markdown|html] [options]",
                    summary: "Checks the drafts together and writes the secretariat's report: conflicts between\nagencies grouped by fact with the registry's value, counts per agency, findings by file.",
                    flags: flags))
                return 0
            }
            let session = try CheckSession(parsed: parsed, io: io)
            let report = try session.run(paths: parsed.positionals.isEmpty ? ["."] : parsed.positionals)
            let heading = parsed.value(title) ?? "Selaras report"
            if let target = parsed.value(html) {
                let page = HTMLReporter(title: heading).render(report)
                try OutputFileWriting.write(page, to: target, workingDirectory: io.workingDirectory, force: parsed.has(.force))
                io.standardError("Wrote \(target): \(report.findings.count) finding(s), \(report.files.count) file(s).\n")
            }
            if parsed.value(html) == nil || parsed.value(format) != nil {
                switch parsed.value(format) ?? "markdown" {
                case "html": io.standardOutput(HTMLReporter(title: heading).render(report))
                default: io.standardOutput(MarkdownReporter().render(report))
                }
            }
            return report.diagnostics.contains { $0.level == .error } ? 2 : 0
        } catch {
            io.report(error)
            return 2
        }
    }
}
