import Foundation
import Testing
import SelarasCore
@testable import SelarasRules

/// A rule file as far as this test needs it (the real loader, with positions, lives in SelarasPacks).
private struct RuleFile: Decodable {
    struct Examples: Decodable {
        var bad: [BadExample]
        var good: [String]
    }

    struct BadExample: Decodable {
        var text: String
        var suggestion: String?

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                self.text = text
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        }

        private enum CodingKeys: String, CodingKey { case text, suggestion }
    }

    var id: String
    var kind: String
    var level: String
    var message: String
    var description: String
    var params: JSONValue
    var examples: Examples
}

/// Runs the examples of every rule of every pack in `Rules/` (SwiftLint-style), also behind a
/// multibyte prefix so byte offsets are exercised.
@Suite struct PackExamplesTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules")

    static var ruleFiles: [URL] {
        let manager = FileManager.default
        let packs = (try? manager.contentsOfDirectory(at: rulesDirectory, includingPropertiesForKeys: nil)) ?? []
        return packs.flatMap { pack in
            ((try? manager.contentsOfDirectory(at: pack, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "json5" && $0.lastPathComponent != "pack.json5" }
        }.sorted { $0.path < $1.path }
    }

    @Test func everyPackHasRules() {
        #expect(PackExamplesTests.ruleFiles.count >= 10)
    }

    @Test(arguments: PackExamplesTests.ruleFiles)
    func examplesHold(_ url: URL) throws {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        let file = try decoder.decode(RuleFile.self, from: Data(contentsOf: url))
        let packID = url.deletingLastPathComponent().lastPathComponent
        #expect(url.deletingPathExtension().lastPathComponent == file.id, "file name must be the rule id")
        #expect(file.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !file.id.isEmpty)
        let level = try #require(Severity(parsing: file.level))
        let kind = try #require(RuleKinds.named(file.kind), "unknown kind \(file.kind)")
        // Claim kinds need claims and the sample registry: BuiltInPackExamplesTests runs their examples.
        guard !kind.needsClaims else { return }
        let metadata = RuleMetadata(id: "\(packID).\(file.id)", packID: packID, kind: file.kind, level: level,
                                    message: file.message, description: file.description, file: url.path)
        let params = try FakeRuleParameters(file.params, directory: url.deletingLastPathComponent(), file: url.path)
        let rule = try kind.make(metadata, params)
        #expect(!file.examples.bad.isEmpty && !file.examples.good.isEmpty, "a rule needs bad and good examples")
        for prefix in ["", "😀\u{00A0}"] {
            for bad in file.examples.bad {
                let example = RuleExample(raw: prefix + bad.text, expectedSuggestion: bad.suggestion)
                #expect(example.markersAreBalanced && !example.expectedSpans.isEmpty, "\(bad.text)")
                let findings = try check(rule, example.text)
                let source = SourceText(example.text)
                #expect(findings.map(\.span.range) == example.expectedSpans,
                        "\(file.id): \(bad.text) flagged \(findings.map { source.text($0.span) })")
                if let expected = bad.suggestion {
                    for finding in findings {
                        #expect(finding.suggestions.first == expected, "\(file.id): \(bad.text)")
                    }
                }
                for finding in findings { #expect(!finding.message.contains("{"), "\(finding.message)") }
            }
            for good in file.examples.good {
                let text = RuleExample(raw: prefix + good).text
                let findings = try check(rule, text)
                #expect(findings.isEmpty, "\(file.id): \(good) flagged \(findings.map { SourceText(text).text($0.span) })")
            }
        }
    }

    @Test func wordPairTableHasNoConflicts() throws {
        let url = PackExamplesTests.rulesDirectory.appendingPathComponent("ejaan/kata-baku.tsv")
        let table = try DelimitedTableReader.parse(bytes: [UInt8](Data(contentsOf: url)), path: url.path)
        #expect(table.rows.count >= 250)
        let from = try #require(table.column("tidak_baku"))
        let to = try #require(table.column("baku"))
        let wrong = Set(table.rows.map { $0.fields[from] })
        #expect(wrong.count == table.rows.count, "duplicate rows")
        for row in table.rows {
            // A standard form must never be listed as non-standard (the lantip list had such cycles).
            for target in row.fields[to].split(separator: "|") where target != row.fields[from] {
                #expect(!wrong.contains(String(target)), "\(target) is listed as both standard and non-standard")
            }
        }
    }

    private func check(_ rule: any Rule, _ text: String) throws -> [Finding] {
        try RuleHarness.check(rule, text)
    }
}
