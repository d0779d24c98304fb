import Foundation

/// Paths inside a pack directory; nothing a pack names may lie outside it.
enum PackPaths {
    /// `directory/relative` without a doubled slash.
    static func join(_ directory: String, _ relative: String) -> String {
        if directory.isEmpty || directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// The file `relativePath` names inside `directory`, refusing absolute paths, `..` that
    /// climbs out, missing files, and symlinks that lead outside.
    static func resolve(
        _ relativePath: String, inside directory: String, error: (String, String?) -> any Error
    ) throws -> URL {
        let hint = "name a file inside the pack directory, relative to it"
        if relativePath.isEmpty { throw error("the path is empty", hint) }
        if relativePath.hasPrefix("/") || relativePath.hasPrefix("~") || relativePath.contains("\\") {
            throw error("the path '\(relativePath)' must be relative to the pack directory", hint)
        }
        var depth = 0
        for part in relativePath.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { throw error("the path '\(relativePath)' leaves the pack directory", hint) }
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let candidate = root.appendingPathComponent(relativePath).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw error("the file '\(relativePath)' does not exist in the pack directory", "check the name and its case")
        }
        let realRoot = root.resolvingSymlinksInPath().path
        let realFile = candidate.resolvingSymlinksInPath().path
        guard realFile.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            throw error("the path '\(relativePath)' leads outside the pack directory through a symbolic link", hint)
        }
        return candidate
    }
}
