import Foundation

/// A JSON tree for outputs whose shape is easier to build than to declare (SARIF).
///
/// Encoded with `JSONValue.encode`, which sorts keys, so the order of insertion never shows.
indirect enum JSONValue: Encodable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case dictionary([String: JSONValue])
    case null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .dictionary(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// An object from key-value pairs, leaving out the `nil` values.
    static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var result: [String: JSONValue] = [:]
        for (key, value) in pairs { if let value { result[key] = value } }
        return .dictionary(result)
    }

    /// Pretty-printed, sorted keys, slashes unescaped, newline at the end: the one JSON style
    /// every Selaras output uses, so outputs are deterministic and diff well.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Only non-finite floating-point numbers can fail, and reports contain none.
            return "{ \"error\": \"could not encode report: \(error)\" }\n"
        }
    }
}
