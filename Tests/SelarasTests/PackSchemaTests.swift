import Foundation
import Testing
import SelarasRules
@testable import SelarasPacks
@testable import Selaras

/// The JSON Schemas in `schemas/` accept exactly what the loader accepts.
@Suite struct PackSchemaTests {
    static let schemas = Harness.repositoryRoot + "/schemas"

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: schemas + "/" + name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func keys(_ schema: [String: Any], _ path: String...) -> Set<String> {
        var node: Any? = schema
        for key in path { node = (node as? [String: Any])?[key] }
        return Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func topLevelKeysAgreeWithTheLoader() throws {
        #expect(Self.keys(try Self.schema("rule.schema.json")) == Set(RuleFile.CodingKeys.allCases.map(\.stringValue)))
        #expect(Self.keys(try Self.schema("pack.schema.json")) == Set(PackManifest.CodingKeys.allCases.map(\.stringValue)))
        let config = try Self.schema("config.schema.json")
        #expect(Self.keys(config) == Set(ConfigurationFile.CodingKeys.allCases.map(\.stringValue)))
        #expect(Self.keys(config, "properties", "overrides", "items") == Set(OverrideFile.CodingKeys.allCases.map(\.stringValue)))
        #expect(Self.keys(try Self.schema("rule.schema.json"), "properties", "examples") == Set(RuleFileExamples.CodingKeys.allCases.map(\.stringValue)))
    }

    /// A new kind must add itself to the schema: its name, `params/<kind>.schema.json` and an if/then.
    @Test func everyKindHasItsParamsSchema() throws {
        let rule = try Self.schema("rule.schema.json")
        let kindEnum = ((rule["properties"] as? [String: Any])?["kind"] as? [String: Any])?["enum"] as? [String] ?? []
        #expect(Set(kindEnum) == Set(RuleKinds.all.map(\.name)), "properties.kind.enum of schemas/rule.schema.json must list the kinds of RuleKinds.all")
        let branches = rule["allOf"] as? [[String: Any]] ?? []
        for kind in RuleKinds.all.map(\.name) {
            #expect(FileManager.default.fileExists(atPath: Self.schemas + "/params/\(kind).schema.json"), "add schemas/params/\(kind).schema.json")
            let selects = branches.contains { branch in
                let condition = ((branch["if"] as? [String: Any])?["properties"] as? [String: Any])?["kind"] as? [String: Any]
                let then = ((branch["then"] as? [String: Any])?["properties"] as? [String: Any])?["params"] as? [String: Any]
                return condition?["const"] as? String == kind && then?["$ref"] as? String == "params/\(kind).schema.json"
            }
            #expect(selects, "add an if/then for kind '\(kind)' to allOf in schemas/rule.schema.json")
        }
    }

    /// The keys a kind's `params` accepts, as the loader lists them for an unknown key.
    @Test func paramsKeysAgreeWithEachKind() throws {
        let ruleFiles = try JSON5Conversion.builtInRuleFiles()
        for kind in RuleKinds.all.map(\.name) {
            guard case (let path, var rule)? = ruleFiles.first(where: { ($0.1["kind"] as? String) == kind }) else { continue }
            var params = rule["params"] as? [String: Any] ?? [:]
            params["zzUnbekannt"] = 1
            rule["params"] = params
            let directory = try Harness.temporaryDirectory([
                "p/pack.json5": PackCommandTests.manifest,
                "p/r.json5": JSON5Conversion.json(rule),
            ])
            // Tables the rule names stay beside it.
            let original = (path as NSString).deletingLastPathComponent
            for name in try FileManager.default.contentsOfDirectory(atPath: original) where !name.hasSuffix(".json5") {
                try FileManager.default.copyItem(atPath: original + "/" + name, toPath: directory + "/p/" + name)
            }
            let errors = PackLoader(matcherFactory: Workspace.matcherFactory).load(directory: directory + "/p").errors
            let message = try #require(errors.first { $0.message.contains("zzUnbekannt") }?.message, "\(errors)")
            let known = message.components(separatedBy: "known keys: ").last?.components(separatedBy: ", ") ?? []
            let schema = try Self.schema("params/\(kind).schema.json")
            #expect(Set(known) == Self.keys(schema), "params keys of kind '\(kind)'")
        }
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema"))
    func everyBuiltInFileValidatesAndAWrongKeyDoesNot() throws {
        var documents: [(kind: String, name: String, value: Any)] = []
        for (path, rule) in try JSON5Conversion.builtInRuleFiles() { documents.append(("rule", path, rule)) }
        for directory in BuiltInPacks.packDirectories(in: Harness.repositoryRoot + "/Rules") {
            documents.append(("pack", directory + "/pack.json5", try JSON5Conversion.load(directory + "/pack.json5")))
        }
        let sampleConfig = Harness.repositoryRoot + "/Samples/selaras.json5"
        if FileManager.default.fileExists(atPath: sampleConfig) {
            documents.append(("config", sampleConfig, try JSON5Conversion.load(sampleConfig)))
        }
        var wrong = try #require(documents.first { $0.name.hasSuffix("kata-baku.json5") }?.value as? [String: Any])
        wrong["levle"] = "error"
        documents.append(("rule", "wrong-key", wrong))
        var wrongParams = try #require(documents.first { $0.name.hasSuffix("rupiah.json5") }?.value as? [String: Any])
        wrongParams["params"] = ["pattern": "x", "sugestion": "y"]
        documents.append(("rule", "wrong-params-key", wrongParams))
        var mixed = wrongParams
        mixed["params"] = ["pattern": "x", "terms": ["y"]]
        documents.append(("rule", "pattern-and-terms", mixed))

        let results = try SchemaValidator.validate(documents.map { ($0.kind, $0.name, $0.value) })
        for document in documents.dropLast(3) {
            #expect(results[document.name] == [], "\(document.name) should validate: \(results[document.name] ?? ["no result"])")
        }
        #expect(results["wrong-key"]?.contains { $0.contains("'levle' was unexpected") } == true, "\(results["wrong-key"] ?? [])")
        #expect(results["wrong-params-key"]?.contains { $0.contains("'sugestion' was unexpected") } == true, "\(results["wrong-params-key"] ?? [])")
        #expect(results["pattern-and-terms"]?.isEmpty == false)
        #expect(documents.count >= 16 + 4 + 3)
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema"))
    func initFilesValidate() throws {
        let directory = try Harness.temporaryDirectory([:])
        #expect(Harness.run(["init"], in: directory).exitCode == 0)
        let results = try SchemaValidator.validate([
            ("config", "config", try JSON5Conversion.load(directory + "/selaras.json5")),
            ("pack", "pack", try JSON5Conversion.load(directory + "/packs/lokal/pack.json5")),
            ("rule", "rule", try JSON5Conversion.load(directory + "/packs/lokal/istilah-asing.json5")),
        ])
        #expect(results == ["config": [], "pack": [], "rule": []])
    }
}

/// JSON5 files turned into plain JSON through our own parser (python has no JSON5).
enum JSON5Conversion {
    static func load(_ path: String) throws -> Any {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return plain(try JSON5Parser(code: .pack, path: path).parse([UInt8](data)))
    }

    static func plain(_ value: JSON5Value) -> Any {
        switch value.content {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .number(let number): return number.integer.map { $0 as Any } ?? number.double
        case .string(let text): return text
        case .array(let items): return items.map(plain)
        case .object(let members): return Dictionary(members.map { ($0.key, plain($0.value)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    static func json(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Every rule file of the built-in packs, parsed.
    static func builtInRuleFiles() throws -> [(String, [String: Any])] {
        var result: [(String, [String: Any])] = []
        for directory in BuiltInPacks.packDirectories(in: Harness.repositoryRoot + "/Rules") {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            where name.hasSuffix(".json5") && name != "pack.json5" {
                if let rule = try load(directory + "/" + name) as? [String: Any] { result.append((directory + "/" + name, rule)) }
            }
        }
        return result
    }
}

/// Validates JSON documents against `schemas/` with python3's `jsonschema` (Draft 7).
enum SchemaValidator {
    static let script = """
        import json, pathlib, sys
        from jsonschema import Draft7Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT7
        schemas = pathlib.Path(sys.argv[1])
        def retrieve(uri):
            return Resource.from_contents(json.loads(pathlib.Path(uri[len("file://"):]).read_text()), default_specification=DRAFT7)
        registry = Registry(retrieve=retrieve)
        def validator(name):
            path = (schemas / name).resolve()
            schema = json.loads(path.read_text())
            schema["$id"] = path.as_uri()
            return Draft7Validator(schema, registry=registry)
        validators = {k: validator(k + ".schema.json") for k in ("rule", "pack", "config")}
        out = {}
        for item in json.load(sys.stdin):
            out[item["name"]] = sorted(e.message for e in validators[item["kind"]].iter_errors(item["value"]))
        print(json.dumps(out))
        """

    static let isAvailable: Bool = {
        (try? run(["-c", "import jsonschema, referencing"], input: Data())).map { $0.status == 0 } ?? false
    }()

    static func run(_ arguments: [String], input: Data) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// Error messages per document name (empty when valid).
    static func validate(_ documents: [(kind: String, name: String, value: Any)]) throws -> [String: [String]] {
        let input = try JSONSerialization.data(withJSONObject: documents.map { ["kind": $0.kind, "name": $0.name, "value": $0.value] })
        let (status, output) = try run(["-c", script, PackSchemaTests.schemas], input: input)
        #expect(status == 0, "python3 schema validation failed to run")
        return try JSONSerialization.jsonObject(with: output) as? [String: [String]] ?? [:]
    }
}
