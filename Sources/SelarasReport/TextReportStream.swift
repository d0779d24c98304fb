import SelarasCore

/// Writes the same bytes as `TextReporter` while a check is still running, one file's findings'
/// blocks (`TextReporter.renderFindings`) at a time, in report order.
///
/// Without `holdsOutput` the blocks go out as they come (in parts of about 64 KiB), so a long
/// run shows its findings early. With it, nothing is written before `finish`: the blocks wait
/// in `SpilledPieces` (memory, then a temporary file) so that a cross-draft comparison can
/// still replace the blocks of the files it adds findings to.
public final class TextReportStream {
    private let reporter: TextReporter
    private let write: (String) -> Void
    private let held: SpilledPieces?
    private var pending = ""
    private var wroteFindings = false

    public init(reporter: TextReporter, holdsOutput: Bool, memoryLimit: Int = 1 << 20, write: @escaping (String) -> Void) {
        self.reporter = reporter
        self.write = write
        held = holdsOutput ? SpilledPieces(memoryLimit: memoryLimit) : nil
    }

    /// Adds one file's findings' blocks (empty for a file without findings). Its position (for
    /// `replace`) is the number of files appended before it.
    public func append(_ blocks: String) {
        if let held {
            held.append(Array(blocks.utf8))
            return
        }
        guard !blocks.isEmpty else { return }
        if wroteFindings { pending += TextReporter.blockSeparator }
        pending += blocks
        wroteFindings = true
        if pending.utf8.count >= 1 << 16 {
            write(pending)
            pending = ""
        }
    }

    /// Replaces the blocks of the file at `position`; only when the output is held.
    public func replace(_ position: Int, with blocks: String) {
        guard let held else { preconditionFailure("a text stream that writes as it goes cannot replace a file's findings") }
        held.replace(position, with: Array(blocks.utf8))
    }

    /// Writes what is still to be written and the ending (`TextReporter.ending`): `header`
    /// gives the diagnostics, claims and baseline counts.
    public func finish(_ header: Report, fileCount: Int, levelCounts: [Severity: Int]) {
        if let held {
            held.write(separator: Array(TextReporter.blockSeparator.utf8)) { write($0) }
            wroteFindings = held.nonEmptyCount > 0
        }
        write(pending + reporter.ending(header, afterFindings: wroteFindings, fileCount: fileCount, levelCounts: levelCounts))
        pending = ""
    }
}
