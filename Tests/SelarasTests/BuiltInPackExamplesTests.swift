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

    /// Packs without `examples` settings are tested as of this date and without a registry.
    static let defaultDate = LocalDate(year: 2025, month: 6, day: 10)!

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
        let pack = try #require(Self.packs.first { $0.rules.contains { $0.metadata.id == ruleID } })
        let rule = try #require(pack.rules.first { $0.metadata.id == ruleID })
        var testing = PackExampleTesting(defaultDate: Self.defaultDate, defaultRegistry: nil)
        let tester = try testing.tester(for: pack)
        let result = tester.test(rule)
        #expect(result.passed, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(!rule.metadata.examples.bad.isEmpty && !rule.metadata.examples.good.isEmpty)
        // One rule per file, named after the rule.
        #expect(((rule.metadata.file as NSString).lastPathComponent as NSString).deletingPathExtension == String(ruleID.split(separator: ".").last ?? ""))
        for example in rule.metadata.examples.bad {
            let suppressed = "<!-- selaras-disable \(ruleID) -- uji -->\n" + example.text
            let document = Document(path: "x.txt", plainText: suppressed)
            let loaded = DocumentLoader.load(bytes: Array(suppressed.utf8), path: "x.txt")
            guard case .loaded(let parsed, _) = loaded else { Issue.record("example does not load"); continue }
            _ = document
            #expect(try tester.check(rule, parsed).isEmpty, "suppression comment did not silence \(ruleID) on: \(example.raw)")
            // Every placeholder of the message is filled in.
            for finding in try tester.check(rule, tester.makeDocument(example.text)) {
                #expect(!finding.message.contains("{"), "\(ruleID): unfilled placeholder in \(finding.message)")
            }
        }
    }
}
