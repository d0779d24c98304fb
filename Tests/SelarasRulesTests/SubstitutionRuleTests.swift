import Foundation
import Testing
import SelarasCore
@testable import SelarasRules

@Suite struct SubstitutionRuleTests {
    @Test func inlinePairsWithSeveralFormsAndSuggestions() throws {
        let rule = try RuleHarness.rule("substitution", """
            { terms: [ { from: ["gak", "nggak"], to: "tidak" },
                       { from: "silahturahmi", to: ["silaturahmi", "silaturahim"], note: "keduanya baku" } ] }
            """)
        let findings = try RuleHarness.check(rule, "Nggak ada silahturahmi, gak.")
        #expect(findings.map(\.suggestions) == [["Tidak"], ["silaturahmi", "silaturahim"], ["tidak"]])
        #expect(findings.map(\.message) == ["Nggak → Tidak", "silahturahmi → silaturahmi", "gak → tidak"])
        #expect(findings[1].notes == ["keduanya baku"])
    }

    @Test func noteAndRowLevelFromInlinePairs() throws {
        let rule = try RuleHarness.rule("substitution", """
            { terms: [ { from: "bis", to: "bus", note: "kendaraan", level: "suggestion" } ] }
            """, message: "'{expected}' bukan '{match}'. {note}")
        let finding = try #require(try RuleHarness.check(rule, "Naik bis kota.").first)
        #expect(finding.message == "'bus' bukan 'bis'. kendaraan")
        #expect(finding.severity == .suggestion)
    }

    @Test func suffixesExceptionsAndCaseFollowParams() throws {
        let rule = try RuleHarness.rule("substitution", """
            { terms: [ { from: "ibukota", to: "ibu kota" }, { from: "praktek", to: "praktik" } ],
              suffixes: ["nya"], exceptions: ["Daerah Khusus Ibukota Jakarta"] }
            """)
        #expect(try RuleHarness.summary(rule, "Daerah Khusus Ibukota Jakarta; IBUKOTA baru; Prakteknya baik")
                == ["IBUKOTA→IBU KOTA", "Prakteknya→Praktiknya"])
        let exact = try RuleHarness.rule("substitution", "{ terms: [{from: 'praktek', to: 'praktik'}], ignoreCase: false }")
        #expect(try RuleHarness.summary(exact, "Praktek praktek") == ["praktek→praktik"])
    }

    @Test func titleCaseHeadingsGetTitleCaseSuggestions() throws {
        let rule = try RuleHarness.rule("substitution", "{ terms: [ { from: 'kerjasama', to: 'kerja sama' } ] }")
        let text = "# Pemprov Perkuat Kerjasama Lintas Sektor\n\nKerjasama itu baik; kerjasama juga.\n\n# Kerjasama dengan warga desa\n"
        var document = Document(plainText: text)
        document.headings = [Span(start: 0, end: 41), Span(start: 80, end: 109)]
        let findings = try rule.check(RuleContext(document: document, referenceDate: LocalDate(year: 2025, month: 1, day: 1)!))
        #expect(findings.map { $0.suggestions.first ?? "" } == ["Kerja Sama", "Kerja sama", "kerja sama", "Kerja sama"])
    }

    @Test func tableRowsFilteredByGroupWithLevels() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-sub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = "tidak_baku\tbaku\tcatatan\tkelompok\tlevel\nkementrian\tkementerian\t\tpasti\t\nbis\tbus\tkonteks\tkonteks\tsuggestion\n"
        try Data(tsv.utf8).write(to: directory.appendingPathComponent("pairs.tsv"))
        let kind = try #require(RuleKinds.named("substitution"))
        let sure = try kind.make(RuleHarness.metadata(kind: "substitution"),
                                 FakeRuleParameters("{ table: 'pairs.tsv', group: 'pasti' }", directory: directory))
        #expect(try RuleHarness.summary(sure, "Kementrian naik bis") == ["Kementrian→Kementerian"])
        let all = try kind.make(RuleHarness.metadata(kind: "substitution"),
                                FakeRuleParameters("{ table: 'pairs.tsv' }", directory: directory))
        #expect(try RuleHarness.check(all, "Kementrian naik bis").map(\.severity) == [.warning, .suggestion])
        #expect(throws: SelarasError.self) {
            _ = try kind.make(RuleHarness.metadata(kind: "substitution"),
                              FakeRuleParameters("{ table: 'pairs.tsv', group: 'tidak-ada' }", directory: directory))
        }
    }

    @Test func badParamsAreLocatedErrors() throws {
        let kind = try #require(RuleKinds.named("substitution"))
        let metadata = RuleHarness.metadata(kind: "substitution")
        for params in ["{}", "{ terms: [{from: 'Rp.', to: 'Rp'}] }", "{ terms: [{from: 'a', to: []}] }",
                       "{ terms: [{from: 'a', to: 'b', level: 'fatal'}] }", "{ terms: [{from: 'a', to: 'b'}], suffixes: ['-nya'] }"] {
            #expect(throws: SelarasError.self, "\(params)") { _ = try kind.make(metadata, FakeRuleParameters(params)) }
        }
    }
}
