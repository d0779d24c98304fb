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

    public func render(_ report: Report) -> String {
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
