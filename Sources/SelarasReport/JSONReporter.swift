import SelarasCore

/// The machine-readable report, version 1 (DESIGN.md §5, a contract).
///
/// Output style: `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`;
/// keys are therefore in alphabetical order, not in the order the contract lists them. Extra
/// keys beyond the contract (compatible additions): `diagnostics` and `baseline` at the top
/// level, `verifiedAsOf` inside `evidence`.
public struct JSONReporter: Reporter {
    public static let formatVersion = 1

    public init() {}

    /// The files and findings are written by `JSONFragmentWriter` (the generic encoder costs
    /// microseconds per value), the rest by `JSONEncoder`; the bytes are the encoder's
    /// (`foundationEncoded(_:)` is the reference the tests compare with).
    public func render(_ report: Report) -> String {
        let stream = JSONReportStream(memoryLimit: Int.max)
        var start = report.findings.startIndex
        for file in report.files {
            // Findings are in report order (by path), so a file's findings are a run of them.
            var end = start
            while end < report.findings.endIndex, report.findings[end].path == file.path { end += 1 }
            let findings = Array(report.findings[start..<end])
            stream.append(file: JSONReportStream.fragment(file), fileFindings: JSONReportStream.fragment(findings), count: findings.count)
            start = end
        }
        // Findings whose path has no file entry (or out of the files' order): appended in order.
        let rest = Array(report.findings[start...])
        stream.append(file: nil, fileFindings: JSONReportStream.fragment(rest), count: rest.count)
        var output = ""
        stream.finish(report) { output += $0 }
        return output
    }

    /// The report encoded whole by `JSONEncoder`: what `render(_:)` must equal.
    static func foundationEncoded(_ report: Report) -> String {
        JSONValue.encode(Document(report: report, fileCount: report.files.count, findingCount: report.findings.count))
    }

    /// The report with its `files` and `findings` left empty but counted as given, for
    /// `JSONReportStream` to fill in.
    static func skeleton(_ report: Report, fileCount: Int, findingCount: Int) -> String {
        var header = report
        header.files = []
        header.findings = []
        return JSONValue.encode(Document(report: header, fileCount: fileCount, findingCount: findingCount))
    }

    private struct Document: Encodable {
        struct Tool: Encodable {
            var name = "selaras"
            var version: String
        }

        struct Stats: Encodable {
            var files: Int
            var findings: Int
            var claims: ClaimStats
        }

        struct BaselineCounts: Encodable {
            var suppressed: Int
            var fixed: Int
        }

        var version = JSONReporter.formatVersion
        var tool: Tool
        var files: [FileSummary]
        var findings: [ReportedFinding]
        var stats: Stats
        var diagnostics: [Diagnostic]
        var baseline: BaselineCounts?

        init(report: Report, fileCount: Int, findingCount: Int) {
            tool = Tool(version: report.toolVersion)
            files = report.files
            findings = report.findings
            stats = Stats(files: fileCount, findings: findingCount, claims: report.claims)
            diagnostics = report.diagnostics
            if report.baselineSuppressed != nil || report.baselineFixed != nil {
                baseline = BaselineCounts(suppressed: report.baselineSuppressed ?? 0, fixed: report.baselineFixed ?? 0)
            }
        }
    }
}
