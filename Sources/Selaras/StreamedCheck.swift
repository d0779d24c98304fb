import SelarasCore

/// What a streamed check leaves once every file's findings have been handed on: the totals a
/// report's header and summary need, without the findings themselves.
public struct StreamedCheck: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var fileCount = 0
    public var findingCount = 0
    public var claims = ClaimStats()
    /// Findings per level, for the summary line and the exit code.
    public var levelCounts: [Severity: Int] = [:]

    public init() {}

    /// A report with these totals and no findings or files, for reporters' headers and summaries.
    public func headerReport(toolVersion: String) -> Report {
        Report(toolVersion: toolVersion, diagnostics: diagnostics, claims: claims)
    }
}
