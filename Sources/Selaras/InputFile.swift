import Foundation
import SelarasCore

/// One draft to check: a path on disk or standard input already read.
///
/// Files found by walking a folder share one `Folder` and keep only their name (short names are
/// stored inline in the `String`), so a run over 50,000 drafts does not hold 100,000 path strings.
public struct InputFile: Sendable {
    /// A walked folder: its path on disk and as reported.
    final class Folder: Sendable {
        let path: String
        let display: String

        init(path: String, display: String) {
            self.path = path
            self.display = display
        }
    }

    private let folder: Folder?
    /// The name inside `folder`, or the whole path as reported when there is no folder.
    private let name: String
    private let explicitPath: String?
    public var bytes: [UInt8]?

    /// The path as reported (relative to the working directory when given so).
    public var displayPath: String {
        guard let folder else { return name }
        return folder.display == "." ? name : folder.display + "/" + name
    }

    /// Where to read it; nil for standard input.
    public var filePath: String? {
        if let folder { return folder.path + "/" + name }
        return explicitPath
    }

    public static func file(_ path: String, display: String? = nil) -> InputFile {
        InputFile(folder: nil, name: display ?? path, explicitPath: path, bytes: nil)
    }

    /// The file `name` inside a walked folder.
    static func file(named name: String, in folder: Folder) -> InputFile {
        InputFile(folder: folder, name: name, explicitPath: nil, bytes: nil)
    }

    public static func standardInput(_ bytes: [UInt8], display: String = "<stdin>") -> InputFile {
        InputFile(folder: nil, name: display, explicitPath: nil, bytes: bytes)
    }

    /// Report order: by the path as reported, without building it when both share a folder.
    static func precedes(_ lhs: InputFile, _ rhs: InputFile) -> Bool {
        if let left = lhs.folder, let right = rhs.folder, left === right { return lhs.name < rhs.name }
        return lhs.displayPath < rhs.displayPath
    }

    /// `inputs` in report order (stable); already ordered input is returned as it is.
    static func sortedForReport(_ inputs: [InputFile]) -> [InputFile] {
        if zip(inputs, inputs.dropFirst()).allSatisfy({ !precedes($1, $0) }) { return inputs }
        return inputs.enumerated().sorted { lhs, rhs in
            if precedes(lhs.element, rhs.element) { return true }
            if precedes(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Largest file read at once; larger ones are refused rather than exhausting memory.
    public static let maximumSize = 64 * 1024 * 1024

    /// The file's bytes, or an error naming it.
    func read() -> Result<[UInt8], SelarasError> {
        if let bytes {
            // The same limit as for files: standard input must not exhaust memory either.
            guard bytes.count <= InputFile.maximumSize else {
                return .failure(SelarasError(.input, "input is \(bytes.count / 1_048_576) MiB; the limit is \(InputFile.maximumSize / 1_048_576) MiB",
                                             path: displayPath, hint: "split the text into several files"))
            }
            return .success(bytes)
        }
        guard let filePath else { return .success([]) }
        switch FileBytes.read(atPath: filePath, maximumSize: InputFile.maximumSize) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(.missing):
            return .failure(SelarasError(.input, "no such file", path: displayPath))
        case .failure(.notPermitted):
            return .failure(SelarasError(.input, "cannot read the file (permission denied?)", path: displayPath,
                                         hint: "check the file's permissions"))
        case .failure(.isDirectory):
            return .failure(SelarasError(.input, "is a directory, not a file", path: displayPath))
        case .failure(.tooLarge(let size)):
            return .failure(SelarasError(.input, "file is \(size / 1_048_576) MiB; the limit is \(InputFile.maximumSize / 1_048_576) MiB",
                                         path: displayPath, hint: "split the file or leave it out with an ignore glob"))
        case .failure(.other(let code)):
            return .failure(SelarasError(.input, "cannot read the file: \(String(cString: strerror(code)))", path: displayPath))
        }
    }
}
