import Foundation
import SelarasCore

/// Finds the built-in rule packs (`Rules/`) that ship with the executable.
///
/// Looked for, in order: `$SELARAS_RULES`; beside or above the executable (a build tree keeps
/// the binary in `.build/<config>/`, an install in `bin/` with `share/selaras/Rules`); above
/// the working directory.
public enum BuiltInPacks {
    public static func directory(environment: [String: String], workingDirectory: String) -> String? {
        if let explicit = environment["SELARAS_RULES"], !explicit.isEmpty { return explicit }
        var starts: [String] = []
        if let executable = executablePath() { starts.append((executable as NSString).deletingLastPathComponent) }
        starts.append(workingDirectory)
        for start in starts {
            var directory = start
            for _ in 0..<8 {
                for candidate in [directory + "/Rules", directory + "/share/selaras/Rules"] where looksLikePacks(candidate) {
                    return candidate
                }
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory || parent.isEmpty { break }
                directory = parent
            }
        }
        return nil
    }

    /// Every pack directory inside `root`, sorted by name.
    public static func packDirectories(in root: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.sorted().map { root + "/" + $0 }.filter { FileManager.default.fileExists(atPath: $0 + "/pack.json5") }
    }

    static func looksLikePacks(_ path: String) -> Bool {
        !packDirectories(in: path).isEmpty
    }

    static func executablePath() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return CommandLine.arguments.first.map { ($0 as NSString).standardizingPath }
    }
}
