import Foundation
import Testing
import SelarasCore
@testable import Selaras

/// Precision first: correct releases in many house styles (police, military, regional bank,
/// ministry, regency, city, provincial agencies, BPBD, DPRD, BPS) give no finding at all with
/// every built-in pack and the sample registry — and the same drafts with one fact changed do.
@Suite struct CleanDraftsTests {
    static let fixtures = Harness.repositoryRoot + "/Tests/SelarasTests/Fixtures/clean"
    static let registry = Harness.repositoryRoot + "/Samples/registry"

    static var draftNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Copies the drafts to a fresh directory with no configuration above it: all built-in packs apply.
    func workspace(_ edit: (inout [String: String]) -> Void = { _ in }) throws -> String {
        var files: [String: String] = [:]
        for name in Self.draftNames {
            files["drafts/" + name] = try String(contentsOfFile: Self.fixtures + "/" + name, encoding: .utf8)
        }
        files["drafts/diskominfo-kalsel-siaran-bersih.md"] = try String(
            contentsOfFile: Harness.repositoryRoot + "/Samples/drafts/diskominfo-kalsel-siaran-bersih.md", encoding: .utf8)
        edit(&files)
        return try Harness.temporaryDirectory(files)
    }

    func check(_ directory: String) throws -> (CommandLineRun, [[String: Any]]) {
        let run = Harness.run(["check", "drafts", "--registry", Self.registry, "--format", "json", "--fail-on", "suggestion"], in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any],
                                  "\(run.standardError)")
        return (run, object["findings"] as? [[String: Any]] ?? [])
    }

    @Test func atLeastTenCleanDraftsOfTwoHundredWordsOrMore() throws {
        #expect(Self.draftNames.count >= 10)
        for name in Self.draftNames {
            let text = try String(contentsOfFile: Self.fixtures + "/" + name, encoding: .utf8)
            #expect(text.hasPrefix("---\nagency: "), "\(name) has front matter with its agency")
            #expect(text.contains("\ndate: 20"), "\(name) has a date")
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            #expect(words >= 195 && words <= 420, "\(name): \(words) words")
        }
    }

    @Test func cleanDraftsGiveNoFindingWithEveryBuiltInPack() throws {
        let (run, findings) = try check(try workspace())
        let listed = findings.map { "\($0["path"] ?? ""):\($0["line"] ?? "") [\($0["rule"] ?? "")] \($0["message"] ?? "")" }
        #expect(findings.isEmpty, "\(listed.joined(separator: "\n"))")
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("\"files\""))
    }

    @Test func oneChangedFactIsCaught() throws {
        let directory = try workspace { files in
            files["drafts/bpbd-kalsel-banjir.md"] = files["drafts/bpbd-kalsel-banjir.md"]?
                .replacingOccurrences(of: "12.850 rumah", with: "12.580 rumah")
            files["drafts/diskominfo-kalsel-plh-gubernur.md"] = files["drafts/diskominfo-kalsel-plh-gubernur.md"]?
                .replacingOccurrences(of: "BANJARBARU – Plh. Gubernur Kalsel", with: "BANJARBARU – Gubernur Kalsel")
            files["drafts/polda-kalsel-operasi-patuh.md"] = files["drafts/polda-kalsel-operasi-patuh.md"]?
                .replacingOccurrences(of: "AKBP Candra Contoh", with: "AKBP Candra Kontoh")
        }
        let (run, findings) = try check(directory)
        let rules = findings.compactMap { $0["rule"] as? String }.sorted()
        #expect(rules == ["fakta.angka-registri", "pejabat.ejaan-nama-pejabat", "pejabat.penanda-pelaksana"], "\(run.standardOutput)")
        #expect(run.exitCode == 1)
        let figure = try #require(findings.first { $0["rule"] as? String == "fakta.angka-registri" })
        #expect(figure["match"] as? String == "12.580")
        let evidence = try #require(figure["evidence"] as? [String: Any])
        #expect((evidence["record"] as? String)?.hasSuffix("(banjir-kalsel-2025)") == true)
        #expect(evidence["asOf"] as? String == "2025-02-05")
    }
}
