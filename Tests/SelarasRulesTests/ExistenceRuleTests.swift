import Testing
import SelarasCore
@testable import SelarasRules

@Suite struct ExistenceRuleTests {
    @Test func termsWithLiteralSuggestion() throws {
        let rule = try RuleHarness.rule("existence", "{ terms: ['tapi'], suggestion: 'tetapi' }")
        #expect(try RuleHarness.summary(rule, "Tapi, tapinya, dan tetapi") == ["Tapi→Tetapi"])
    }

    @Test func patternWithCaptureTemplate() throws {
        let rule = try RuleHarness.rule("existence", #"""
            { pattern: "\\bRp\\.?\\s+(\\d[\\d.]*(?:,\\d+)?)(?:,-)?", suggestion: "Rp$1" }
            """#)
        #expect(try RuleHarness.summary(rule, "Rp 5.000, Rp. 10.000,- dan Rp5.000")
                == ["Rp 5.000→Rp5.000", "Rp. 10.000,-→Rp10.000"])
    }

    @Test func spanGroupAndExceptions() throws {
        let rule = try RuleHarness.rule("existence", #"""
            { pattern: "\\b(ke) (\\d+)", spanGroup: 1, exceptions: ["ke 3 arah"] }
            """#)
        let text = "Juara ke 2, jalan ke 3 arah."
        let findings = try RuleHarness.check(rule, text)
        #expect(findings.map { SourceText(text).text($0.span) } == ["ke"])
        #expect(findings.first?.suggestions == [])
    }

    @Test func invalidCombinationsAreErrors() throws {
        let kind = try #require(RuleKinds.named("existence"))
        let metadata = RuleHarness.metadata(kind: "existence")
        for params in ["{}", "{ pattern: '(a', }", "{ pattern: 'a', terms: ['b'] }", "{ terms: ['b'], spanGroup: 1 }",
                       "{ pattern: 'a', spanGroup: 12 }", "{ pattern: 'a', exceptions: ['%'] }"] {
            #expect(throws: SelarasError.self, "\(params)") { _ = try kind.make(metadata, FakeRuleParameters(params)) }
        }
    }
}
