import Testing
import SelarasCore
import SelarasText
@testable import SelarasRules

@Suite struct AgencyRuleTests {
    static let renamedMessage = "Pada {date}, '{match}' sudah berganti nama: tulis '{expected}' (berlaku sejak {since})."
    static let spellingMessage = "Tulis nama resmi '{expected}', bukan '{match}'."

    func renamed(_ extra: String = "") throws -> any Rule {
        try ClaimHarness.rule("agency", "{ check: 'renamed'\(extra.isEmpty ? "" : ", " + extra) }", message: Self.renamedMessage)
    }

    func spelling(_ extra: String = "") throws -> any Rule {
        try ClaimHarness.rule("agency", "{ check: 'spelling'\(extra.isEmpty ? "" : ", " + extra) }", message: Self.spellingMessage)
    }

    static let june2025 = LocalDate(year: 2025, month: 6, day: 10)!

    @Test func outdatedNameGetsTheValidOneWithEvidenceOfTheRename() throws {
        let text = "Pelatihan didukung Kementerian Komunikasi dan Informatika."
        let finding = try #require(try ClaimHarness.check(try renamed(), text).first)
        #expect(finding.message == "Pada 2025-06-10, 'Kementerian Komunikasi dan Informatika' sudah berganti nama: tulis 'Kementerian Komunikasi dan Digital' (berlaku sejak 2024-10-21).")
        #expect(finding.suggestions == ["Kementerian Komunikasi dan Digital"])
        #expect(finding.evidence?.record == "agencies.csv:3 (kemkominfo)")
        #expect(finding.evidence?.asOf == "2025-06-10")
        #expect(finding.notes.first?.contains("agencies.csv:4 (komdigi)") == true)
    }

    @Test func outdatedShortFormGetsTheNewShortForm() throws {
        #expect(try ClaimHarness.summary(try renamed(), "Narasumber dari Kominfo hadir.") == ["Kominfo→Komdigi"])
        #expect(try ClaimHarness.check(try renamed("shortForms: false"), "Narasumber dari Kominfo hadir.").isEmpty)
    }

    @Test func namesValidOnTheDocumentDateAreQuiet() throws {
        let before = LocalDate(year: 2024, month: 10, day: 20)!
        #expect(try ClaimHarness.check(try renamed(), "Pelatihan didukung Kementerian Komunikasi dan Informatika.", date: before).isEmpty)
        #expect(try ClaimHarness.check(try renamed(), "Pelatihan didukung Kementerian Komunikasi dan Digital.").isEmpty)
        // Regional dinas names did not change with the ministry (brief §5.2).
        #expect(try ClaimHarness.check(try renamed(), "Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan hadir.").isEmpty)
        #expect(try ClaimHarness.check(try renamed(), "Diskominfo Kalsel hadir.").isEmpty)
    }

    @Test func sentencesAboutThePastAreQuiet() throws {
        for text in ["Sebelumnya, kementerian ini bernama Kementerian Komunikasi dan Informatika.",
                     "Pada 2023 Kominfo meluncurkan program literasi digital.",
                     "Kominfo, yang kini menjadi Komdigi, memulai program itu."] {
            #expect(try ClaimHarness.check(try renamed(), text).isEmpty, "\(text)")
        }
        #expect(try ClaimHarness.check(try renamed("pastMarkers: []"), "Sebelumnya Kominfo hadir.").count == 1)
    }

    @Test func aNameNotYetInUseGetsThePredecessor() throws {
        let earlier = LocalDate(year: 2023, month: 3, day: 1)!
        #expect(try ClaimHarness.summary(try renamed(), "Pelatihan didukung Kementerian Komunikasi dan Digital.", date: earlier)
                == ["Kementerian Komunikasi dan Digital→Kementerian Komunikasi dan Informatika"])
    }

    @Test func nearMissesGetTheNameValidOnTheDate() throws {
        #expect(try ClaimHarness.summary(try spelling(), "Rapat dihadiri Kementrian Kesehatan.") == ["Kementrian Kesehatan→Kementerian Kesehatan"])
        let text = "Perwakilan Kementrian Komunikasi dan Informasi memberi materi."
        let finding = try #require(try ClaimHarness.check(try spelling(), text).first)
        #expect(finding.suggestions == ["Kementerian Komunikasi dan Digital"])
        #expect(finding.message == "Tulis nama resmi 'Kementerian Komunikasi dan Digital', bukan 'Kementrian Komunikasi dan Informasi'.")
        #expect(finding.evidence?.record == "agencies.csv:4 (komdigi)")
        let before = LocalDate(year: 2024, month: 1, day: 5)!
        #expect(try ClaimHarness.check(try spelling(), text, date: before).first?.suggestions == ["Kementerian Komunikasi dan Informatika"])
    }

    @Test func otherAgenciesAreNotNearMisses() throws {
        for text in ["Dinas Komunikasi dan Informatika Kota Banjarmasin turut hadir.", "Kementerian Kesehatan dan Kementerian Dalam Negeri bersepakat.",
                     "Dinas Kesehatan Kabupaten Tapin hadir.", "Rapat dihadiri\u{00A0}Kementerian Kesehatan."] {
            #expect(try ClaimHarness.check(try spelling(), text).isEmpty, "\(text)")
            #expect(try ClaimHarness.check(try renamed(), text).isEmpty, "\(text)")
        }
    }

    @Test func noRegistryNoFindings() throws {
        #expect(try ClaimHarness.check(try renamed(), "Kominfo hadir.", registry: nil).isEmpty)
    }

    @Test func badParamsAreErrors() throws {
        let kind = try #require(RuleKinds.named("agency"))
        for params in ["{}", "{ check: 'nama' }", "{ check: 'spelling', shortForms: true }", "{ check: 'renamed', maxDistance: 1 }",
                       "{ check: 'spelling', maxDistance: 3 }"] {
            #expect(throws: (any Error).self, "\(params)") { _ = try kind.make(RuleHarness.metadata(kind: "agency"), FakeRuleParameters(params)) }
        }
    }
}

extension AgencyRuleTests {
    @Test func yearsInsideCitationsDoNotMakeASentenceHistorical() throws {
        let text = "Sosialisasi UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi bersama Kementerian Komunikasi dan Informatika."
        #expect(try ClaimHarness.summary(try renamed(), text) == ["Kementerian Komunikasi dan Informatika→Kementerian Komunikasi dan Digital"])
    }
}
