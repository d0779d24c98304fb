import Foundation
import SelarasCore

/// Writes a command's output file: atomically (a temporary file beside it, then a rename, so a
/// reader never sees half a file) and never over an existing file without `--force`.
///
/// Stand-in with the shape of the robustness work's `AtomicFileWriter`; when that lands, this
/// can forward to it.
enum OutputFileWriting {
    /// Writes `contents` to `path` (relative paths resolve against `workingDirectory`).
    static func write(_ contents: String, to path: String, workingDirectory: String, force: Bool) throws {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw SelarasError(.usage, "the output path is a directory", path: path, hint: "name a file, e.g. \(path)/report.html")
            }
            if !force {
                throw SelarasError(.usage, "the output file already exists", path: path,
                                   hint: "choose another name, or pass --force to replace it")
            }
        }
        let directory = (absolute as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: directory) else {
            throw SelarasError(.input, "the output file's directory does not exist", path: path, hint: "create \(directory) first")
        }
        let temporary = directory + "/.\((absolute as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(contents.utf8)) else {
            throw SelarasError(.input, "cannot write the output file", path: path, hint: "check the directory's permissions")
        }
        if rename(temporary, absolute) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw SelarasError(.input, "cannot write the output file", path: path, hint: "check the directory's permissions")
        }
    }
}
