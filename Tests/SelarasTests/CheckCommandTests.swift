import Foundation
import Testing
import SelarasCore
@testable import Selaras

/// End-to-end tests of `selaras check`, run in-process.
@Suite struct CheckCommandTests {
    private let manifest = #"{ id: "uji", name: "Uji", version: "1", description: "d", language: "id", maintainer: "m", rules: ["*.json5"] }"#

    @Test func samplesExitOneWithFindingsAndJSONFollowsTheContract() throws {
        let run = Harness.run(["check", "drafts", "--format", "json"], in: Harness.repositoryRoot + "/Samples")
        #expect(run.exitCode == 1, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "selaras")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count >= 4)
        #expect(!files.contains { ($0["path"] as? String)?.contains("arsip") == true }, "ignore globs apply")
        for file in files { #expect(Set(file.keys) == ["path", "agency", "date", "findings"]) }
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        let required: Set<String> = ["path", "line", "column", "endLine", "endColumn", "rule", "level", "message", "match", "suggestions", "related"]
        for finding in findings {
            #expect(required.isSubset(of: Set(finding.keys)))
            #expect(["error", "warning", "suggestion"].contains(finding["level"] as? String ?? ""))
        }
        let stats = try #require(object["stats"] as? [String: Any])
        #expect(stats["findings"] as? Int == findings.count)
        #expect((stats["claims"] as? [String: Any])?.keys.sorted() == ["checked", "found", "resolved"])
    }

    @Test func sarifOutputCarriesFingerprints() throws {
        let sarif = Harness.run(["check", "drafts", "--format", "sarif"], in: Harness.repositoryRoot + "/Samples")
        let fingerprints = sarif.standardOutput.components(separatedBy: "\"selaras/v1\" : \"").dropFirst()
        #expect(fingerprints.count > 5)
        #expect(fingerprints.allSatisfy { $0.prefix(64).allSatisfy(\.isHexDigit) })
    }

    @Test func outputIsDeterministic() {
        let first = Harness.run(["check", "drafts", "--format", "json"], in: Harness.repositoryRoot + "/Samples")
        let second = Harness.run(["check", "drafts", "--format", "json"], in: Harness.repositoryRoot + "/Samples")
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func textOutputShowsCaretSuggestionAndSummary() throws {
        let dir = try Harness.temporaryDirectory(["rilis.txt": "Kepala dinas menghimbau warga.\n"])
        let run = Harness.run(["check", "rilis.txt"], in: dir)
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.contains("rilis.txt:1:14: error [ejaan.kata-baku]"))
        #expect(run.standardOutput.contains("^~~~~~~~~~"))
        #expect(run.standardOutput.contains("suggestion: mengimbau"))
        #expect(run.standardOutput.contains("1 error"))
        #expect(!run.standardOutput.contains("\u{1B}["), "no colour when not a terminal")
    }

    @Test func cleanTextExitsZeroAndFailOnLowersTheBar() throws {
        let dir = try Harness.temporaryDirectory(["a.md": "Kepala dinas mengimbau warga.\n", "b.md": "Naik 20 % tahun ini.\n"])
        #expect(Harness.run(["check", "a.md"], in: dir).exitCode == 0)
        #expect(Harness.run(["check", "b.md"], in: dir).exitCode == 0, "a warning does not fail at the default error level")
        #expect(Harness.run(["check", "b.md", "--fail-on", "warning"], in: dir).exitCode == 1)
        let quiet = Harness.run(["check", "b.md", "--min-level", "error", "--format", "json"], in: dir)
        #expect(!quiet.standardOutput.contains("persen-spasi"))
    }

    @Test func standardInputIsChecked() {
        let run = Harness.run(["check", "-"], in: Harness.repositoryRoot, stdin: "Ini praktek lama.\n")
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.contains("<stdin>:1:5"))
    }

    @Test func invalidUTF8IsNamedAndOtherFilesAreStillChecked() throws {
        let dir = try Harness.temporaryDirectory(["baik.txt": "Ini praktek.\n"])
        try Data([0x49, 0x6E, 0x69, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: dir + "/rusak.txt"))
        let run = Harness.run(["check", "."], in: dir)
        #expect(run.exitCode == 2)
        #expect(run.standardOutput.contains("rusak.txt:1:5: error: invalid UTF-8 at byte offset 4"))
        #expect(run.standardOutput.contains("baik.txt:1:5: error [ejaan.kata-baku]"))
    }

    @Test func brokenPackExitsTwoWithLineAndColumn() throws {
        let dir = try Harness.temporaryDirectory([
            "selaras.json5": #"{ packs: ["uji"] }"#,
            "uji/pack.json5": manifest,
            "uji/r.json5": "{\n  id: \"r\",\n  kind: \"existence\",\n  levle: \"error\",\n}\n",
            "d.txt": "teks\n",
        ])
        let run = Harness.run(["check", "d.txt"], in: dir)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("uji/r.json5:4:3:"), "\(run.standardError)")
    }

    @Test func pathologicalRegexEndsWithAWarningNamingTheRule() throws {
        let rule = """
        { id: "lambat", kind: "existence", level: "warning", message: "m {match}", description: "d",
          params: { pattern: "(a+)+$" }, examples: { bad: ["«aaa»"], good: ["b"] } }
        """
        let dir = try Harness.temporaryDirectory([
            "selaras.json5": #"{ packs: ["uji", "ejaan"] }"#,
            "uji/pack.json5": manifest,
            "uji/lambat.json5": rule,
            "a.txt": String(repeating: "a", count: 50_000) + "b\n",
            "b.txt": "Ini praktek.\n",
        ])
        let start = Date()
        let run = Harness.run(["check", "."], in: dir)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(run.standardOutput.contains("a.txt: warning: rule uji.lambat stopped on this file"), "\(run.standardOutput)")
        #expect(run.standardOutput.contains("b.txt:1:5: error [ejaan.kata-baku]"))
    }

    @Test func unknownOptionAndBadDateAreUsageErrors() {
        let option = Harness.run(["check", "--formt", "json"], in: Harness.repositoryRoot)
        #expect(option.exitCode == 2)
        #expect(option.standardError.contains("did you mean --format?"))
        let date = Harness.run(["check", "--date", "10-06-2025", "-"], in: Harness.repositoryRoot)
        #expect(date.exitCode == 2)
        #expect(Harness.run(["check", "--format", "xml"], in: Harness.repositoryRoot).exitCode == 2)
    }

    @Test func versionAndHelp() {
        #expect(Harness.run(["--version"], in: "/").standardOutput == "selaras \(SelarasVersion.current)\n")
        let help = Harness.run(["check", "--help"], in: "/")
        #expect(help.exitCode == 0)
        for flag in CheckCommand.flags { #expect(help.standardOutput.contains(flag.name)) }
    }
}
