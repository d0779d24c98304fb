import Foundation
import SelarasCore
import SelarasPacks

/// Which packs `pack`, `rules` and `explain` work on, and loading them one by one.
///
/// With PACK arguments: each is a directory holding `pack.json5` (relative to the working
/// directory) or the id of a built-in pack. Without: the packs the configuration names, else
/// every built-in pack — the same packs `selaras check` would use.
struct PackSelection {
    /// One pack to load: the absolute directory and how to show it.
    struct Entry: Equatable {
        var directory: String
        var displayDirectory: String
    }

    var entries: [Entry]
    var configuration: Configuration
    var workingDirectory: String

    static func resolve(packs arguments: [String], configPath: String?, io: CommandIO) throws -> PackSelection {
        let configuration = try loadConfiguration(configPath: configPath, io: io)
        let builtIn = BuiltInPacks.directory(environment: io.environment, workingDirectory: io.workingDirectory)
        var directories: [String] = []
        if !arguments.isEmpty {
            for argument in arguments {
                let absolute = Self.absolute(argument, base: io.workingDirectory)
                if FileManager.default.fileExists(atPath: absolute + "/" + PackLoader.manifestName) {
                    directories.append(absolute)
                } else if let builtIn, !argument.contains("/"),
                          FileManager.default.fileExists(atPath: builtIn + "/" + argument + "/" + PackLoader.manifestName) {
                    directories.append(builtIn + "/" + argument)
                } else {
                    var hint = "give a directory holding \(PackLoader.manifestName) or the id of a built-in pack"
                    if let builtIn {
                        let ids = BuiltInPacks.packDirectories(in: builtIn).map { ($0 as NSString).lastPathComponent }
                        hint += " (\(ids.joined(separator: ", ")))"
                    }
                    throw SelarasError(.usage, "pack not found: \(argument)", hint: hint)
                }
            }
        } else {
            directories = try configuredDirectories(configuration, builtIn: builtIn)
        }
        var entries: [Entry] = []
        for directory in directories {
            let entry = Entry(directory: directory, displayDirectory: display(directory, workingDirectory: io.workingDirectory))
            if !entries.contains(entry) { entries.append(entry) }
        }
        return PackSelection(entries: entries, configuration: configuration, workingDirectory: io.workingDirectory)
    }

    /// The packs a configuration names (a directory, else a built-in pack by its id), or every
    /// built-in pack when it names none. `check`, `pack`, `rules` and `explain` all use this.
    static func configuredDirectories(_ configuration: Configuration, builtIn: String?) throws -> [String] {
        if configuration.packs.isEmpty {
            guard let builtIn else {
                throw SelarasError(.configuration, "no rule packs: the configuration names none and the built-in Rules/ folder was not found",
                                   path: configuration.file, hint: "list packs in selaras.json5 or set SELARAS_RULES to the Rules folder")
            }
            return BuiltInPacks.packDirectories(in: builtIn)
        }
        var directories: [String] = []
        for path in configuration.packs {
            let name = (path as NSString).lastPathComponent
            // `lintas` names the cross-draft rules built into the program, not a directory.
            if name == CrossDraftWiring.packID, !FileManager.default.fileExists(atPath: path) { continue }
            if FileManager.default.fileExists(atPath: path + "/" + PackLoader.manifestName) {
                directories.append(path)
            } else if let builtIn, !FileManager.default.fileExists(atPath: path),
                      FileManager.default.fileExists(atPath: builtIn + "/" + name + "/" + PackLoader.manifestName) {
                directories.append(builtIn + "/" + name)
            } else {
                throw SelarasError(.configuration, "pack not found: \(path)", path: configuration.file,
                                   hint: "give the path of a directory holding pack.json5, relative to the configuration file, or a built-in pack id")
            }
        }
        return directories
    }

    /// `--config`, else the nearest `selaras.json5`, else the defaults.
    static func loadConfiguration(configPath: String?, io: CommandIO) throws -> Configuration {
        if let configPath {
            return try Configuration.load(path: absolute(configPath, base: io.workingDirectory))
        }
        if let found = Configuration.find(startingAt: io.workingDirectory) {
            return try Configuration.load(path: found)
        }
        return Configuration(directory: io.workingDirectory)
    }

    /// Loads every selected pack, collecting all errors (paths shown relative to the working directory).
    func load() -> [LoadedPack] {
        let loader = PackLoader(matcherFactory: Workspace.matcherFactory)
        var seen: [String: String] = [:]
        return entries.map { entry in
            let result = loader.load(directory: entry.directory)
            var errors = result.errors
            if let pack = result.pack {
                if let other = seen[pack.id] {
                    errors.append(SelarasError(.pack, "pack id '\(pack.id)' is used by two packs: \(other) and \(entry.displayDirectory)",
                                               path: entry.directory + "/" + PackLoader.manifestName,
                                               hint: "give one of them another id"))
                }
                seen[pack.id] = entry.displayDirectory
            }
            return LoadedPack(entry: entry, pack: result.pack,
                              errors: errors.map { Self.relativized($0, workingDirectory: workingDirectory) })
        }
    }

    static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// `path` relative to the working directory when it lies inside it.
    static func display(_ path: String, workingDirectory: String) -> String {
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let standardBase = URL(fileURLWithPath: base).standardizedFileURL.path + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        if standardized.hasPrefix(standardBase) { return String(standardized.dropFirst(standardBase.count)) }
        return path
    }

    static func relativized(_ error: SelarasError, workingDirectory: String) -> SelarasError {
        var copy = error
        copy.path = error.path.map { display($0, workingDirectory: workingDirectory) }
        return copy
    }
}

/// One selected pack after loading: the pack (nil when its manifest is unusable) and every error.
struct LoadedPack {
    var entry: PackSelection.Entry
    var pack: RulePack?
    var errors: [SelarasError]
}
