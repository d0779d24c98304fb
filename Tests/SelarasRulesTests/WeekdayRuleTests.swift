import Testing
import SelarasCore
import SelarasText
@testable import SelarasRules

@Suite struct WeekdayRuleTests {
    static let message = "{date} jatuh pada hari {expected}, bukan {match}."

    func rule(_ params: String = "{}") throws -> any Rule {
        try ClaimHarness.rule("weekday", params, message: Self.message)
    }

    @Test func wrongWeekdayGetsTheRightOne() throws {
        let text = "Penandatanganan dilakukan Kamis (25/7/2022) di Jakarta."
        let finding = try #require(try ClaimHarness.check(try rule(), text).first)
        #expect(finding.message == "25 Juli 2022 jatuh pada hari Senin, bukan Kamis.")
        #expect(SourceText(text).text(finding.span) == "Kamis")
        #expect(finding.suggestions == ["Senin"])
        #expect(finding.evidence == nil, "a calendar fact, not a registry one")
    }

    @Test func rightWeekdaysInEveryFormAreQuiet() throws {
        for good in ["Selasa, 23 Januari 2018", "Selasa (23/1/2018)", "pada Selasa (16/8/2022) pagi", "Senin, 21 Oktober 2024",
                     "Minggu (20/10/2024)", "Jumat, 13 Juni 2025", "“Selasa, 23 Januari 2018”", "🗓️ Kamis, 29 Februari 2024"] {
            #expect(try ClaimHarness.check(try rule(), good).isEmpty, "\(good)")
        }
    }

    @Test func missingYearComesFromTheDocumentDate() throws {
        let date = LocalDate(year: 2025, month: 6, day: 10)!
        // 6 June 2025 was a Friday.
        #expect(try ClaimHarness.summary(try rule(), "Kegiatan Kamis (6/6) di Martapura.", date: date) == ["Kamis→Jumat"])
        #expect(try ClaimHarness.check(try rule(), "Kegiatan Jumat (6/6) di Martapura.", date: date).isEmpty)
        // The same text in a 2024 document: 6 June 2024 was a Thursday.
        #expect(try ClaimHarness.check(try rule(), "Kegiatan Kamis (6/6) di Martapura.", date: LocalDate(year: 2024, month: 6, day: 30)!).isEmpty)
        let finding = try #require(try ClaimHarness.check(try rule(), "Kegiatan Kamis (6/6).", date: date).first)
        #expect(finding.notes.first?.contains("2025") == true)
    }

    @Test func comingDaysWithinTheLookAheadAreAccepted() throws {
        let date = LocalDate(year: 2025, month: 6, day: 10)!
        // 20 June 2025 is a Friday, 20 June 2024 was a Thursday.
        #expect(try ClaimHarness.check(try rule(), "Pendaftaran ditutup Jumat (20/6).", date: date).isEmpty)
        #expect(try ClaimHarness.summary(try rule("{ lookAheadDays: 0 }"), "Pendaftaran ditutup Jumat (20/6).", date: date) == ["Jumat→Kamis"])
    }

    @Test func caseOfTheWeekdayIsKept() throws {
        #expect(try ClaimHarness.summary(try rule(), "BANJARBARU – Dibuka SENIN (10/6/2025).") == ["SENIN→SELASA"])
    }

    @Test func impossibleDatesAreErrors() throws {
        let impossible = try rule("{ impossibleMessage: 'Tanggal {match} tidak ada: {month} hanya sampai {lastDay}.' }")
        let text = "Batas waktu 30 Februari 2025 dan 31/4/2025, lalu 29/2/2023."
        let findings = try ClaimHarness.check(impossible, text)
        #expect(findings.map { SourceText(text).text($0.span) } == ["30 Februari 2025", "31/4/2025", "29/2/2023"])
        #expect(findings.first?.message == "Tanggal 30 Februari 2025 tidak ada: Februari hanya sampai 28.")
        #expect(findings.allSatisfy { $0.suggestions.isEmpty })
        #expect(try ClaimHarness.check(try rule("{ impossibleDates: false }"), text).isEmpty)
        #expect(try ClaimHarness.check(impossible, "Pada 29/2/2024 dan 30 April 2025.").isEmpty)
    }

    @Test func aWeekdayOutsideTheDateClaimIsNotCompared() throws {
        for text in ["Rapat Kamis lalu membahas laporan 25 Juli 2022.", "Sejak Kamis, tim bekerja; 25/7/2022 laporan masuk."] {
            #expect(try ClaimHarness.check(try rule(), text).isEmpty, "\(text)")
        }
    }

    @Test func badParamsAreErrors() throws {
        let kind = try #require(RuleKinds.named("weekday"))
        #expect(throws: SelarasError.self) { _ = try kind.make(RuleHarness.metadata(kind: "weekday"), FakeRuleParameters("{ lookAheadDays: 400 }")) }
        #expect(kind.needsClaims)
    }
}
