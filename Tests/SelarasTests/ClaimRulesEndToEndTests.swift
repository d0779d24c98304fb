import Foundation
import Testing
import SelarasCore
@testable import Selaras

/// The claim rules (`tanggal.hari-tanggal`, `regulasi.*`, `lembaga.*`) through the real command
/// line on the sample drafts and registry: findings with evidence in JSON, coverage counts.
@Suite struct ClaimRulesEndToEndTests {
    static let samples = Harness.repositoryRoot + "/Samples"

    /// A workspace with the sample drafts, the sample registry and every built-in pack, plus `extra` drafts.
    static func workspace(_ extra: [String: String] = [:]) throws -> String {
        var files = extra
        let drafts = samples + "/drafts"
        for name in try FileManager.default.contentsOfDirectory(atPath: drafts) where name.hasSuffix(".md") {
            files["drafts/" + name] = try String(contentsOfFile: drafts + "/" + name, encoding: .utf8)
        }
        files["selaras.json5"] = """
            { registry: "\(samples)/registry", packs: ["ejaan", "angka", "tanggal", "pemerintahan", "regulasi", "lembaga"] }
            """
        return try Harness.temporaryDirectory(files)
    }

    static func json(_ run: CommandLineRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    static let planted = """
        ---
        date: 2025-06-10
        ---
        BANJARBARU – Diskominfo Kalsel menggelar sosialisasi Undang-Undang Nomor 27 Tahun 2022 tentang Perlindungan Data Pribadi,
        Kamis (10/6/2025), bersama Kementerian Komunikasi dan Informatika.

        Materi juga membahas UU No 19 Tahun 2023 tentang BUMN dan Peraturan Presiden (PP) Nomor 72 Tahun 2021.
        """

    @Test func plantedClaimErrorsComeWithEvidence() throws {
        let dir = try Self.workspace(["drafts/uji-klaim.md": Self.planted])
        let run = Harness.run(["check", "drafts/uji-klaim.md", "--format", "json"], in: dir)
        #expect(run.exitCode == 1, "\(run.standardError)")
        let findings = try #require(try Self.json(run)["findings"] as? [[String: Any]])
        func find(_ rule: String) -> [String: Any]? { findings.first { $0["rule"] as? String == rule } }
        let weekday = try #require(find("tanggal.hari-tanggal"))
        #expect(weekday["message"] as? String == "10 Juni 2025 jatuh pada hari Selasa, bukan Kamis.")
        #expect(weekday["suggestions"] as? [String] == ["Selasa"])
        let title = try #require(find("regulasi.judul-regulasi"))
        #expect(title["match"] as? String == "Perlindungan Data Pribadi")
        let titleEvidence = try #require(title["evidence"] as? [String: Any])
        #expect(titleEvidence["record"] as? String == "regulations.csv:21 (uu-27-2022)")
        #expect(titleEvidence["asOf"] as? String == "2025-06-10")
        #expect(titleEvidence["verifiedAsOf"] as? String == "2025-10-15")
        #expect(titleEvidence["source"] as? String == "Domain brief §1.3")
        let agency = try #require(find("lembaga.nama-lama"))
        #expect(agency["suggestions"] as? [String] == ["Kementerian Komunikasi dan Digital"])
        #expect((agency["evidence"] as? [String: Any])?["record"] as? String == "agencies.csv:3 (kemkominfo)")
        let number = try #require(find("regulasi.nomor-tahun-regulasi"))
        #expect(number["suggestions"] as? [String] == ["Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara"])
        #expect(find("regulasi.jenis-singkatan")?["match"] as? String == "Peraturan Presiden (PP)")
        #expect(find("regulasi.peraturan-terdaftar") == nil, "the BUMN citation is the number rule's finding, not also 'unknown'")
        let stats = try #require(try Self.json(run)["stats"] as? [String: Any])
        let claims = try #require(stats["claims"] as? [String: Int])
        #expect((claims["found"] ?? 0) > 0 && (claims["resolved"] ?? 0) > 0 && (claims["checked"] ?? 0) > 0)
        #expect((claims["checked"] ?? 0) <= (claims["found"] ?? 0))
    }

    @Test func sampleDraftsHaveOnlyThePlantedClaimFinding() throws {
        let dir = try Self.workspace()
        let run = Harness.run(["check", "drafts", "--format", "json"], in: dir)
        let object = try Self.json(run)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let claimRules = findings.filter { finding in
            let rule = finding["rule"] as? String ?? ""
            return rule.hasPrefix("regulasi.") || rule.hasPrefix("lembaga.") || rule == "tanggal.hari-tanggal"
        }
        // The only planted agency slip in the samples: "Kementrian Kesehatan" in the rakor draft.
        #expect(claimRules.count == 1, "\(claimRules)")
        #expect(claimRules.first?["rule"] as? String == "lembaga.nama-lembaga")
        #expect(claimRules.first?["path"] as? String == "drafts/diskominfo-kalsel-rakor-stunting.md")
        #expect((claimRules.first?["evidence"] as? [String: Any])?["record"] as? String == "agencies.csv:9 (kemenkes)")
        #expect(!findings.contains { ($0["path"] as? String)?.contains("siaran-bersih") == true }, "the clean draft stays clean")
        let claims = try #require((object["stats"] as? [String: Any])?["claims"] as? [String: Int])
        #expect((claims["found"] ?? 0) > 0 && (claims["resolved"] ?? 0) > 0 && (claims["checked"] ?? 0) > 0)
    }

    @Test func coverageCountsFollowTheActiveKinds() throws {
        var options = EngineOptions(runDate: LocalDate(year: 2025, month: 6, day: 10)!)
        ClaimWiring.configure(&options, registry: SampleRegistry.registry, activeKinds: ["agency"])
        let document = Document(path: "a.md", plainText: "Kementerian Kesehatan dan Kominfo hadir Selasa (10/6/2025) membahas UU 14/2008.")
        let extractor = try #require(options.claimExtractor)
        let counter = try #require(options.claimStats)
        let claims = extractor(document, SampleRegistry.registry)
        let stats = counter(claims)
        #expect(stats.found == claims.count)
        #expect(stats.checked == claims.agencies.count && claims.agencies.count == 2)
        #expect(stats.resolved >= 3, "two agencies and one citation are registered")
        ClaimWiring.configure(&options, registry: nil, activeKinds: ["agency", "weekday", "citation"])
        let bareCounter = try #require(options.claimStats)
        let bare = bareCounter(claims)
        #expect(bare.resolved == 0)
    }
}
