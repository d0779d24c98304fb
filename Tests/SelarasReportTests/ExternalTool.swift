import Foundation
import Testing

/// Runs python3 for checks Swift's Foundation cannot do on Linux (JSON Schema, XML parsing).
///
/// A missing python3 or module is a test failure with a clear message, never a silent pass.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
    }

    static func python(_ script: String, arguments: [String]) -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            Issue.record("python3 could not be started (\(error)); install python3 and python3-jsonschema")
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
        if result.status == 127 {
            Issue.record("python3 not found: install python3 and python3-jsonschema to run this test")
            return nil
        }
        return result
    }

    /// Writes `text` to a fresh temporary file.
    static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("selaras-report-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }
}
