import Foundation
import SelarasCore
import SelarasPacks
import SelarasPCRE2
import SelarasRegistry
import SelarasRules
import SelarasText

/// Everything a run needs before it reads a draft: configuration, packs and registry.
///
/// This is the composition root: the only place that picks PCRE2 as the regex engine.
public struct Workspace: Sendable {
    public var configuration: Configuration
    public var packs: [RulePack]
    public var registry: FactRegistry?
    /// Notes and warnings from loading (e.g. registry facts not verified for long).
    public var diagnostics: [Diagnostic]
    public var workingDirectory: String
    /// The registry's names compiled for claim extraction, when `load` was asked for them.
    public var nameLexicon: CompiledNameLexicon?

    public var rules: [any Rule] { packs.flatMap(\.rules) }

    public static let matcherFactory: any MatcherFactory = PCRE2MatcherFactory()

    /// Loads the workspace for a command run in `workingDirectory`.
    ///
    /// The packs and the registry are independent until the engine is made, so they load at the
    /// same time (`StartupJobs`: a run's start-up is otherwise serial, and an editor or a hook
    /// checking one file waits for all of it). Errors are thrown as a serial load would: the
    /// packs' first, then the registry's.
    /// - Parameters:
    ///   - configPath: `--config`, else `selaras.json5` is searched upwards.
    ///   - registryOverride: `--registry`, else the configuration's `registry`.
    ///   - compileNameLexicon: also compile the registry's names for claim extraction
    ///     (`nameLexicon`), on the registry's thread.
    public static func load(
        configPath: String?, registryOverride: String? = nil, workingDirectory: String,
        environment: [String: String], loadRegistry: Bool = true, compileNameLexicon: Bool = false
    ) throws -> Workspace {
        try load(configPath: configPath, registryOverride: registryOverride, workingDirectory: workingDirectory,
                 environment: environment, loadRegistry: loadRegistry, compileNameLexicon: compileNameLexicon,
                 alongside: { _ in () }).workspace
    }

    /// `load`, also running `alongside` on the configuration at the same time as the packs and
    /// the registry (`check` collects its input files there); its result comes back only when
    /// the workspace loads.
    static func load<Alongside: Sendable>(
        configPath: String?, registryOverride: String? = nil, workingDirectory: String,
        environment: [String: String], loadRegistry: Bool = true, compileNameLexicon: Bool = false,
        alongside: @escaping @Sendable (Configuration) -> Alongside
    ) throws -> (workspace: Workspace, alongside: Alongside) {
        let io = CommandIO(standardOutput: { _ in }, standardError: { _ in }, environment: environment, workingDirectory: workingDirectory)
        let configuration = try PackSelection.loadConfiguration(configPath: configPath, io: io)
        let registryPath = !loadRegistry ? nil
            : registryOverride.map { $0.hasPrefix("/") ? $0 : workingDirectory + "/" + $0 } ?? configuration.registry
        let (packs, registry, extra) = StartupJobs.run(
            { try loadPacks(configuration, environment: environment, workingDirectory: workingDirectory) },
            { () throws -> LoadedRegistry? in
                guard let registryPath else { return nil }
                let loaded = try RegistryLoading.load(directory: registryPath)
                return LoadedRegistry(registry: loaded.registry, diagnostics: loaded.diagnostics,
                                      nameLexicon: compileNameLexicon ? RegistryNameLexicon.compile(loaded.registry) : nil)
            },
            { alongside(configuration) })
        var workspace = Workspace(configuration: configuration, packs: try packs.get(), registry: nil, diagnostics: [], workingDirectory: workingDirectory)
        if let loaded = try registry.get() {
            workspace.registry = loaded.registry
            workspace.diagnostics += loaded.diagnostics
            workspace.nameLexicon = loaded.nameLexicon
        }
        return (workspace, try extra.get())
    }

    /// What the registry's thread of `load` produces.
    private struct LoadedRegistry: Sendable {
        var registry: FactRegistry
        var diagnostics: [Diagnostic]
        var nameLexicon: CompiledNameLexicon?
    }

    /// The configured packs, or every built-in pack when the configuration names none.
    static func loadPacks(_ configuration: Configuration, environment: [String: String], workingDirectory: String) throws -> [RulePack] {
        let builtIn = BuiltInPacks.directory(environment: environment, workingDirectory: workingDirectory)
        let directories = try PackSelection.configuredDirectories(configuration, builtIn: builtIn)
        var loader = PackLoader(matcherFactory: matcherFactory)
        loader.termListCache = CompiledTermListCache.standard(environment: environment)
        var packs: [RulePack] = []
        var errors: [SelarasError] = []
        var seenPackIDs: [String: String] = [:]
        for directory in directories {
            let result = loader.load(directory: directory)
            errors += result.errors
            if let pack = result.pack {
                if let previous = seenPackIDs[pack.id] {
                    errors.append(SelarasError(.pack, "pack id '\(pack.id)' is used by two packs: \(previous) and \(directory)", path: directory + "/pack.json5"))
                }
                seenPackIDs[pack.id] = directory
                packs.append(pack)
            }
        }
        if !errors.isEmpty { throw SelarasErrorList(errors) }
        return packs
    }

    /// The per-file policy from configuration overrides (later overrides win).
    public func policy(forDisplayPath path: String) -> FilePolicy {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var policy = FilePolicy()
        for override in configuration.overrides(for: absolute) {
            if let agency = override.agency { policy.agency = agency }
            policy.disabled += override.disable
            for (rule, level) in override.levels {
                switch level {
                case .off: policy.levels[rule] = .some(nil)
                case .level(let severity): policy.levels[rule] = .some(severity)
                }
            }
        }
        return policy
    }

    public func isIgnored(displayPath path: String) -> Bool {
        Workspace.isIgnored(displayPath: path, configuration: configuration, workingDirectory: workingDirectory)
    }

    /// `isIgnored(displayPath:)` before the workspace exists (inputs are collected while it loads).
    static func isIgnored(displayPath path: String, configuration: Configuration, workingDirectory: String) -> Bool {
        guard !configuration.ignore.isEmpty else { return false }  // no path to build (see `Configuration.isIgnored`)
        return configuration.isIgnored(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }
}

/// Several user errors reported together (every broken rule file of a pack, say).
public struct SelarasErrorList: Error, CustomStringConvertible, Sendable {
    public var errors: [SelarasError]

    public init(_ errors: [SelarasError]) { self.errors = errors }

    public var description: String {
        errors.map(\.description).joined(separator: "\nselaras: error: ")
    }
}
