import Foundation
import Testing
@testable import Selaras

/// `selaras baseline` records findings; `check --baseline` then shows only new ones.
@Suite struct BaselineCommandTests {
    static let old = "Kepala dinas menghimbau warga.\n\nRapat berlangsung singkat.\n"

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aBaselineHidesOldFindingsShowsNewOnesAndSurvivesInsertedLines() throws {
        let dir = try Harness.temporaryDirectory(["rilis.md": Self.old])
        let before = Harness.run(["check", ".", "--format", "json"], in: dir)
        #expect(before.exitCode == 1, "the old draft has an error-level finding")

        let record = Harness.run(["baseline", ".", "-o", "baseline.json"], in: dir)
        #expect(record.exitCode == 0, "\(record.standardError)")
        #expect(record.standardOutput.contains("Recorded 1 finding"))
        let saved = try String(contentsOfFile: dir + "/baseline.json", encoding: .utf8)
        #expect(saved.contains("\"fingerprint\""))
        #expect(!saved.contains("\"line\""), "baselines do not record line numbers")

        let quiet = Harness.run(["check", ".", "--baseline", "baseline.json"], in: dir)
        #expect(quiet.exitCode == 0, "\(quiet.standardOutput)")
        #expect(!quiet.standardOutput.contains("menghimbau"))

        // Lines inserted above the known finding, and a new problem below it.
        try Self.write("🟢 Siaran pers\n\nBaris baru.\n\n" + Self.old + "\nPetugas menghimbau pengendara.\n", to: dir + "/rilis.md")
        let later = Harness.run(["check", ".", "--baseline", "baseline.json", "--format", "json"], in: dir)
        #expect(later.exitCode == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(later.standardOutput.utf8)) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?["line"] as? Int == 9, "only the new sentence")

        // The old problem fixed: nothing shown, and it counts as fixed.
        try Self.write("Kepala dinas mengimbau warga.\n", to: dir + "/rilis.md")
        let fixed = Harness.run(["check", ".", "--baseline", "baseline.json"], in: dir)
        #expect(fixed.exitCode == 0)
        #expect(fixed.standardOutput.contains("fixed"), "\(fixed.standardOutput)")
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let dir = try Harness.temporaryDirectory(["rilis.md": Self.old, "baseline.json": "keep me\n"])
        let refused = Harness.run(["baseline", ".", "-o", "baseline.json"], in: dir)
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("--force"))
        #expect(try String(contentsOfFile: dir + "/baseline.json", encoding: .utf8) == "keep me\n")
        let forced = Harness.run(["baseline", ".", "--output", "baseline.json", "--force"], in: dir)
        #expect(forced.exitCode == 0, "\(forced.standardError)")
        #expect(try String(contentsOfFile: dir + "/baseline.json", encoding: .utf8).contains("\"version\""))
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try Harness.temporaryDirectory(["rilis.md": Self.old])
        let missing = Harness.run(["baseline", "."], in: dir)
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("-o FILE"))
        let directory = Harness.run(["baseline", ".", "-o", "."], in: dir)
        #expect(directory.exitCode == 2)
        #expect(Harness.run(["baseline", "--help"], in: dir).standardOutput.contains("selaras baseline PATH"))
    }

    @Test func crossDraftFindingsAreBaselinedToo() throws {
        let body = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan.\n"
        let dir = try Harness.temporaryDirectory([
            "a.md": body.replacingOccurrences(of: "%@", with: "1.234"),
            "b.md": body.replacingOccurrences(of: "%@", with: "1.243"),
        ])
        #expect(Harness.run(["check", ".", "--format", "json"], in: dir).standardOutput.contains("lintas.angka"))
        #expect(Harness.run(["baseline", ".", "-o", "b.json"], in: dir).exitCode == 0)
        let run = Harness.run(["check", ".", "--baseline", "b.json", "--format", "json", "--min-level", "warning"], in: dir)
        #expect(!run.standardOutput.contains("lintas.angka"))
    }
}
