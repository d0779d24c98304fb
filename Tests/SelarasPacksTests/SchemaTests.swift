import Foundation
import Testing
@testable import SelarasPacks

/// The JSON Schemas in `schemas/` must list exactly the keys the loader accepts.
@Suite struct SchemaTests {
    func properties(_ name: String, under keyPath: String = "properties") throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/\(name)")
        let data = try Data(contentsOf: root)
        let schema = try JSON5Parser(code: .pack, path: name).parse([UInt8](data))
        guard case .object(let members) = schema.value(atKeyPath: keyPath)?.content else { return [] }
        return Set(members.map(\.key))
    }

    @Test func ruleSchemaMatchesTheLoader() throws {
        #expect(try properties("rule.schema.json") == Set(RuleFile.CodingKeys.allCases.map(\.stringValue)))
        #expect(try properties("rule.schema.json", under: "properties.examples.properties")
                == Set(RuleFileExamples.CodingKeys.allCases.map(\.stringValue)))
    }

    @Test func packSchemaMatchesTheLoader() throws {
        #expect(try properties("pack.schema.json") == Set(PackManifest.CodingKeys.allCases.map(\.stringValue)))
    }

    @Test func configSchemaMatchesTheLoader() throws {
        #expect(try properties("config.schema.json") == Set(ConfigurationFile.CodingKeys.allCases.map(\.stringValue)))
        #expect(try properties("config.schema.json", under: "properties.overrides.items.properties")
                == Set(OverrideFile.CodingKeys.allCases.map(\.stringValue)))
    }
}
