import Foundation
import SelarasCore

/// Expands the paths given on the command line into the list of drafts to check.
///
/// Directories are walked for `.txt`/`.md` files in sorted order (so output is deterministic),
/// hidden folders are skipped, symlinked folders are followed once (a link loop is reported,
/// never followed forever), and ignore globs apply. A file named explicitly is always checked.
public struct InputCollector {
    public var extensions: Set<String>
    /// Returns true for paths (as displayed) that configuration ignores.
    public var isIgnored: (String) -> Bool
    public static let maximumDepth = 64

    public init(extensions: Set<String> = ["txt", "md", "markdown"], isIgnored: @escaping (String) -> Bool = { _ in false }) {
        self.extensions = extensions
        self.isIgnored = isIgnored
    }

    public struct Collection {
        public var inputs: [InputFile] = []
        public var diagnostics: [Diagnostic] = []
    }

    public func collect(_ paths: [String], workingDirectory: String, standardInput: () -> [UInt8]) -> Collection {
        var collection = Collection()
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                collection.inputs.append(.standardInput(standardInput()))
                continue
            }
            let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                collection.diagnostics.append(Diagnostic(.error, "no such file or directory", path: path))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                walk(directory: absolute, display: InputCollector.clean(path), depth: 0, visited: &visited, into: &collection, seen: &seen)
            } else if seen.insert(InputCollector.realPath(absolute)).inserted {
                collection.inputs.append(.file(absolute, display: InputCollector.clean(path)))
            }
        }
        return collection
    }

    private func walk(directory: String, display: String, depth: Int, visited: inout Set<String>, into collection: inout Collection, seen: inout Set<String>) {
        let real = InputCollector.realPath(directory)
        guard visited.insert(real).inserted else {
            collection.diagnostics.append(Diagnostic(.warning, "directory link loop skipped (it leads back to \(real))", path: display))
            return
        }
        defer { visited.remove(real) }
        guard depth < InputCollector.maximumDepth else {
            collection.diagnostics.append(Diagnostic(.warning, "directory nesting deeper than \(InputCollector.maximumDepth) levels skipped", path: display))
            return
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            collection.diagnostics.append(Diagnostic(.error, "cannot read the directory (permission denied?)", path: display))
            return
        }
        for entry in entries where !entry.hasPrefix(".") {
            let absolute = directory + "/" + entry
            let shown = display == "." ? entry : display + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else { continue }  // dangling link
            if isIgnored(shown) { continue }
            if isDirectory.boolValue {
                walk(directory: absolute, display: shown, depth: depth + 1, visited: &visited, into: &collection, seen: &seen)
            } else if extensions.contains((entry as NSString).pathExtension.lowercased()) {
                // Opening a FIFO blocks until someone writes to it: never read one found by walking.
                guard InputCollector.isRegularFile(absolute) else {
                    collection.diagnostics.append(Diagnostic(.note, "not a regular file (FIFO, socket or device); skipped", path: shown))
                    continue
                }
                guard seen.insert(InputCollector.realPath(absolute)).inserted else { continue }
                collection.inputs.append(.file(absolute, display: shown))
            }
        }
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `./a//b/` → `a/b`.
    static func clean(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while parts.first == "." && parts.count > 1 { parts.removeFirst() }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
