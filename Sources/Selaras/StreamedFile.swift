import SelarasCore

/// One file of a streamed check, rendered by the worker that checked it.
public struct StreamedFile<Rendered: Sendable>: Sendable {
    /// The file's place in report order: the number of files handed on before it. A file
    /// handed on again (revised by the cross-draft comparison) keeps its position.
    public var position: Int
    public var summary: FileSummary?
    public var diagnostics: [Diagnostic]
    /// The file's findings as the output format writes them.
    public var rendered: Rendered
    public var levelCounts: [Severity: Int]
}
