import Testing
import SelarasCore
@testable import SelarasRegistry

/// One fixture per defect kind; each must be reported with its file and line.
@Suite struct RegistryIntegrityTests {
    private func errors(replacing file: String, with text: String) throws -> [Diagnostic] {
        var files = RegistryFixture.minimal
        files[file] = text
        return try RegistryFixture(files).errors()
    }

    private func expectOne(_ errors: [Diagnostic], file: String, line: Int, _ fragment: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        let error = errors.first
        #expect(error?.path?.hasSuffix("/" + file) == true, sourceLocation: sourceLocation)
        #expect(error?.line == line, sourceLocation: sourceLocation)
        #expect(error?.message.contains(fragment) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test func minimalFixtureIsClean() throws {
        let (registry, diagnostics) = try RegistryFixture(RegistryFixture.minimal).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(registry.officials.count == 5)
    }

    @Test func duplicateID() throws {
        let text = RegistryFixture.agenciesHeader + "a,A,,badan,,,,,,s,2025\nb,B,,badan,,,,,,s,2025\na,C,,badan,,,,,,s,2025\n"
        var files = RegistryFixture.minimal
        files["agencies.csv"] = text
        files["officials.csv"] = RegistryFixture.officialsHeader
        expectOne(try RegistryFixture(files).errors(), file: "agencies.csv", line: 4, "duplicate id 'a'")
    }

    @Test func danglingReference() throws {
        let text = RegistryFixture.officialsHeader + "x,p,Nama Contoh,,,Bupati Banjar,pemkab-banjar,definitif,2021,,s,2025\n"
        expectOne(try errors(replacing: "officials.csv", with: text), file: "officials.csv", line: 2,
                  "agency 'pemkab-banjar' does not exist")
    }

    @Test func invalidDate() throws {
        let text = RegistryFixture.officialsHeader + "x,p,Nama Contoh,,,Bupati Banjar,pemprov,definitif,2021-02-30,,s,2025\n"
        expectOne(try errors(replacing: "officials.csv", with: text), file: "officials.csv", line: 2, "invalid date '2021-02-30'")
    }

    @Test func reversedDates() throws {
        let text = RegistryFixture.officialsHeader + "x,p,Nama Contoh,,,Bupati Banjar,pemprov,definitif,2024-05,2024-04-30,s,2025\n"
        expectOne(try errors(replacing: "officials.csv", with: text), file: "officials.csv", line: 2, "is before valid_from")
    }

    @Test func overlappingDefinitifTermsForOnePosition() throws {
        // "Gubernur Kalsel" and "Gubernur Provinsi Kalimantan Selatan" are one position.
        let text = RegistryFixture.officialsHeader + """
            a,p1,Nama Satu,,,Gubernur Kalsel,pemprov,definitif,2016,2021-06,s,2025
            b,p2,Nama Dua,,,Plt. Gubernur Kalimantan Selatan,pemprov,Plt,2021-03,2021-05,s,2025
            c,p3,Nama Tiga,,,Gubernur Provinsi Kalimantan Selatan,pemprov,definitif,2021-06-15,,s,2025

            """
        expectOne(try errors(replacing: "officials.csv", with: text), file: "officials.csv", line: 4, "overlaps")
    }

    @Test func adjacentDefinitifTermsDoNotOverlap() throws {
        let text = RegistryFixture.officialsHeader + """
            a,p1,Nama Satu,,,Bupati Banjar,pemprov,definitif,2016,2021-06-14,s,2025
            b,p2,Nama Dua,,,Bupati Banjar,pemprov,definitif,2021-06-15,,s,2025

            """
        #expect(try errors(replacing: "officials.csv", with: text).isEmpty)
    }

    @Test func cycleOfSuccessors() throws {
        let text = RegistryFixture.agenciesHeader + """
            pemprov,Pemerintah Provinsi Kalimantan Selatan,,pemprov,,,,,,s,2025
            a,Badan A,,badan,,,,2020,b,s,2025
            b,Badan B,,badan,,,2021,2022,a,s,2025

            """
        expectOne(try errors(replacing: "agencies.csv", with: text), file: "agencies.csv", line: 3, "cycle of successors: a → b → a")
    }

    @Test func unknownValue() throws {
        let text = RegistryFixture.agenciesHeader + "pemprov,Pemerintah Provinsi Kalimantan Selatan,,provinsi,,,,,,s,2025\n"
        let errors = try errors(replacing: "agencies.csv", with: text)
        // The row is left out, and the officials pointing at it are not reported a second time.
        expectOne(errors, file: "agencies.csv", line: 2, "unknown kind 'provinsi'")
    }

    @Test func unknownRegulationType() throws {
        let text = RegistryFixture.regulationsHeader + "x,Peraturan Ajaib,,1,2020,Judul,2020,,,,s,2025\n"
        expectOne(try errors(replacing: "regulations.csv", with: text), file: "regulations.csv", line: 2, "unknown type")
    }

    @Test func missingSource() throws {
        let text = RegistryFixture.regulationsHeader + "x,UU,,1,2020,Judul,2020,,,,,2025\n"
        expectOne(try errors(replacing: "regulations.csv", with: text), file: "regulations.csv", line: 2, "missing source")
    }

    @Test func revocationWithoutAnyDate() throws {
        let text = RegistryFixture.regulationsHeader + "a,UU,,1,2020,Judul,2020,,b,,s,2025\nb,UU,,2,2021,Judul,,,,,s,2025\n"
        expectOne(try errors(replacing: "regulations.csv", with: text), file: "regulations.csv", line: 2, "revocation date unknown")
    }

    @Test func conflictingTermStatuses() throws {
        let text = "id,term,status,preferred,valid_from,valid_to,source,verified_as_of\n"
            + "a,PUEBI,preferred,,2015,2022-08-15,s,2025\nb,puebi,deprecated,EYD Edisi V,2022-08,,s,2025\n"
        expectOne(try errors(replacing: "terms.csv", with: text), file: "terms.csv", line: 3, "overlapping period")
    }

    @Test func staleFactsAreWarningsRelativeToTheDate() throws {
        let (registry, _) = try RegistryFixture(RegistryFixture.minimal).load()
        let date = LocalDate(year: 2026, month: 10, day: 31)!
        #expect(registry.staleFacts(maxAgeDays: 365, asOf: date).isEmpty)  // verified 2025-10 → through 2025-10-31
        let stale = registry.staleFacts(maxAgeDays: 364, asOf: date)
        #expect(stale.count == registry.rowCounts.values.reduce(0, +))
        #expect(stale.allSatisfy { $0.level == .warning && $0.line != nil })
    }
}
