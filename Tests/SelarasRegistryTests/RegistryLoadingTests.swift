import Testing
import SelarasCore
@testable import SelarasRegistry

@Suite struct RegistryLoadingTests {
    private let termsHeader = ["id", "term", "variants", "status", "preferred", "valid_from", "valid_to", "note", "source", "verified_as_of"]

    @Test func loadsBOMSemicolonAndTSVTables() throws {
        let fixture = try RegistryFixture([
            // Spreadsheet export in an Indonesian locale: BOM, semicolons, CRLF, a quoted field with a semicolon.
            "terms-a.csv": "\u{FEFF}" + termsHeader.joined(separator: ";") + "\r\n"
                + "t1;himbauan;Himbauan;deprecated;imbauan;;;\"catatan; dengan titik koma\";KBBI;2025-10\r\n",
            "terms-b.tsv": termsHeader.joined(separator: "\t") + "\n# komentar\n\n"
                + "t2\tsilahkan\t\tdeprecated\tsilakan\t\t\t\tKBBI\t2025-10\n",
            "terms-c.csv": termsHeader.joined(separator: ",") + "\nt3,Jum’at,,deprecated,Jumat,,,,KBBI,2025\n",
        ])
        let (registry, diagnostics) = try fixture.load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(registry.terms.count == 3)
        let date = LocalDate(year: 2025, month: 1, day: 1)!
        #expect(registry.term("Himbauan", at: date)?.recommendedForm == "imbauan")
        #expect(registry.term("HIMBAUAN", at: date)?.record.note == "catatan; dengan titik koma")
        #expect(registry.term("silahkan", at: date)?.record.line == 4)
        #expect(registry.term("jum'at", at: date)?.recommendedForm == "Jumat")
        #expect(registry.term("imbauan", at: date) == nil)
    }

    @Test func unknownAndMissingColumnsAreErrorsOnTheHeaderLine() throws {
        let fixture = try RegistryFixture([
            "terms.csv": "# header follows\nid,term,status,source,verified_as_of,valid_form\nt1,a,preferred,x,2025,\n",
            "figures.csv": "id,subject,unit,source\nf1,a,persen,x\n",
        ])
        let errors = try fixture.errors()
        #expect(errors.contains { $0.path!.hasSuffix("terms.csv") && $0.line == 2 && $0.message.contains("unknown column 'valid_form'") })
        #expect(errors.contains { $0.path!.hasSuffix("figures.csv") && $0.line == 1 && $0.message.contains("missing required column 'value'") })
    }

    @Test func raggedRowIsAnErrorWithFileAndLine() throws {
        let fixture = try RegistryFixture(["terms.csv": termsHeader.joined(separator: ",") + "\nt1,a,,preferred,,,,,x,2025\nt2,b\n"])
        let errors = try fixture.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.path?.hasSuffix("terms.csv") == true)
        #expect(errors.first?.line == 3)
    }

    @Test func unparsableValuesAreErrorsAndTheRowIsLeftOut() throws {
        let fixture = try RegistryFixture([
            "figures.csv": "id,subject,value,unit,tolerance,source,verified_as_of\nf1,a,1.250,orang,0,x,2025\nf2,b,\"12,5\",persen,2%,x,2025\nf3,c,12,persen,banyak,x,2025\n",
        ])
        let (registry, diagnostics) = try fixture.load()
        let errors = diagnostics.filter { $0.level == .error }
        #expect(errors.map(\.line) == [2, 4])
        #expect(errors[0].message.contains("ambiguous"))
        #expect(registry.figures.map(\.id) == ["f2"])
        #expect(registry.figure(id: "f2")?.value == 12.5)
        #expect(registry.figure(id: "f2")?.accepts(12.7) == true)
        #expect(registry.figure(id: "f2")?.accepts(12.8) == false)
    }

    @Test func otherFilesAreIgnoredAndStrayTablesWarned() throws {
        let fixture = try RegistryFixture(["README.md": "# hi", "pejabat.csv": "a,b\n1,2\n"])
        let (registry, diagnostics) = try fixture.load()
        #expect(registry.rowCounts.values.reduce(0, +) == 0)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.level == .warning)
        #expect(diagnostics.first?.path?.hasSuffix("pejabat.csv") == true)
    }

    @Test func missingDirectoryThrowsARegistryError() {
        #expect(throws: SelarasError.self) { try FactRegistry.load(directory: "/nonexistent/selaras-registry") }
    }
}
