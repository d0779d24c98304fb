import Foundation
import SelarasCore

/// Expands the paths given on the command line into the list of drafts to check.
///
/// Directories are walked for `.txt`/`.md` files in sorted order (so output is deterministic),
/// hidden folders are skipped, symlinked folders are followed once (a link loop is reported,
/// never followed forever), and ignore globs apply. A file named explicitly is always checked.
/// A file reached twice (overlapping arguments, a link, a hard link) is checked once: files are
/// told apart by device and inode.
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
        var seen = Set<FileIdentity>()
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
            } else if FileIdentity(path: absolute).map({ seen.insert($0).inserted }) ?? true {
                collection.inputs.append(.file(absolute, display: InputCollector.clean(path)))
            }
        }
        return collection
    }

    private func walk(directory: String, display: String, depth: Int, visited: inout Set<String>, into collection: inout Collection, seen: inout Set<FileIdentity>) {
        let real = InputCollector.realPath(directory)
        let device = FileIdentity(path: directory)?.device ?? 0
        guard visited.insert(real).inserted else {
            collection.diagnostics.append(Diagnostic(.warning, "directory link loop skipped (it leads back to \(real))", path: display))
            return
        }
        defer { visited.remove(real) }
        guard depth < InputCollector.maximumDepth else {
            collection.diagnostics.append(Diagnostic(.warning, "directory nesting deeper than \(InputCollector.maximumDepth) levels skipped", path: display))
            return
        }
        let folder = InputFile.Folder(path: directory, display: display)
        guard let entries = InputCollector.entries(of: directory) else {
            collection.diagnostics.append(Diagnostic(.error, "cannot read the directory (permission denied?)", path: display))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let absolute = directory + "/" + entry.name
            let shown = display == "." ? entry.name : display + "/" + entry.name
            // The directory listing's type spares a `stat` for plain files and folders; links and
            // unknown types are looked up (a dangling link is skipped).
            var type = entry.type
            if type != .regular && type != .directory {
                type = InputCollector.type(following: absolute)
                if type == .missing { continue }
            }
            if isIgnored(shown) { continue }
            if type == .directory {
                walk(directory: absolute, display: shown, depth: depth + 1, visited: &visited, into: &collection, seen: &seen)
            } else if extensions.contains(InputCollector.pathExtension(entry.name)) {
                // Opening a FIFO blocks until someone writes to it: never read one found by walking.
                guard type == .regular else {
                    collection.diagnostics.append(Diagnostic(.note, "not a regular file (FIFO, socket or device); skipped", path: shown))
                    continue
                }
                // A file is known by device and inode: for a plain file the listing gives the inode
                // (no `stat`, no path string per file); links and unknown types are looked up.
                let identity = entry.type == .regular ? FileIdentity(device: device, inode: entry.inode) : FileIdentity(path: absolute)
                guard let identity, seen.insert(identity).inserted else { continue }
                collection.inputs.append(.file(named: entry.name, in: folder))
            }
        }
    }

    enum EntryType { case regular, directory, other, missing }

    /// A file as the file system knows it, whatever path reached it (links, overlapping
    /// arguments, hard links): each is checked once.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }

        /// The identity of what `path` leads to (links followed), nil when it cannot be read.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        }
    }

    /// The names in `directory`, sorted, with the type the listing gives (`other` for links and
    /// unknown types), or nil when it cannot be read.
    static func entries(of directory: String) -> [(name: String, type: EntryType, inode: UInt64)]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var result: [(name: String, type: EntryType, inode: UInt64)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .regular
            case Int32(DT_DIR): type = .directory
            default: type = .other
            }
            result.append((name, type, UInt64(entry.pointee.d_ino)))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// The type of what `path` leads to, links followed.
    static func type(following path: String) -> EntryType {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// `rilis.MD` → `md`; no dot (or only a leading one) → empty.
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
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
