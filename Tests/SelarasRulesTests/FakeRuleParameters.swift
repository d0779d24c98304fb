import Foundation
import Testing
import SelarasCore
import SelarasPCRE2
@testable import SelarasRules

/// Any JSON value, to carry a rule's `params` from a JSON5 rule file to `FakeRuleParameters`.
enum JSONValue: Codable, Hashable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case let .number(value): try container.encode(value)
        case let .string(value): try container.encode(value)
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        }
    }
}

/// `RuleParameters` without the real pack loader: JSONDecoder with JSON5, tables read from a
/// directory, PCRE2 for patterns. Errors carry the key path in the message instead of a position.
struct FakeRuleParameters: RuleParameters {
    var json: Data
    var directory: URL?
    var file = "<test>"

    init(_ json5: String, directory: URL? = nil) {
        self.json = Data(json5.utf8)
        self.directory = directory
    }

    init(_ value: JSONValue, directory: URL?, file: String) throws {
        self.json = try JSONEncoder().encode(value)
        self.directory = directory
        self.file = file
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try decoder.decode(T.self, from: json)
    }

    func table(at relativePath: String, keyPath: String) throws -> DelimitedTable {
        guard let directory else { throw error("no pack directory", keyPath: keyPath, hint: nil) }
        let url = directory.appendingPathComponent(relativePath)
        let bytes = try [UInt8](Data(contentsOf: url))
        return try DelimitedTableReader.parse(bytes: bytes, path: url.path)
    }

    var termListCache: CompiledTermListCache?

    func fileBytes(at relativePath: String, keyPath: String) throws -> [UInt8] {
        guard let directory else { throw error("no pack directory", keyPath: keyPath, hint: nil) }
        return try [UInt8](Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

    func regex(_ pattern: String, options: MatcherOptions, keyPath: String) throws -> any Matcher {
        do {
            return try PCRE2Matcher(pattern: pattern, options: options)
        } catch {
            throw self.error("regex does not compile: \(error)", keyPath: keyPath, hint: nil)
        }
    }

    func error(_ message: String, keyPath: String, hint: String?) -> SelarasError {
        SelarasError(.pack, "\(keyPath): \(message)", path: file, hint: hint)
    }
}

/// Builds and runs rules in tests.
enum RuleHarness {
    static func metadata(kind: String, message: String = "{match} → {expected}", level: Severity = .warning) -> RuleMetadata {
        RuleMetadata(id: "test.rule", packID: "test", kind: kind, level: level, message: message, description: "")
    }

    static func rule(_ kind: String, _ params: String, message: String = "{match} → {expected}") throws -> any Rule {
        let kindEntry = try #require(RuleKinds.named(kind))
        return try kindEntry.make(metadata(kind: kind, message: message), FakeRuleParameters(params))
    }

    static func check(_ rule: any Rule, _ text: String) throws -> [Finding] {
        let document = Document(plainText: text)
        return try rule.check(RuleContext(document: document, referenceDate: LocalDate(year: 2025, month: 1, day: 1)!))
    }

    /// `flagged text → first suggestion` of every finding.
    static func summary(_ rule: any Rule, _ text: String) throws -> [String] {
        let source = SourceText(text)
        return try check(rule, text).map { "\(source.text($0.span))→\($0.suggestions.first ?? "")" }
    }
}
