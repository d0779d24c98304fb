import Foundation
import Testing

/// Helpers shared by the bad-input suites: timing, memory, raw files and small packs.
enum BadInput {
    /// Seconds taken by `body`.
    static func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The process's peak resident memory so far, in MiB (Linux reports kilobytes).
    static func peakMemoryMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// Whether AddressSanitizer or ThreadSanitizer is loaded: their shadow memory and quarantine
    /// make resident-memory measurements meaningless, so memory checks are skipped under them.
    static let underSanitizer: Bool = {
        guard let handle = dlopen(nil, RTLD_NOW) else { return false }
        defer { dlclose(handle) }
        return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
    }()

    static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A workspace with `selaras.json5` naming one pack `uji` that holds `rules` (file name → JSON5).
    static func workspace(rules: [String: String], drafts: [String: String] = [:], manifest: String? = nil) throws -> String {
        var files = drafts
        files["selaras.json5"] = "{ packs: [\"uji\"] }\n"
        files["uji/pack.json5"] = manifest ?? "{ id: \"uji\", name: \"Uji\", version: \"0.1.0\", description: \"uji\", language: \"id\", maintainer: \"uji\", rules: [\"*.json5\"] }\n"
        for (name, text) in rules { files["uji/" + name] = text }
        return try Harness.temporaryDirectory(files)
    }

    /// An existence rule with the given pattern (JSON5 string body, already escaped).
    static func patternRule(id: String, pattern: String, bad: String = "«x»") -> String {
        """
        {
          id: "\(id)",
          kind: "existence",
          level: "warning",
          message: "Pola '{match}' ditemukan.",
          description: "uji",
          params: { pattern: "\(pattern)" },
          examples: { bad: ["\(bad)"], good: ["Kalimat baik."] },
        }

        """
    }
}
