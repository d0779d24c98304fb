import SelarasCore

/// Turns a report into the bytes of one output format.
public protocol Reporter {
    /// The output, complete (reporters do no I/O).
    func render(_ report: Report) -> String
}
