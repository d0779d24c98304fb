import SelarasCore

/// One file of a streamed check, rendered by the worker that checked it.
public struct StreamedFile<Rendered: Sendable>: Sendable {
    public var summary: FileSummary?
    public var diagnostics: [Diagnostic]
    /// The file's findings as the output format writes them.
    public var rendered: Rendered
    public var levelCounts: [Severity: Int]
}
