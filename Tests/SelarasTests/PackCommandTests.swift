import Foundation
import Testing
@testable import Selaras

/// `selaras pack test|check` end to end, through the in-process command line.
@Suite struct PackCommandTests {
    static let manifest = """
        { id: "uji", name: "Uji", version: "1", description: "Paket uji", language: "id", maintainer: "QA", rules: ["*.json5"] }
        """

    /// A substitution rule; `bad` and `good` are JSON5 array bodies.
    static func rule(id: String, bad: String, good: String, extra: String = "") -> String {
        """
        {
          id: "\(id)",
          kind: "substitution",
          level: "warning",
          message: "Tulis '{expected}', bukan '{match}'.",
          description: "Uji.",\(extra)
          params: { terms: [{ from: "dihimbau", to: "diimbau" }, { from: ["himbauan", "himbau"], to: ["imbauan", "imbau"] }] },
          examples: { bad: [\(bad)], good: [\(good)] },
        }
        """
    }

    static func pack(_ rules: [String: String]) throws -> String {
        var files = ["packs/uji/pack.json5": manifest]
        for (name, text) in rules { files["packs/uji/\(name)"] = text }
        return try Harness.temporaryDirectory(files)
    }

    @Test func checkOfTheBuiltInPacksIsClean() {
        let run = Harness.run(["pack", "check"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let packCount = BuiltInPacks.packDirectories(in: Harness.repositoryRoot + "/Rules").count
        #expect(packCount >= 6)
        #expect(run.standardOutput.contains("\(packCount) pack(s)"))
        #expect(run.standardOutput.hasSuffix("ok\n"))
        #expect(run.standardError.isEmpty)
    }

    @Test func testOfTheBuiltInPacksPasses() {
        let run = Harness.run(["pack", "test", "ejaan", "angka"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardOutput.contains("PASS  ejaan.kata-baku  (7 bad, 4 good)"))
        #expect(run.standardOutput.contains("PASS  angka.rupiah"))
        #expect(!run.standardOutput.contains("tanggal."))
        #expect(run.standardOutput.contains(", 0 failed"))
    }

    @Test func passingRuleWithCurlyQuotesNBSPAndEmoji() throws {
        let directory = try Self.pack(["imbauan.json5": Self.rule(
            id: "imbauan",
            bad: #"{ text: "😀 “Warga «dihimbau» waspada.”", suggestion: "diimbau" }, "Isi\u00A0«himbauan» itu.""#,
            good: #""Warga diimbau waspada.", "Sebuah “imbauan”\u00A0resmi.""#)])
        let run = Harness.run(["pack", "test", "packs/uji"], in: directory)
        #expect(run.exitCode == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardOutput.contains("PASS  uji.imbauan  (2 bad, 2 good)"))
    }

    @Test func aBrokenExampleNamesTheRuleAndWhatDiffered() throws {
        let directory = try Self.pack([
            "baik.json5": Self.rule(id: "baik", bad: #""Warga «dihimbau» waspada.""#, good: #""Warga diimbau.""#),
            // The mark covers one character too many.
            "rusak.json5": Self.rule(id: "rusak", bad: #""Warga «dihimbau »waspada.""#, good: #""Warga diimbau.""#),
        ])
        let run = Harness.run(["pack", "test", "packs/uji"], in: directory)
        #expect(run.exitCode == 1)
        let out = run.standardOutput
        #expect(out.contains("PASS  uji.baik"))
        #expect(out.contains("FAIL  uji.rusak  packs/uji/rusak.json5"))
        #expect(out.contains("expected: \"Warga «dihimbau »waspada.\""))
        #expect(out.contains("got: \"Warga «dihimbau» waspada.\""))
        // The multibyte-prefix rerun repeats the same failure: it is not shown twice.
        #expect(!out.contains("[with a multibyte prefix]"))
        #expect(out.contains("2 rule(s), 1 passed, 1 failed"))
    }

    @Test func wrongSuggestionAndMissingGoodExampleFail() throws {
        let directory = try Self.pack([
            "saran.json5": Self.rule(id: "saran", bad: #"{ text: "Warga «dihimbau».", suggestion: "dihimbau" }"#, good: #""Baik.""#),
            "tanpa-baik.json5": Self.rule(id: "tanpa-baik", bad: #""Warga «dihimbau».""#, good: ""),
        ])
        let run = Harness.run(["pack", "test", "."], in: directory + "/packs/uji")
        #expect(run.exitCode == 1, "\(run.standardError)")
        #expect(run.standardOutput.contains("FAIL  uji.saran  saran.json5"))
        #expect(run.standardOutput.contains("expected the suggestion \"dihimbau\""))
        #expect(run.standardOutput.contains("got \"diimbau\""))
        #expect(run.standardOutput.contains("FAIL  uji.tanpa-baik"))
        #expect(run.standardOutput.contains("the rule has no good example"))
    }

    @Test func goodExampleThatIsFlaggedFails() throws {
        let directory = try Self.pack(["salah.json5": Self.rule(
            id: "salah", bad: #""Warga «dihimbau».""#, good: #""Pesan himbauan resmi.""#)])
        let run = Harness.run(["pack", "test", "packs/uji", "--format", "json"], in: directory)
        #expect(run.exitCode == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(json["failed"] as? Int == 1)
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "uji.salah")
        #expect(rules.first?["passed"] as? Bool == false)
        let failures = try #require(rules.first?["failures"] as? [[String: Any]])
        #expect(failures.first?["example"] as? String == "Pesan himbauan resmi.")
        #expect((failures.first?["message"] as? String)?.contains("good example: spans differ") == true)
    }

    @Test func aWrongKeyIsReportedAtItsLineAndColumn() throws {
        let text = Self.rule(id: "kunci", bad: #""Warga «dihimbau».""#, good: #""Baik.""#, extra: "\n  levle: \"error\",")
        let directory = try Self.pack(["kunci.json5": text])
        let check = Harness.run(["pack", "check", "packs/uji"], in: directory)
        #expect(check.exitCode == 2)
        #expect(check.standardError.contains("packs/uji/kunci.json5:7:3: unknown key 'levle' in rule"), "\(check.standardError)")
        #expect(check.standardError.contains("did you mean 'level'?"))
        #expect(check.standardOutput.contains("1 error(s)"))
        let test = Harness.run(["pack", "test", "packs/uji"], in: directory)
        #expect(test.exitCode == 2)
        #expect(test.standardError.contains("kunci.json5:7:3: unknown key 'levle'"))
        let json = Harness.run(["pack", "check", "packs/uji", "--format", "json"], in: directory)
        #expect(json.exitCode == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let error = try #require((object["errors"] as? [[String: Any]])?.first)
        #expect(error["line"] as? Int == 7 && error["column"] as? Int == 3)
    }

    @Test func everyErrorOfAPackIsListed() throws {
        let directory = try Self.pack([
            "a.json5": "{ id: \"a\", kind: \"substitusi\" ",
            "b.json5": Self.rule(id: "b", bad: #""Warga «dihimbau».""#, good: #""Baik.""#).replacingOccurrences(of: "\"warning\"", with: "\"peringatan\""),
        ])
        let run = Harness.run(["pack", "check", "packs/uji"], in: directory)
        #expect(run.exitCode == 2)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(run.standardError)")
        #expect(lines.contains { $0.hasPrefix("packs/uji/a.json5:1:") })
        #expect(lines.contains { $0.hasPrefix("packs/uji/b.json5:4:10: 'level' must be one of") })
    }

    @Test func withoutArgumentsTheConfiguredPacksAreUsed() throws {
        let directory = try Self.pack(["baik.json5": Self.rule(id: "baik", bad: #""«himbauan»""#, good: #""imbauan""#)])
        try Data("{ packs: [\"packs/uji\", \"tanggal\"] }\n".utf8).write(to: URL(fileURLWithPath: directory + "/selaras.json5"))
        let run = Harness.run(["pack", "test"], in: directory)
        #expect(run.exitCode == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardOutput.contains("PASS  uji.baik"))
        #expect(run.standardOutput.contains("PASS  tanggal."))
        #expect(!run.standardOutput.contains("ejaan."))
    }

    @Test func usageErrors() throws {
        let missing = Harness.run(["pack", "check", "tidak-ada"], in: Harness.repositoryRoot)
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("pack not found: tidak-ada"))
        #expect(missing.standardError.contains("ejaan"))
        let wrongAction = Harness.run(["pack", "tset"], in: Harness.repositoryRoot)
        #expect(wrongAction.exitCode == 2)
        #expect(wrongAction.standardError.contains("did you mean 'selaras pack test'?"))
        let none = Harness.run(["pack"], in: Harness.repositoryRoot)
        #expect(none.exitCode == 2)
        let help = Harness.run(["pack", "--help"], in: Harness.repositoryRoot)
        #expect(help.exitCode == 0 && help.standardOutput.contains("--format"))
    }
}
