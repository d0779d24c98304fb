import Foundation
import SelarasCore
import SelarasReport

/// Decisions about output that depend on the environment rather than on the report.
enum ReportRendering {
    /// Colour only on a terminal, never under `NO_COLOR` (any value, per no-color.org) or `--no-color`.
    static func useColor(io: CommandIO, noColorFlag: Bool) -> Bool {
        if noColorFlag || io.environment["NO_COLOR"] != nil { return false }
        if io.environment["TERM"] == "dumb" { return false }
        return io.outputIsTerminal
    }

    /// With `--format github`, appends the Markdown job summary to `$GITHUB_STEP_SUMMARY` when set.
    static func writeJobSummary(_ report: Report, io: CommandIO) throws {
        guard let path = io.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        let summary = GitHubReporter().renderJobSummary(report)
        guard let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else {
            throw SelarasError(.input, "cannot write the job summary", path: path)
        }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        handle.write(Data(summary.utf8))
    }
}
