import Testing
import SelarasCore
@testable import SelarasRules

@Suite struct ConsistencyRuleTests {
    private let percent = #"""
        { groups: [[ { label: "persen", pattern: "(\\d+(?:,\\d+)?) persen\\b", replacement: "$1 persen" },
                     { label: "%", pattern: "(\\d+(?:,\\d+)?) ?%", replacement: "$1%" } ]] }
        """#

    @Test func minorityVariantIsReportedWithTheNorm() throws {
        let rule = try RuleHarness.rule("consistency", percent, message: "{match}: pakai {expected} ({count}×)")
        let findings = try RuleHarness.check(rule, "Naik 12 persen, lalu 5,5 persen, lalu 3 %.")
        #expect(findings.map(\.suggestions) == [["3 persen"]])
        #expect(findings.first?.message == "3 %: pakai persen (2×)")
    }

    @Test func tieGoesToTheVariantUsedFirst() throws {
        let rule = try RuleHarness.rule("consistency", percent)
        #expect(try RuleHarness.summary(rule, "Naik 12%, turun 3 persen.") == ["3 persen→3%"])
        #expect(try RuleHarness.summary(rule, "Turun 3 persen, naik 12%.") == ["12%→12 persen"])
        #expect(try RuleHarness.check(rule, "Naik 12%, turun 3%.").isEmpty)
    }

    @Test func literalVariantsMirrorCaseAndHonourExceptions() throws {
        let rule = try RuleHarness.rule("consistency", """
            { groups: [["Wali Kota", "Walikota"]], exceptions: ["Peraturan Walikota"] }
            """)
        let text = "Wali Kota Banjarbaru hadir. Wali Kota menyapa. WALIKOTA tersenyum. Peraturan Walikota Nomor 5."
        #expect(try RuleHarness.summary(rule, text) == ["WALIKOTA→WALI KOTA"])
        #expect(try RuleHarness.check(rule, "Walikota hadir. Peraturan Walikota dibahas.").isEmpty)
    }

    @Test func exceptionsAreReadOnlyForGroupsThatMixVariants() throws {
        // Exceptions are looked for lazily, once a group uses two variants: the answers are the same.
        let rule = try RuleHarness.rule("consistency", """
            { groups: [["SKPD", "OPD"], ["Wali Kota", "Walikota"]], exceptions: ["Peraturan Walikota", "Rapat SKPD"] }
            """)
        #expect(try RuleHarness.check(rule, "Wali Kota hadir; Peraturan Walikota dibahas.").isEmpty)
        #expect(try RuleHarness.check(rule, "Rapat SKPD dimulai; OPD hadir.").isEmpty, "the exception leaves one variant")
        #expect(try RuleHarness.summary(rule, "Rapat SKPD dimulai; OPD hadir, OPD melapor, SKPD pulang.") == ["SKPD→OPD"])
        #expect(try RuleHarness.summary(rule, "Wali Kota dan Walikota; Peraturan Walikota; Wali Kota lagi.") == ["Walikota→Wali Kota"])
        #expect(try RuleHarness.check(rule, "OPD, Walikota, dan Wali Kota hadir.").count == 1)
    }

    @Test func malformedGroupsAreErrors() throws {
        let kind = try #require(RuleKinds.named("consistency"))
        let metadata = RuleHarness.metadata(kind: "consistency")
        for params in ["{ groups: [] }", "{ groups: [['a']] }", "{ groups: [['a', { label: 'b' }]] }",
                       "{ groups: [['a', { label: 'b', pattern: '(' }]] }", "{ groups: [['a', '%']] }"] {
            #expect(throws: SelarasError.self, "\(params)") { _ = try kind.make(metadata, FakeRuleParameters(params)) }
        }
    }
}
