import Foundation
import SelarasCore

/// JSON output of the pack, rules and explain commands: sorted keys, so output is deterministic.
enum CommandJSON {
    static func render(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// An error as `{ path, line, column, message, hint }`, leaving out what is unknown.
    static func error(_ error: SelarasError) -> [String: Any] {
        var entry: [String: Any] = ["message": error.message]
        if let path = error.path { entry["path"] = path }
        if let line = error.line { entry["line"] = line }
        if let column = error.column { entry["column"] = column }
        if let hint = error.hint { entry["hint"] = hint }
        return entry
    }
}

/// The `--format` flag of the commands that print either text or JSON.
extension FlagSpec {
    static let textOrJSON = FlagSpec("--format", value: "FORMAT", choices: ["text", "json"], help: "Output format (default: text).")
}
