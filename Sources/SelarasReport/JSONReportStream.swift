import SelarasCore

/// Writes the same bytes as `JSONReporter` while a check is still running, keeping findings and
/// file entries in a `SpillBuffer` instead of in memory.
///
/// The contract's keys are sorted, so `diagnostics` and `files` come before `findings`, and the
/// diagnostics are only known at the end. Each file's entries are therefore rendered by the
/// worker that checked it (`fragment(_:)`), appended here as the files complete, and spliced
/// into the report's skeleton by `finish(_:write:)`.
public final class JSONReportStream {
    private let files: SpilledPieces
    private let findings: SpilledPieces
    /// Findings in each appended fragment, so that a replaced one is counted right.
    private var counts: [Int] = []
    private var findingCount = 0

    /// `memoryLimit`: bytes of each list kept in memory before the rest goes to a temporary file.
    public init(memoryLimit: Int = 1 << 20) {
        files = SpilledPieces(memoryLimit: memoryLimit)
        findings = SpilledPieces(memoryLimit: memoryLimit)
    }

    /// A file's findings as elements of the report's `findings` array.
    public static func fragment(_ findings: [ReportedFinding]) -> [UInt8] {
        var writer = JSONFragmentWriter()
        writer.elements(findings, depth: 1) { writer, finding, depth in writer.finding(finding, depth: depth) }
        return writer.bytes
    }

    /// A file's entry as an element of the report's `files` array.
    public static func fragment(_ file: FileSummary) -> [UInt8] {
        var writer = JSONFragmentWriter()
        writer.elements([file], depth: 1) { writer, file, depth in writer.file(file, depth: depth) }
        return writer.bytes
    }

    /// Adds one file's entry and its findings' fragment (from `fragment(_:)`), in report order.
    /// Its position (for `replace`) is the number of files appended before it.
    public func append(file: [UInt8]?, fileFindings: [UInt8], count: Int) {
        files.append(file ?? [])
        findings.append(fileFindings)
        counts.append(count)
        findingCount += count
    }

    /// Replaces what the file at `position` appended, before `finish`: a cross-draft
    /// comparison adds findings to some files once every file has been appended.
    public func replace(_ position: Int, file: [UInt8]?, fileFindings: [UInt8], count: Int) {
        files.replace(position, with: file ?? [])
        findings.replace(position, with: fileFindings)
        findingCount += count - counts[position]
        counts[position] = count
    }

    /// Writes the whole report. `header` carries the diagnostics, claims and baseline counts;
    /// its files and findings are the ones appended here.
    public func finish(_ header: Report, write: (String) -> Void) {
        let skeleton = JSONReporter.skeleton(header, fileCount: files.nonEmptyCount, findingCount: findingCount)
        var rest = Substring(skeleton)
        for (key, pieces) in [("files", files), ("findings", findings)] {
            let empty = "\n  \"\(key)\" : [\n\n  ]"
            guard pieces.nonEmptyCount > 0, let range = rest.range(of: empty) else { continue }
            write(String(rest[..<range.lowerBound]) + "\n  \"\(key)\" : [\n")
            pieces.write(separator: Array(",\n".utf8)) { write($0) }
            write("\n  ]")
            rest = rest[range.upperBound...]
        }
        write(String(rest))
    }
}
