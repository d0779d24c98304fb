import Foundation
import SelarasCore

/// Writes a command's output file (baseline, report) through `AtomicFileWriter`, after checking
/// what only a command knows how to explain: the directory must exist.
enum OutputFileWriting {
    /// Writes `contents` to `path` (relative paths resolve against `workingDirectory`).
    static func write(_ contents: String, to path: String, workingDirectory: String, force: Bool) throws {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let directory = (absolute as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: directory) else {
            throw SelarasError(.input, "the output file's directory does not exist", path: path, hint: "create \(directory) first")
        }
        do {
            try AtomicFileWriter.write(Array(contents.utf8), to: absolute, force: force)
        } catch {
            // Name the file as the user wrote it, not as an absolute path.
            var shown = error
            shown.path = path
            throw shown
        }
    }
}
