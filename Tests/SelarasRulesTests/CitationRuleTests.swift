import Foundation
import Testing
import SelarasCore
import SelarasRegistry
import SelarasText
@testable import SelarasRules

/// Runs claim rules the way the engine does: claims extracted with the sample registry's names,
/// the sample registry as facts, and a chosen document date.
enum ClaimHarness {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static let registry: FactRegistry? = try? FactRegistry.load(directory: root + "/Samples/registry").0

    /// The extractors' lexicon as the engine builds it from the registry.
    static let lexicon: CompiledNameLexicon = registry.map(RegistryNameLexicon.compile) ?? .empty

    static func rule(_ kind: String, _ params: String, message: String, level: Severity = .error) throws -> any Rule {
        let entry = try #require(RuleKinds.named(kind))
        return try entry.make(RuleHarness.metadata(kind: kind, message: message, level: level), FakeRuleParameters(params))
    }

    static func check(_ rule: any Rule, _ text: String, date: LocalDate = LocalDate(year: 2025, month: 6, day: 10)!,
                      registry: FactRegistry? = ClaimHarness.registry) throws -> [Finding] {
        let document = Document(plainText: text)
        let claims = ClaimSet.extract(from: document.text, lexicon: lexicon, fallbackYear: date.year)
        return try rule.check(RuleContext(document: document, referenceDate: date, registry: registry, claims: claims))
    }

    /// `flagged → first suggestion` of each finding.
    static func summary(_ rule: any Rule, _ text: String, date: LocalDate = LocalDate(year: 2025, month: 6, day: 10)!) throws -> [String] {
        let source = SourceText(text)
        return try check(rule, text, date: date).map { "\(source.text($0.span))→\($0.suggestions.first ?? "")" }
    }
}

@Suite struct CitationRuleTests {
    static let messages: [String: String] = [
        "form": "lengkap: {expected}", "year": "tanpa tahun: {match}", "type": "{written} disingkat {short}, bukan {abbreviation}",
        "registered": "{match} tidak terdaftar", "title": "Judul {citation}: {expected}, bukan {written}",
        "status": "{citation} dicabut, diganti {by} tentang {byTitle} ({date})", "number": "{match} → {citation}",
    ]

    func rule(_ check: String, _ extra: String = "") throws -> any Rule {
        try ClaimHarness.rule("citation", "{ check: '\(check)' \(extra) }", message: Self.messages[check] ?? "")
    }

    @Test func sampleRegistryLoads() {
        #expect(ClaimHarness.registry != nil)
    }

    @Test func formSuggestsTheRegistryTitleOnFirstMentionOnly() throws {
        let rule = try rule("form")
        let text = "Sesuai UU 14/2008, informasi terbuka. Ketentuan UU 14/2008 juga mengatur sanksi."
        let findings = try ClaimHarness.check(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(SourceText(text).text(finding.span) == "UU 14/2008")
        #expect(finding.suggestions == ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"])
        #expect(finding.message == "lengkap: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik")
        #expect(finding.evidence?.record == "regulations.csv:9 (uu-14-2008)")
        #expect(finding.evidence?.asOf == "2025-06-10")
        #expect(finding.evidence?.verifiedAsOf == "2025-10-15")
    }

    @Test func formBuildsIssuerAndKeepsUnknownRegulationsWithoutEvidence() throws {
        let rule = try rule("form")
        #expect(try ClaimHarness.summary(rule, "Mengacu Permendagri No. 13 tahun 2011.").first?.hasSuffix(
            "→Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2011 tentang Pedoman Pelaksanaan Tugas Kehumasan di Lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah") == true)
        let unknown = try ClaimHarness.check(rule, "Sesuai PP No. 99 Tahun 2020 tentang Contoh Aturan, kata dia.")
        #expect(unknown.first?.suggestions == ["Peraturan Pemerintah Nomor 99 Tahun 2020 tentang Contoh Aturan"])
        #expect(unknown.first?.evidence == nil)
        #expect(try ClaimHarness.check(rule, "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah berlaku.").isEmpty)
    }

    @Test func missingYearIsAWarningWithTheOnlyRegisteredCandidate() throws {
        let rule = try rule("year")
        let findings = try ClaimHarness.check(rule, "Keterbukaan dijamin UU Nomor 14 tentang Keterbukaan Informasi Publik.")
        #expect(findings.first?.suggestions == ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"])
        #expect(try ClaimHarness.check(rule, "Keterbukaan dijamin UU Nomor 14 Tahun 2008.").isEmpty)
    }

    @Test func typeContradictingItsAbbreviation() throws {
        let rule = try rule("type")
        let text = "Aturan itu tertuang dalam Peraturan Presiden (PP) Nomor 80 Tahun 2024."
        let finding = try #require(try ClaimHarness.check(rule, text).first)
        #expect(SourceText(text).text(finding.span) == "Peraturan Presiden (PP)")
        #expect(finding.message == "Peraturan Presiden disingkat Perpres, bukan PP")
        #expect(finding.suggestions == ["Peraturan Presiden (Perpres)"])
        #expect(try ClaimHarness.check(rule, "Peraturan Presiden (Perpres) Nomor 80 Tahun 2024.").isEmpty)
    }

    @Test func unregisteredOnlyForCoveredTypes() throws {
        let rule = try rule("registered")
        let findings = try ClaimHarness.check(rule, "Aturan UU 14/2009 menjamin hak atas informasi.")
        #expect(findings.count == 1)
        #expect(findings.first?.message == "UU 14/2009 tidak terdaftar")
        #expect(findings.first?.evidence?.record == "regulations (no row for UU 14/2009)")
        // Perbup: the sample registry records no Peraturan Bupati, so nothing can be said.
        #expect(try ClaimHarness.check(rule, "Peraturan Bupati Tapin Nomor 3 Tahun 2020 tentang Pasar Desa.").isEmpty)
        let everything = try self.rule("registered", ", coveredTypesOnly: false")
        #expect(try ClaimHarness.check(everything, "Peraturan Bupati Tapin Nomor 3 Tahun 2020 tentang Pasar Desa.").count == 1)
        #expect(try ClaimHarness.check(rule, "Keputusan Presiden Nomor 160P Tahun 2024 menetapkan gubernur.").isEmpty)
        #expect(try ClaimHarness.check(rule, "UU 14/2009", registry: nil).isEmpty)
    }

    @Test func titleDifferenceIsAnErrorButCaseAndCommasAreNot() throws {
        let rule = try rule("title")
        let text = "Data dijaga sesuai UU Nomor 27 Tahun 2022 tentang Perlindungan Data Pribadi."
        let finding = try #require(try ClaimHarness.check(rule, text).first)
        #expect(SourceText(text).text(finding.span) == "Perlindungan Data Pribadi")
        #expect(finding.message == "Judul UU 27/2022: Pelindungan Data Pribadi, bukan Perlindungan Data Pribadi")
        #expect(finding.evidence?.record == "regulations.csv:21 (uu-27-2022)")
        for good in ["UNDANG-UNDANG NOMOR 27 TAHUN 2022 TENTANG PELINDUNGAN DATA PRIBADI",
                     "UU Nomor 24 Tahun 2009 tentang Bendera, Bahasa, dan Lambang Negara, serta Lagu Kebangsaan berlaku.",
                     "UU Nomor\u{00A0}27 Tahun 2022 tentang Pelindungan  Data Pribadi."] {
            #expect(try ClaimHarness.check(rule, good).isEmpty, "\(good)")
        }
    }

    @Test func revokedAtTheDocumentDateNamesTheSuccessor() throws {
        let rule = try rule("status")
        let text = "Pegawai diatur dalam Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara."
        let finding = try #require(try ClaimHarness.check(rule, text).first)
        #expect(finding.message == "UU 5/2014 dicabut, diganti UU 20/2023 tentang Aparatur Sipil Negara (2025-06-10)")
        #expect(finding.evidence?.record == "regulations.csv:13 (uu-5-2014)")
        #expect(finding.notes.contains { $0.contains("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara") })
        // Before the revocation is certain (end of 2023), and when the sentence says so, nothing.
        #expect(try ClaimHarness.check(rule, text, date: LocalDate(year: 2022, month: 5, day: 1)!).isEmpty)
        #expect(try ClaimHarness.check(rule, "UU 5/2014 telah dicabut dan diganti UU 20/2023.").isEmpty)
        #expect(try ClaimHarness.check(rule, "UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik diubah.").isEmpty)
    }

    @Test func numberAndYearAgainstTheTitle() throws {
        let rule = try rule("number")
        let text = "Perusahaan tunduk pada UU No 19 Tahun 2023 tentang BUMN."
        let finding = try #require(try ClaimHarness.check(rule, text).first)
        #expect(SourceText(text).text(finding.span) == "UU No 19 Tahun 2023 tentang BUMN")
        #expect(finding.suggestions == ["Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara"])
        #expect(finding.evidence?.record == "regulations.csv:4 (uu-19-2003)")
        // Registered as written, or no registered regulation of that type with that title: nothing.
        #expect(try ClaimHarness.check(rule, "UU Nomor 19 Tahun 2003 tentang BUMN.").isEmpty)
        #expect(try ClaimHarness.check(rule, "PP Nomor 19 Tahun 2023 tentang BUMN.").isEmpty)
        // A title two laws share: the one in force on the document's date.
        let older = "UU Nomor 7 Tahun 2001 tentang Pembentukan Peraturan Perundang-undangan."
        #expect(try ClaimHarness.check(rule, older, date: LocalDate(year: 2009, month: 1, day: 1)!).first?.suggestions.first?
            .hasPrefix("Undang-Undang Nomor 10 Tahun 2004") == true)
        #expect(try ClaimHarness.check(rule, older).first?.suggestions.first?.hasPrefix("Undang-Undang Nomor 12 Tahun 2011") == true)
    }

    @Test func formDoesNotSpellOutACitationWhoseTitleBelongsToAnotherNumber() throws {
        // The `number` check suggests UU 19/2003; a full form of 19/2023 would suggest the wrong law.
        #expect(try ClaimHarness.check(try rule("form"), "Perusahaan tunduk pada UU No 19 Tahun 2023 tentang BUMN.").isEmpty)
        #expect(try ClaimHarness.check(try rule("form"), "Perusahaan tunduk pada UU No 19 Tahun 2003 tentang BUMN.").count == 1)
    }

    @Test func nestedCitationsInsideAnAmendmentTitleAreLeftAlone() throws {
        let text = "UU Nomor 1 Tahun 2025 tentang Perubahan Ketiga atas Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara."
        for check in ["form", "title", "status", "number", "registered"] {
            #expect(try ClaimHarness.check(try rule(check), text).filter { $0.span.start > 10 }.isEmpty, "\(check)")
        }
    }

    @Test func badParamsAreErrors() throws {
        let kind = try #require(RuleKinds.named("citation"))
        let metadata = RuleHarness.metadata(kind: "citation")
        for params in ["{}", "{ check: 'nomor' }", "{ check: 'form', coveredTypesOnly: false }", "{ check: 'form', types: ['XYZ'] }"] {
            #expect(throws: (any Error).self, "\(params)") { _ = try kind.make(metadata, FakeRuleParameters(params)) }
        }
        let limited = try rule("form", ", types: ['PP']")
        #expect(try ClaimHarness.check(limited, "Sesuai UU 14/2008.").isEmpty)
    }
}

extension CitationRuleTests {
    @Test func aTitleEndsWhereTheNextCitationBegins() throws {
        let text = "Materi membahas UU No 19 Tahun 2023 tentang BUMN dan Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting."
        #expect(try ClaimHarness.summary(try rule("number"), text)
                == ["UU No 19 Tahun 2023 tentang BUMN→Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara"])
        #expect(try ClaimHarness.check(try rule("title"), text).isEmpty)
    }
}
