import Testing
import SelarasCore
@testable import SelarasRegistry

@Suite struct RegistryQueryTests {
    private let registry: FactRegistry

    init() throws {
        registry = try RegistryFixture(RegistryFixture.minimal).load().0
    }

    private func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func regionNamesIndexedByWordAndNormalisedName() {
        #expect(registry.regionNameWords == ["kalimantan", "selatan", "kalsel"])
        #expect(registry.regionIDByName == ["kalimantan selatan": "kalsel", "kalsel": "kalsel"])
    }

    @Test func holdersAcrossAChangeOfGovernor() {
        #expect(registry.holders(ofPosition: "Gubernur Kalimantan Selatan", at: day("2018-01-23")).map(\.fullName) == ["Sahbirin Noor"])
        #expect(registry.holders(ofPosition: "Gubernur Kalimantan Selatan", at: day("2024-11-13")).map(\.fullName) == ["Sahbirin Noor"])
        let plh = registry.holders(ofPosition: "gubernur  KALSEL", at: day("2024-11-20"))
        #expect(plh.map(\.fullName) == ["Roy Rizali Anwar"])
        #expect(plh.first?.role == .plh)
        #expect(plh.first?.styledPosition == "Plh. Gubernur Kalimantan Selatan")
        #expect(registry.holders(ofPosition: "Gub. Kalsel", at: day("2024-12-01")).map(\.role) == [.plt])
        let muhidin = registry.holders(ofPosition: "Gubernur Provinsi Kalimantan Selatan", at: day("2025-03-01"))
        #expect(muhidin.map(\.titledName) == ["H. Muhidin"])
        #expect(muhidin.first?.evidence(asOf: day("2025-03-01")) == Evidence(
            record: "officials.csv:5 (gub-2)", source: "brief §5.4", verifiedAsOf: "2025-10", asOf: "2025-03-01"))
        #expect(registry.holders(ofPosition: "Gubernur Kalimantan Timur", at: day("2025-03-01")).isEmpty)
        #expect(registry.holders(ofPosition: "Gubernur Kalimantan Selatan", at: day("2015-12-31")).isEmpty)
    }

    @Test func actingMarkerInTheQuerySelectsTheRole() {
        #expect(registry.holders(ofPosition: "Plt. Gubernur Kalsel", at: day("2024-11-20")).isEmpty)
        #expect(registry.holders(ofPosition: "Plh Gubernur Kalsel", at: day("2024-11-20")).count == 1)
    }

    @Test func officialsByNameIgnoreTitlesCaseAndSpacing() {
        #expect(registry.officials(matchingName: "H. Muhidin").count == 2)
        #expect(registry.officials(matchingName: "muhidin").count == 2)
        #expect(registry.officials(matchingName: "dr.\u{00A0}Fitri  Contoh, M.Kes.").map(\.id) == ["kadinkes"])
        #expect(registry.officials(matchingName: "Fitri Contoh", at: day("2021-12-31")).isEmpty)
        #expect(registry.officials(matchingName: "Muhid").isEmpty)
    }

    @Test func agencyAcrossARename() throws {
        let before = try #require(registry.agency(named: "Kominfo", at: day("2024-01-01")))
        #expect(before.isValid)
        #expect(before.isShortForm)
        #expect(before.validName == "Kementerian Komunikasi dan Informatika")
        let after = try #require(registry.agency(named: "kominfo", at: day("2025-01-01")))
        #expect(!after.isValid)
        #expect(after.isRenamed)
        #expect(after.validName == "Kementerian Komunikasi dan Digital")
        #expect(after.validRecord?.shortForms == ["Komdigi"])
        #expect(after.successors.map(\.id) == ["komdigi"])
        #expect(after.record.evidence(asOf: day("2025-01-01")).record == "agencies.csv:2 (kominfo)")
        let lastDay = try #require(registry.agency(named: "Kementerian Komunikasi dan Informatika", at: day("2024-10-20")))
        #expect(lastDay.isValid && !lastDay.isShortForm)
        let early = try #require(registry.agency(named: "Komdigi", at: day("2024-10-20")))
        #expect(!early.isValid && early.isNotYetValid && !early.isRenamed)
        #expect(registry.agency(named: "Kemenkumham", at: day("2025-01-01")) == nil)
    }

    @Test func regulationStatusAsOfADate() throws {
        let uu5 = try #require(registry.regulation(type: RegulationType(parsing: "UU")!, number: "5", year: 2014))
        #expect(uu5.status(at: day("2013-12-31")) == .notYetEnacted)
        #expect(uu5.status(at: day("2023-10-30")) == .inForce)
        guard case .revoked(let change) = uu5.status(at: day("2023-10-31")) else {
            Issue.record("UU 5/2014 should be revoked on 2023-10-31")
            return
        }
        #expect(change.citation == "UU 20/2023")
        let ite = try #require(registry.regulations(citedAs: "Undang-Undang Nomor 11 Tahun 2008").first)
        #expect(ite.status(at: day("2016-10-31")) == .inForce)  // amendment dated 2016-11: certain only from 2016-11-30
        guard case .amended(let one) = ite.status(at: day("2020-01-01")) else { Issue.record("amended"); return }
        #expect(one.map(\.citation) == ["UU 19/2016"])
        guard case .amended(let two) = ite.status(at: day("2024-01-02")) else { Issue.record("amended"); return }
        #expect(two.map(\.citation) == ["UU 19/2016", "UU 1/2024"])
    }

    @Test func regulationNumbersAreComparedNormalised() {
        #expect(registry.regulations(citedAs: "Keppres 160/P Tahun 2024").map(\.id) == ["keppres-160"])
        #expect(registry.regulations(citedAs: "Keputusan Presiden Nomor 160P Tahun 2024").map(\.id) == ["keppres-160"])
        #expect(registry.regulations(citedAs: "Pergub 41/2023").map(\.id) == ["pergub-41"])
        #expect(registry.regulations(citedAs: "Peraturan Gubernur No. 041 Tahun 2023").map(\.id) == ["pergub-41"])
        #expect(registry.regulations(citedAs: "UU 19/2023").isEmpty)  // the BUMN law is 19/2003
        #expect(registry.regulations(citedAs: "PP 5/2014").isEmpty)
        #expect(RegulationReference(parsing: "UU No 14/2008") == RegulationReference(type: RegulationType(parsing: "uu")!, number: "14", year: 2008))
        #expect(RegulationReference(parsing: "Undang-Undang tentang Pers") == nil)
        #expect(RegulationReference(parsing: "Gubernur Kalsel") == nil)
    }

    @Test func lexiconListsNamesForExtractors() {
        let lexicon = registry.lexicon
        #expect(lexicon.officialNames.contains { $0.form == "H. Muhidin" && $0.ids == ["gub-plt", "gub-2"] })
        #expect(lexicon.officialNames.contains { $0.form == "dr. Fitri Contoh, M.Kes." })
        #expect(lexicon.agencyNames.contains { $0.form == "Kominfo" && $0.ids == ["kominfo"] })
        #expect(lexicon.regionNames.map(\.form).contains("Kalsel"))
        #expect(lexicon.positions.first?.form.count ?? 0 >= lexicon.positions.last?.form.count ?? 0)
    }
}
