import Foundation
import SelarasCore
import SelarasRegistry

/// Loads the fact registry for a check run.
///
/// Broken rows make the run stop (exit 2): checking drafts against a registry that is known
/// to be wrong would give wrong verdicts. Staleness warnings belong to `registry check`.
enum RegistryLoading {
    static func load(directory: String) throws -> (registry: FactRegistry, diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SelarasError(.registry, "registry directory not found", path: directory,
                               hint: "fix `registry` in selaras.json5 or pass --registry DIR")
        }
        let (registry, diagnostics) = try FactRegistry.load(directory: directory)
        let errors = diagnostics.filter { $0.level == .error }
        if !errors.isEmpty {
            throw SelarasErrorList(errors.map { SelarasError(.registry, $0.message, path: $0.path, line: $0.line, column: $0.column,
                                                             hint: "run 'selaras registry check' for the full list") })
        }
        return (registry, diagnostics.filter { $0.level != .note })
    }
}
