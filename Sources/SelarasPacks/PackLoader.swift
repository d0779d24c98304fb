import Foundation
import SelarasCore
import SelarasRules

/// Loads rule packs: a directory with `pack.json5` and one JSON5 file per rule.
///
/// Each rule file is read independently and every problem is collected, so `selaras pack check`
/// can list them all at once. Each error names the file, line and column and says what to do.
public struct PackLoader: Sendable {
    /// The manifest's file name.
    public static let manifestName = "pack.json5"

    public var matcherFactory: any MatcherFactory
    /// The kinds rules may name (the closed table in `RuleKinds`; tests pass their own).
    public var kinds: [RuleKind]
    /// Where rules may keep compiled term lists between runs (nil: compile every time).
    public var termListCache: CompiledTermListCache?

    public init(matcherFactory: any MatcherFactory, kinds: [RuleKind] = RuleKinds.all) {
        self.matcherFactory = matcherFactory
        self.kinds = kinds
    }

    /// Loads the pack in `directory`, collecting every error.
    public func load(directory: String) -> PackLoadResult {
        let manifestPath = PackPaths.join(directory, Self.manifestName)
        guard let data = FileBytes.read(atPath: manifestPath) else {
            let error = SelarasError(.pack, "no \(Self.manifestName) in '\(directory)'", path: manifestPath,
                                     hint: "a pack is a directory with a \(Self.manifestName) manifest")
            return PackLoadResult(pack: nil, errors: [error])
        }
        let root: JSON5Value
        do {
            root = try JSON5Parser(code: .pack, path: manifestPath).parse(data)
        } catch {
            return PackLoadResult(pack: nil, errors: [error])
        }
        // A well-formed manifest is read directly; the decoder reads the rest and says what is wrong.
        let decoder = JSON5TreeDecoder(code: .pack, path: manifestPath, subject: "pack manifest")
        let (decoded, manifestErrors) = PackManifest(plain: root).map { ($0, []) }
            ?? decoder.decodeReportingAll(PackManifest.self, from: root)
        guard let manifest = decoded else { return PackLoadResult(pack: nil, errors: manifestErrors) }
        var errors = manifestErrors
        if !Self.isValidID(manifest.id) {
            errors.append(Self.error(at: root["id"] ?? root, manifestPath,
                                     "pack id '\(manifest.id)' must be lower-case letters, digits and '-'",
                                     hint: "for example \"ejaan\" or \"nama-instansi\""))
        }

        let files = ruleFiles(manifest: manifest, root: root, directory: directory,
                              manifestPath: manifestPath, errors: &errors)
        var rules: [any Rule] = []
        var seenIDs: [String: String] = [:]
        for file in files {
            let path = PackPaths.join(directory, file)
            var fileErrors: [SelarasError] = []
            if let rule = loadRule(path: path, packID: manifest.id, directory: directory, seenIDs: &seenIDs,
                                   errors: &fileErrors), fileErrors.isEmpty {
                rules.append(rule)
            }
            errors += fileErrors
        }
        var pack = RulePack(
            id: manifest.id, name: manifest.name, version: manifest.version, description: manifest.description,
            language: manifest.language, maintainer: manifest.maintainer, directory: directory, rules: rules)
        if let settings = manifest.examples {
            if let written = settings.date {
                if let date = LocalDate(iso: written) {
                    pack.examplesDate = date
                } else {
                    errors.append(Self.error(at: root.value(atKeyPath: "examples.date") ?? root, manifestPath,
                                             "examples.date '\(written)' is not a date", hint: "write it as YYYY-MM-DD"))
                }
            }
            if let registry = settings.registry {
                pack.examplesRegistry = URL(fileURLWithPath: registry, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
                    .standardizedFileURL.path
            }
        }
        return PackLoadResult(pack: pack, errors: errors)
    }

    /// Loads the pack in `directory`, throwing its first error.
    public func loadPack(directory: String) throws(SelarasError) -> RulePack {
        let result = load(directory: directory)
        if let first = result.errors.first { throw first }
        guard let pack = result.pack else { throw SelarasError(.pack, "cannot load the pack", path: directory) }
        return pack
    }

    /// Whether `id` is a valid rule or pack id: `[a-z0-9][a-z0-9-]*`.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, Self.isIDByte(first), first != 0x2D else { return false }
        return id.utf8.allSatisfy(Self.isIDByte)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
    }

    static func error(at value: JSON5Value, _ path: String, _ message: String, hint: String? = nil) -> SelarasError {
        SelarasError(.pack, message, path: path, line: value.line, column: value.column, hint: hint)
    }

    /// The rule files the manifest's globs select, relative to the pack, sorted.
    private func ruleFiles(
        manifest: PackManifest, root: JSON5Value, directory: String, manifestPath: String,
        errors: inout [SelarasError]
    ) -> [String] {
        let candidates = PackFileListing.files(in: directory).filter { $0 != Self.manifestName }
        var selected = Set<String>()
        let globValues = root["rules"]?.arrayValue ?? []
        for (index, pattern) in manifest.rules.enumerated() {
            let place = index < globValues.count ? globValues[index] : root
            do {
                let glob = try Glob(pattern)
                let matching = candidates.filter { glob.matches($0) }
                if matching.isEmpty {
                    errors.append(Self.error(at: place, manifestPath, "'\(pattern)' matches no file in the pack",
                                             hint: "patterns are relative to the pack directory, e.g. \"*.json5\""))
                }
                selected.formUnion(matching)
            } catch {
                errors.append(Self.error(at: place, manifestPath, "invalid pattern: \(error.message)"))
            }
        }
        return selected.sorted()
    }
}
