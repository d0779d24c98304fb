import Foundation
import SelarasCore

/// The project configuration `selaras.json5`, with every path resolved against its directory.
///
/// Unknown keys and wrong values are errors at their line and column: a typo in `failOn`
/// must not silently let a pipeline pass.
public struct Configuration: Sendable {
    /// The configuration's file name, looked for by `find(startingAt:)`.
    public static let fileName = "selaras.json5"

    /// The file it was read from; nil for the built-in defaults.
    public var file: String?
    /// Absolute directory that relative paths and globs are taken from.
    public var directory: String
    /// Absolute path of the fact registry directory.
    public var registry: String?
    /// Absolute paths of the pack directories, in the order written.
    public var packs: [String]
    public var failOn: Severity?
    public var minLevel: Severity?
    /// Reference date for drafts that give none.
    public var date: LocalDate?
    /// Per-file settings; later overrides win over earlier ones.
    public var overrides: [ConfigurationOverride]
    /// Files never checked, relative to `directory`.
    public var ignore: [Glob]
    /// File extensions checked when a directory is given (lower-case, no dot); nil for the default.
    public var extensions: [String]?

    /// The defaults: nothing set, paths relative to `directory`.
    public init(directory: String) {
        self.file = nil
        self.directory = Configuration.absolute(directory)
        self.registry = nil
        self.packs = []
        self.failOn = nil
        self.minLevel = nil
        self.date = nil
        self.overrides = []
        self.ignore = []
        self.extensions = nil
    }

    /// The nearest `selaras.json5` in `directory` or one of its parents, or nil.
    public static func find(startingAt directory: String) -> String? {
        var url = URL(fileURLWithPath: absolute(directory))
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = url.deletingLastPathComponent().standardizedFileURL
            if parent.path == url.path || url.path == "/" { return nil }
            url = parent
        }
    }

    /// Reads and checks the configuration file at `path`.
    public static func load(path: String) throws(SelarasError) -> Configuration {
        guard let data = FileBytes.read(atPath: path) else {
            throw SelarasError(.configuration, "cannot read the configuration file", path: path,
                               hint: "check that the file exists and can be read")
        }
        return try parse(bytes: data, path: path)
    }

    /// Parses configuration text; relative paths are taken from `path`'s directory.
    public static func parse(bytes: [UInt8], path: String) throws(SelarasError) -> Configuration {
        let root = try JSON5Parser(code: .configuration, path: path).parse(bytes)
        let decoder = JSON5TreeDecoder(code: .configuration, path: path, subject: "configuration")
        let file = try decoder.decode(ConfigurationFile.self, from: root)
        let reader = ConfigurationReader(path: path, root: root)
        let directory = URL(fileURLWithPath: absolute(path)).deletingLastPathComponent().path
        var configuration = Configuration(directory: directory)
        configuration.file = path
        try reader.fill(&configuration, from: file)
        return configuration
    }

    /// `path` relative to `directory` with `/` separators, or nil when it lies outside.
    public func relativePath(of path: String) -> String? {
        let full = Configuration.absolute(path, base: directory)
        if full == directory { return "" }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : nil
    }

    /// Whether `path` matches an `ignore` glob.
    public func isIgnored(_ path: String) -> Bool {
        // Asked of every input file: without globs, skip making the path relative (a few
        // thousand instructions a file, on the main thread before any file is checked).
        guard !ignore.isEmpty, let relative = relativePath(of: path) else { return false }
        return ignore.contains { $0.matches(relative) }
    }

    /// The overrides whose `files` match `path`, in the order written (apply them in order).
    public func overrides(for path: String) -> [ConfigurationOverride] {
        guard !overrides.isEmpty, let relative = relativePath(of: path) else { return [] }
        return overrides.filter { $0.applies(to: relative) }
    }

    /// True when no `/` is followed by `/` or `.` and the path does not end in `/`.
    private static func isClean(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if previous == 0x2F, byte == 0x2F || byte == 0x2E { return false }
            previous = byte
        }
        return previous != 0x2F
    }

    /// An absolute, standardized path (`.` and `..` removed); relative ones are taken from `base`
    /// or the working directory.
    static func absolute(_ path: String, base: String? = nil) -> String {
        // Called for every input file (ignore globs, overrides): skip all work when the path is
        // already absolute and clean (no `.`/`..` segment, no `//`, no trailing `/`).
        if path.hasPrefix("/"), isClean(path) { return path }
        let full = path.hasPrefix("/") ? path : (base ?? FileManager.default.currentDirectoryPath) + "/" + path
        return lexicallyStandardized(full)
    }

    /// `/a/./b/../c//` → `/a/c`: what `URL.standardizedFileURL.path` gives for an absolute path
    /// (no link is resolved), without Foundation's URL machinery, which cost more than checking
    /// a draft's overrides.
    static func lexicallyStandardized(_ absolutePath: String) -> String {
        var parts: [Substring] = []
        for part in absolutePath.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}

/// Settings for the files an override's globs match.
public struct ConfigurationOverride: Sendable {
    /// Globs relative to the configuration's directory.
    public var files: [Glob]
    /// Agency id the matching drafts are published by.
    public var agency: String?
    /// Rule ids (`pack.rule`) or pack ids switched off.
    public var disable: [String]
    /// Levels by rule id.
    public var levels: [String: LevelOverride]

    public init(files: [Glob], agency: String? = nil, disable: [String] = [], levels: [String: LevelOverride] = [:]) {
        self.files = files
        self.agency = agency
        self.disable = disable
        self.levels = levels
    }

    /// Whether `relativePath` (relative to the configuration's directory) is one of its files.
    public func applies(to relativePath: String) -> Bool {
        files.contains { $0.matches(relativePath) }
    }
}

/// A level set for a rule in the configuration: one of the levels, or `off`.
public enum LevelOverride: Sendable, Hashable {
    case level(Severity)
    case off
}
