import Foundation
import Testing
@testable import Selaras

/// `selaras rules` end to end.
@Suite struct RulesCommandTests {
    /// Every rule file of the built-in packs (one rule per file).
    static let builtInRuleCount: Int = {
        let root = Harness.repositoryRoot + "/Rules"
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return packs.reduce(0) { total, pack in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + pack)) ?? []
            return total + files.filter { $0.hasSuffix(".json5") && $0 != "pack.json5" }.count
        } + CrossDraftRule.all.count
    }()

    @Test func listsEveryBuiltInRuleInAlignedColumns() throws {
        let run = Harness.run(["rules"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("RULE "))
        let columns = ["PACK", "KIND", "LEVEL", "DESCRIPTION"].compactMap { header.range(of: $0)?.lowerBound.utf16Offset(in: header) }
        #expect(columns.count == 4)
        let rows = lines.dropFirst().dropLast()
        #expect(rows.count == Self.builtInRuleCount)
        for row in rows {
            // Ids, packs, kinds and levels are ASCII, so UTF-16 offsets are columns.
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(row.range(of: " " + fields[1] + " ")?.lowerBound.utf16Offset(in: row) == columns[0] - 1, "\(row)")
            #expect(row.range(of: " " + fields[3] + " ")?.lowerBound.utf16Offset(in: row) == columns[2] - 1, "\(row)")
        }
        let kataBaku = try #require(rows.first { $0.hasPrefix("ejaan.kata-baku ") })
        #expect(kataBaku.split(separator: " ").prefix(4) == ["ejaan.kata-baku", "ejaan", "substitution", "error"])
        #expect(lines.last == "\(Self.builtInRuleCount) rule(s)")
    }

    @Test func jsonListsPackKindAndLevel() throws {
        let run = Harness.run(["rules", "--format", "json"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == Self.builtInRuleCount)
        let rupiah = try #require(rules.first { $0["id"] as? String == "angka.rupiah" })
        #expect(rupiah["pack"] as? String == "angka")
        #expect(rupiah["kind"] as? String == "existence")
        #expect(rupiah["level"] as? String == "warning")
        #expect(rules.first { $0["id"] as? String == "ejaan.kata-baku" }?["link"] as? String == "https://kbbi.kemdikbud.go.id/")
    }

    @Test func onlyTheNamedPacks() {
        let run = Harness.run(["rules", "tanggal"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("tanggal.nama-bulan-hari"))
        #expect(!run.standardOutput.contains("ejaan."))
    }

    @Test func aBrokenPackIsAnError() throws {
        let directory = try Harness.temporaryDirectory([
            "p/pack.json5": PackCommandTests.manifest,
            "p/r.json5": "{ id: \"r\", kind: \"substitution\", level: \"error\" , }",
        ])
        let run = Harness.run(["rules", "p"], in: directory)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("p/r.json5:1:1: missing key"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }
}
