import Foundation
import Testing

/// Golden-file assertions: compares output with `Snapshots/<name>`.
///
/// `SELARAS_RECORD=1 swift test --filter SelarasReportTests` writes the files instead. A
/// missing snapshot fails (so CI cannot pass by recording silently).
enum Snapshot {
    static func directory(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory(filePath: filePath).appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SELARAS_RECORD"] == "1" {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing snapshot \(name); run `SELARAS_RECORD=1 swift test --filter SelarasReportTests` and review it",
                sourceLocation: sourceLocation
            )
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let firstDifference = zip(expected.split(separator: "\n", omittingEmptySubsequences: false),
                                      actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            let detail = firstDifference.map {
                "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)"
            } ?? "lengths differ (\(expected.count) vs \(actual.count) characters)"
            Issue.record("snapshot \(name) differs; \(detail)", sourceLocation: sourceLocation)
        }
    }
}
