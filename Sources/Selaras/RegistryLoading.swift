import SelarasCore
import SelarasRegistry

/// Loads the fact registry for a run (filled in when the registry module lands).
enum RegistryLoading {
    static func load(directory: String) throws -> (registry: FactRegistry, diagnostics: [Diagnostic]) {
        (FactRegistry(directory: directory), [])
    }
}
