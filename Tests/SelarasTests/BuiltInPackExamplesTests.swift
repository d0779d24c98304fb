import Foundation
import Testing
import SelarasCore
import SelarasPacks
import SelarasRegistry
import SelarasRules
import SelarasText
@testable import Selaras

/// The one generic test of every rule in every built-in pack (SwiftLint's habit): each bad
/// example flags exactly its marked spans, each good example nothing — plainly, behind a
/// multibyte prefix, and never inside a suppression comment for the rule.
@Suite struct BuiltInPackExamplesTests {
    static let packs: [RulePack] = {
        let configuration = Configuration(directory: Harness.repositoryRoot)
        return (try? Workspace.loadPacks(configuration, environment: ["SELARAS_RULES": Harness.repositoryRoot + "/Rules"],
                                         workingDirectory: Harness.repositoryRoot)) ?? []
    }()

    static var ruleIDs: [String] { packs.flatMap(\.rules).map(\.metadata.id) }

    static func engine() -> Engine {
        var options = EngineOptions(runDate: LocalDate(year: 2025, month: 6, day: 10)!)
        ClaimWiring.configure(&options, registry: ExampleRegistry.registry)
        return Engine(rules: [], registry: ExampleRegistry.registry, options: options)
    }

    @Test func everyBuiltInPackLoadsWithoutErrors() throws {
        let root = Harness.repositoryRoot + "/Rules"
        let loader = PackLoader(matcherFactory: Workspace.matcherFactory)
        let directories = BuiltInPacks.packDirectories(in: root)
        #expect(directories.count >= 4)
        for directory in directories {
            let result = loader.load(directory: directory)
            #expect(result.errors.isEmpty, "\(result.errors.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test(arguments: ruleIDs)
    func examplesOfRule(_ ruleID: String) throws {
        let rule = try #require(Self.packs.flatMap(\.rules).first { $0.metadata.id == ruleID })
        let engine = Self.engine()
        let tester = PackTester(referenceDate: engine.options.runDate) { rule, document in try engine.findings(of: rule, in: document) }
        let result = tester.test(rule)
        #expect(result.passed, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(!rule.metadata.examples.bad.isEmpty && !rule.metadata.examples.good.isEmpty)
        for example in rule.metadata.examples.bad {
            let suppressed = "<!-- selaras-disable \(ruleID) -- uji -->\n" + example.text
            let document = Document(path: "x.txt", plainText: suppressed)
            let loaded = DocumentLoader.load(bytes: Array(suppressed.utf8), path: "x.txt")
            guard case .loaded(let parsed, _) = loaded else { Issue.record("example does not load"); continue }
            _ = document
            #expect(try engine.findings(of: rule, in: parsed).isEmpty, "suppression comment did not silence \(ruleID) on: \(example.raw)")
        }
    }
}

/// The registry rule examples are checked against: the sample registry, so that examples of
/// registry-backed rules read like real releases of the Kalimantan Selatan forum.
enum ExampleRegistry {
    static let registry: FactRegistry? = try? FactRegistry.load(directory: Harness.repositoryRoot + "/Samples/registry").0
}
