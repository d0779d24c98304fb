import Foundation
import SelarasCore

/// One draft to check: a path on disk or standard input already read.
public struct InputFile: Sendable, Hashable {
    /// The path as reported (relative to the working directory when given so).
    public var displayPath: String
    /// Where to read it; nil for standard input.
    public var filePath: String?
    public var bytes: [UInt8]?

    public static func file(_ path: String, display: String? = nil) -> InputFile {
        InputFile(displayPath: display ?? path, filePath: path, bytes: nil)
    }

    public static func standardInput(_ bytes: [UInt8], display: String = "<stdin>") -> InputFile {
        InputFile(displayPath: display, filePath: nil, bytes: bytes)
    }

    /// Largest file read at once; larger ones are refused rather than exhausting memory.
    public static let maximumSize = 64 * 1024 * 1024

    /// The file's bytes, or an error naming it.
    func read() -> Result<[UInt8], SelarasError> {
        if let bytes { return .success(bytes) }
        guard let filePath else { return .success([]) }
        guard let handle = FileHandle(forReadingAtPath: filePath) else {
            let exists = FileManager.default.fileExists(atPath: filePath)
            return .failure(SelarasError(.input, exists ? "cannot read the file (permission denied?)" : "no such file",
                                         path: displayPath, hint: exists ? "check the file's permissions" : nil))
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(InputFile.maximumSize) {
                return .failure(SelarasError(.input, "file is \(size / 1_048_576) MiB; the limit is \(InputFile.maximumSize / 1_048_576) MiB",
                                             path: displayPath, hint: "split the file or leave it out with an ignore glob"))
            }
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            return .success([UInt8](data))
        } catch {
            return .failure(SelarasError(.input, "cannot read the file: \(error.localizedDescription)", path: displayPath))
        }
    }
}
