#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a pack directory that the manifest's globs choose among, with POSIX calls.
///
/// Lists what `FileManager.enumerator(atPath:)` walks, less what `fileExists(atPath:isDirectory:)`
/// calls a directory or cannot find: every entry of the tree (hidden ones too) as a path
/// relative to `directory`, descending into real directories but not into symlinks to them,
/// keeping a symlink only when it leads to something that is not a directory. The enumerator
/// cost tens of thousands of instructions per entry, a noticeable part of a one-file run.
enum PackFileListing {
    static func files(in directory: String) -> [String] {
        var files: [String] = []
        walk(directory, relative: "", into: &files)
        return files
    }

    private static func walk(_ path: String, relative: String, into files: inout [String]) {
        guard let stream = opendir(path) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let entryPath = PackPaths.join(path, name)
            let entryRelative = relative.isEmpty ? name : relative + "/" + name
            var link = stat()
            guard lstat(entryPath, &link) == 0 else { continue }
            if link.st_mode & S_IFMT == S_IFDIR {
                walk(entryPath, relative: entryRelative, into: &files)
                continue
            }
            var target = stat()
            guard stat(entryPath, &target) == 0, target.st_mode & S_IFMT != S_IFDIR else { continue }
            files.append(entryRelative)
        }
    }
}
