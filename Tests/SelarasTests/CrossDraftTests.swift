import Foundation
import Testing
@testable import Selaras

/// Cross-draft comparison (`lintas.*`): every planted conflict once, with every location;
/// nothing on consistent pairs — each consistent pair has a twin that does conflict, so the
/// pair is known to have been compared.
@Suite struct CrossDraftTests {
    static let registry = Harness.repositoryRoot + "/Samples/registry"

    struct Conflict {
        var rule: String
        var path: String
        var message: String
        var related: [String]
    }

    /// Runs `check --format json` on `files` and returns the `lintas.*` findings.
    static func conflicts(_ files: [String: String], registry: Bool = true, extra: [String] = []) throws -> (conflicts: [Conflict], json: [String: Any]) {
        let dir = try Harness.temporaryDirectory(files)
        var arguments = ["check", ".", "--format", "json", "--date", "2025-06-16"] + extra
        if registry { arguments += ["--registry", Self.registry] }
        let run = Harness.run(arguments, in: dir)
        #expect(run.exitCode != 2, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        let conflicts = findings.compactMap { finding -> Conflict? in
            guard let rule = finding["rule"] as? String, rule.hasPrefix("lintas.") else { return nil }
            let related = (finding["related"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            return Conflict(rule: rule, path: finding["path"] as? String ?? "", message: finding["message"] as? String ?? "", related: related)
        }
        return (conflicts, json)
    }

    static func draft(_ agency: String, _ body: String, date: String = "2025-06-16") -> String {
        "---\nagency: \(agency)\ndate: \(date)\n---\n\nBANJARBARU – \(body)\n"
    }

    // MARK: The samples

    @Test func samplesReportEachPlantedConflictOnceWithEveryLocation() throws {
        let run = Harness.run(["check", "drafts", "--format", "json"], in: Harness.repositoryRoot + "/Samples")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let lintas = (json["findings"] as? [[String: Any]] ?? []).filter { ($0["rule"] as? String)?.hasPrefix("lintas.") == true }
        func related(_ finding: [String: Any]) -> Set<String> {
            Set((finding["related"] as? [[String: Any]] ?? []).compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } })
        }
        let byRule = Dictionary(grouping: lintas) { $0["rule"] as? String ?? "" }
        #expect(lintas.count == 3, "\(lintas.map { $0["message"] ?? "" })")

        let figure = try #require(byRule["lintas.angka"]?.first)
        #expect(byRule["lintas.angka"]?.count == 1)
        #expect((figure["path"] as? String)?.hasSuffix("dinkes-kalsel-gizi-buruk.md") == true, "the side the registry contradicts")
        #expect(related(figure) == ["diskominfo-kalsel-rakor-stunting.md"])
        #expect((figure["message"] as? String)?.contains("1.234") == true)
        #expect((figure["message"] as? String)?.contains("1.234 kasus") == true, "the registry's value is named")

        let title = try #require(byRule["lintas.pejabat"]?.first)
        #expect(byRule["lintas.pejabat"]?.count == 1)
        #expect((title["path"] as? String)?.hasSuffix("korem-101-karya-bakti-banjir.md") == true, "the side the registry contradicts")
        #expect(related(title) == ["bpbd-kalsel-apel-siaga-banjir.md", "pemkab-banjar-tanggap-darurat-banjir.md", "pln-pemulihan-listrik-banjir.md"])
        #expect((title["message"] as? String)?.contains("sesuai dengan bpbd-kalsel, pemkab-banjar, pln") == true)

        let date = try #require(byRule["lintas.tanggal"]?.first)
        #expect(byRule["lintas.tanggal"]?.count == 1)
        #expect((date["path"] as? String)?.hasSuffix("korem-101-karya-bakti-banjir.md") == true, "the minority")
        #expect(related(date) == ["bpbd-kalsel-apel-siaga-banjir.md", "pemkab-banjar-tanggap-darurat-banjir.md", "pln-pemulihan-listrik-banjir.md"])
    }

    @Test func samplesCompareTheConsistentFloodFactsWithoutReportingThem() throws {
        // Bupati Banjar H. Umar Contoh (BPBD, Pemkab), 1.200/1.250 rumah terendam, 3.100 jiwa / 3,1 ribu jiwa:
        // the statements exist in two drafts each and agree.
        let samples = Harness.repositoryRoot + "/Samples/drafts/"
        let names = ["bpbd-kalsel-apel-siaga-banjir.md", "pemkab-banjar-tanggap-darurat-banjir.md"]
        let (conflicts, _) = try Self.conflicts(Dictionary(uniqueKeysWithValues: try names.map {
            ($0, try String(contentsOfFile: samples + $0, encoding: .utf8))
        }))
        #expect(conflicts.isEmpty, "\(conflicts.map(\.message))")
        let changed = try String(contentsOfFile: samples + names[1], encoding: .utf8)
            .replacingOccurrences(of: "1.250 rumah terendam dan 3,1 ribu jiwa", with: "1.650 rumah terendam dan 4,1 ribu jiwa")
            .replacingOccurrences(of: "Bupati Banjar H. Umar Contoh menetapkan", with: "Bupati Banjar H. Umar Kontoh menetapkan")
        let (twins, _) = try Self.conflicts([names[0]: try String(contentsOfFile: samples + names[0], encoding: .utf8), names[1]: changed])
        #expect(twins.filter { $0.rule == "lintas.angka" }.count == 2, "\(twins.map(\.message))")
        #expect(twins.filter { $0.rule == "lintas.pejabat" }.count == 1, "\(twins.map(\.message))")
    }

    // MARK: Figures

    @Test func differentCountsWithoutARegistryEntryConflictOnce() throws {
        let sentence = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan."
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("dinkes-kalsel", sentence.replacingOccurrences(of: "%@", with: "1.234")),
            "b.md": Self.draft("diskominfo-kalsel", "🟢 “Data resmi”: " + sentence.replacingOccurrences(of: "%@", with: "1.243")),
        ], registry: false)
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.path == "b.md")
        #expect(conflicts.first?.related == ["a.md"])
        #expect(conflicts.first?.message.contains("dinkes-kalsel") == true)
    }

    @Test func configurationsNamingPacksCompareDraftsOnlyWithLintas() throws {
        let sentence = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan."
        let drafts = [
            "a.md": Self.draft("dinkes-kalsel", sentence.replacingOccurrences(of: "%@", with: "1.234")),
            "b.md": Self.draft("diskominfo-kalsel", sentence.replacingOccurrences(of: "%@", with: "1.243")),
        ]
        let without = try Self.conflicts(drafts.merging(["selaras.json5": #"{ packs: ["ejaan"] }"#]) { a, _ in a }, registry: false)
        #expect(without.conflicts.isEmpty)
        let with = try Self.conflicts(drafts.merging(["selaras.json5": #"{ packs: ["ejaan", "lintas"] }"#]) { a, _ in a }, registry: false)
        #expect(with.conflicts.count == 1)
        #expect(((with.json["findings"] as? [[String: Any]]) ?? []).allSatisfy { ($0["rule"] as? String)?.hasPrefix("angka.") != true })
    }

    @Test(arguments: [
        ("1,2 juta", "1.200.000", "1.300.000"),
        ("sekitar 1.200", "1.234", "1.400"),
    ])
    func roundingAndHedgesAgreeButTheirTwinsDoNot(_ pair: (String, String, String)) throws {
        func drafts(_ second: String) -> [String: String] {
            [
                "a.md": Self.draft("bpbd-kalsel", "Sepanjang 2024 tercatat \(pair.0) jiwa warga mengungsi di Kabupaten Banjar."),
                "b.md": Self.draft("pemkab-banjar", "Sepanjang 2024 tercatat \(second) jiwa warga mengungsi di Kabupaten Banjar."),
            ]
        }
        #expect(try Self.conflicts(drafts(pair.1)).conflicts.isEmpty)
        #expect(try Self.conflicts(drafts(pair.2)).conflicts.map(\.rule) == ["lintas.angka"])
    }

    @Test func aCountAndARateAreDifferentFacts() throws {
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("dinkes-kalsel", "Pada 2024 tercatat 1.234 balita gizi buruk ditangani di Kalimantan Selatan."),
            "b.md": Self.draft("diskominfo-kalsel", "Pada 2024 tercatat 12,4 persen balita gizi buruk ditangani di Kalimantan Selatan."),
        ], registry: false)
        #expect(conflicts.isEmpty, "\(conflicts.map(\.message))")
    }

    @Test func figuresOfDifferentRegionsAreDifferentFacts() throws {
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("pemkab-banjar", "Sebanyak 1.250 rumah terendam di Kabupaten Banjar."),
            "b.md": Self.draft("pemkot-banjarbaru", "Sebanyak 310 rumah terendam di Kota Banjarbaru."),
        ])
        #expect(conflicts.isEmpty, "\(conflicts.map(\.message))")
    }

    // MARK: Officials, dates, regulations

    @Test func twoSpellingsOfOneOfficialConflictOnTheMisspeltSide() throws {
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("pemkab-banjar", "Bupati Banjar H. Umar Contoh meninjau posko banjir di Martapura."),
            "b.md": Self.draft("pln", "Bupati\u{00A0}Banjar H. Umar Kontoh meninjau gardu di Martapura."),
            "c.md": Self.draft("bpbd-kalsel", "Bupati Banjar Umar Contoh meninjau dapur umum."),
        ])
        #expect(conflicts.map(\.rule) == ["lintas.pejabat"], "\(conflicts.map(\.message))")
        #expect(conflicts.first?.path == "b.md")
        #expect(conflicts.first?.related.sorted() == ["a.md", "c.md"])
    }

    @Test func twoDatesForOneNamedEventConflictButLowercaseMeetingsAreNotCompared() throws {
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("bpbd-kalsel", "BPBD menggelar Apel Siaga Bencana Banjir di Martapura, Senin (16/6/2025)."),
            "b.md": Self.draft("korem-101", "Prajurit mengikuti Apel Siaga Bencana Banjir, Selasa (17/6/2025)."),
            "c.md": Self.draft("pln", "Petugas mengikuti rapat koordinasi di Martapura, Rabu (18/6/2025)."),
            "d.md": Self.draft("pemkab-banjar", "Bupati mengikuti rapat koordinasi di Martapura, Senin (16/6/2025)."),
        ])
        #expect(conflicts.map(\.rule) == ["lintas.tanggal"])
        #expect(conflicts.first?.related == ["a.md"])
    }

    @Test func oneRegulationCitedWithAnotherYearConflicts() throws {
        let (conflicts, _) = try Self.conflicts([
            "a.md": Self.draft("dinkes-kalsel", "Program ini mengacu pada Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting."),
            "b.md": Self.draft("polda-kalsel", "Kegiatan ini mendukung Peraturan Presiden Nomor 72 Tahun 2012 tentang Percepatan Penurunan Stunting."),
            "c.md": Self.draft("diskominfo-kalsel", "Rapat membahas pelaksanaan Perpres 72/2021 di daerah."),
        ])
        #expect(conflicts.map(\.rule) == ["lintas.regulasi"], "\(conflicts.map(\.message))")
        #expect(conflicts.first?.path == "b.md", "the side the registry contradicts")
        #expect(conflicts.first?.related.sorted() == ["a.md", "c.md"])
    }

    // MARK: Configuration, agency, formats

    @Test func agencyComesFromFrontMatterOverridesOrTheFlag() throws {
        let body = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan.\n"
        let (conflicts, json) = try Self.conflicts([
            "selaras.json5": "{ overrides: [ { files: \"dinas/*\", agency: \"dinkes-kalsel\" } ] }\n",
            "dinas/a.md": body.replacingOccurrences(of: "%@", with: "1.234"),
            "b.md": "---\nagency: diskominfo-kalsel\n---\n" + body.replacingOccurrences(of: "%@", with: "1.234"),
            "c.md": body.replacingOccurrences(of: "%@", with: "1.243"),
        ], registry: false, extra: ["--agency", "bappeda-kalsel"])
        let agencies = Dictionary(uniqueKeysWithValues: (json["files"] as? [[String: Any]] ?? []).compactMap { file in
            (file["path"] as? String).map { ($0, file["agency"] as? String ?? "") }
        })
        #expect(agencies == ["dinas/a.md": "dinkes-kalsel", "b.md": "diskominfo-kalsel", "c.md": "bappeda-kalsel"])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.path == "c.md")
        #expect(conflicts.first?.message.contains("dinkes-kalsel") == true && conflicts.first?.message.contains("diskominfo-kalsel") == true)
    }

    @Test func rulesSwitchOffByConfigurationAndSuppressionComments() throws {
        let body = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan.\n"
        let off = try Self.conflicts([
            "selaras.json5": "{ overrides: [ { files: \"**\", levels: { lintas: \"off\" } } ] }\n",
            "a.md": body.replacingOccurrences(of: "%@", with: "1.234"),
            "b.md": body.replacingOccurrences(of: "%@", with: "1.243"),
        ], registry: false)
        #expect(off.conflicts.isEmpty)
        let suppressed = try Self.conflicts([
            "a.md": body.replacingOccurrences(of: "%@", with: "1.234"),
            "b.md": "<!-- selaras-disable-next-line lintas.angka -- angka sementara -->\n" + body.replacingOccurrences(of: "%@", with: "1.243"),
        ], registry: false)
        #expect(suppressed.conflicts.isEmpty)
    }

    @Test func sarifCarriesRelatedLocationsAndTheRules() throws {
        let body = "Sepanjang 2024 tercatat %@ kasus campak pada anak di Kalimantan Selatan.\n"
        let dir = try Harness.temporaryDirectory([
            "a.md": body.replacingOccurrences(of: "%@", with: "1.234"),
            "b.md": body.replacingOccurrences(of: "%@", with: "1.243"),
        ])
        let run = Harness.run(["check", ".", "--format", "sarif"], in: dir)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let sarifRun = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = ((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        #expect(Set(rules.compactMap { $0["id"] as? String }).isSuperset(of: ["lintas.angka", "lintas.pejabat", "lintas.tanggal", "lintas.regulasi"]))
        let result = try #require((sarifRun["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "lintas.angka" })
        let related = result["relatedLocations"] as? [[String: Any]] ?? []
        #expect(related.count == 1)
        let uri = ((related.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri == "a.md")
    }
}
