import SelarasCore
import SelarasPCRE2
import SelarasRules
import Testing
@testable import SelarasPacks

@Suite struct PackTesterTests {
    let tester = PackTester(referenceDate: LocalDate(year: 2025, month: 1, day: 1)!)

    func rule(_ pattern: String, suggestion: String? = nil, bad: [RuleExample], good: [RuleExample]) throws -> FindRule {
        let metadata = RuleMetadata(id: "uji.r", packID: "uji", kind: "find", level: .error, message: "{match}",
                                    description: "", examples: RuleExamples(bad: bad, good: good), file: "r.json5")
        return FindRule(metadata: metadata, matcher: try PCRE2Matcher(pattern: pattern), suggestion: suggestion)
    }

    @Test func passingRulePassesBothRuns() throws {
        let result = tester.test(try rule("Kementrian", suggestion: "Kementerian",
                                          bad: [RuleExample(raw: "“«Kementrian»” dan «Kementrian».", expectedSuggestion: "Kementerian")],
                                          good: [RuleExample(raw: "Kementerian\u{00A0}Kesehatan.")]))
        #expect(result.passed, "\(result.failures)")
        #expect(result.ruleID == "uji.r" && result.file == "r.json5")
    }

    @Test func wrongSpanIsReportedWithTexts() throws {
        let result = tester.test(try rule("Kementrian Kesehatan", bad: [RuleExample(raw: "Di «Kementrian» Kesehatan.")],
                                          good: [RuleExample(raw: "Di Kementerian.")]))
        #expect(result.failures.count == 2)
        let plain = try #require(result.failures.first)
        #expect(plain.variant == .plain)
        #expect(plain.message.contains("expected: \"Di «Kementrian» Kesehatan.\" [3..<13 \"Kementrian\"]"))
        #expect(plain.message.contains("got: \"Di «Kementrian Kesehatan».\" [3..<23 \"Kementrian Kesehatan\"]"))
        #expect(result.failures[1].variant == .multibytePrefix)
        #expect(result.failures[1].description.hasPrefix("[with a multibyte prefix]"))
        #expect(result.failures[1].message.contains("[9..<19 \"Kementrian\"]"))
    }

    @Test func goodExampleWithFindingFails() throws {
        let result = tester.test(try rule("praktek", bad: [RuleExample(raw: "«praktek»")],
                                          good: [RuleExample(raw: "praktik dan praktek")]))
        #expect(result.failures.count == 2)
        #expect(result.failures[0].message.contains("good example: spans differ"))
        #expect(result.failures[0].message.contains("expected: \"praktik dan praktek\" (no finding)"))
    }

    @Test func wrongSuggestionFails() throws {
        let result = tester.test(try rule("praktek", suggestion: "praktis",
                                          bad: [RuleExample(raw: "«praktek»", expectedSuggestion: "praktik")],
                                          good: [RuleExample(raw: "praktik")]))
        #expect(result.failures.count == 2)
        #expect(result.failures[0].message.contains("expected the suggestion \"praktik\""))
        #expect(result.failures[0].message.contains("got \"praktis\""))
    }

    @Test func missingExamplesFail() throws {
        let result = tester.test(try rule("x", bad: [], good: []))
        #expect(result.failures.map(\.message) == ["the rule has no bad example", "the rule has no good example"])
    }

    /// A rule that counts characters as bytes passes plain ASCII but fails after the prefix.
    @Test func byteCharacterConfusionIsCaughtByThePrefixRun() throws {
        struct CharacterRule: Rule {
            var metadata: RuleMetadata
            func check(_ context: RuleContext) throws -> [Finding] {
                let text = context.document.text.string
                guard let range = text.range(of: "praktek") else { return [] }
                let start = text.distance(from: text.startIndex, to: range.lowerBound)  // characters: wrong
                return [finding(span: Span(start: start, end: start + 7), message: "x")]
            }
        }
        let metadata = RuleMetadata(id: "uji.c", packID: "uji", kind: "x", level: .error, message: "", description: "",
                                    examples: RuleExamples(bad: [RuleExample(raw: "ini «praktek»")], good: [RuleExample(raw: "ini")]))
        let result = tester.test(CharacterRule(metadata: metadata))
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.variant == .multibytePrefix)
    }

    @Test func thrownErrorsAndCustomCheckAreUsed() throws {
        let failing = PackTester { _, _ in throw MatcherError.limitExceeded(message: "too much") }
        let result = failing.test(try rule("x", bad: [RuleExample(raw: "«x»")], good: [RuleExample(raw: "y")]))
        #expect(result.failures.count == 4)
        #expect(result.failures[0].message.contains("threw an error"))
    }

    @Test func testsAWholeLoadedPack() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a"))
        try dir.write("b.json5", ruleText(id: "b", examples: "{ bad: ['Kata «Kementrian» lagi.'], good: ['Kementrian'] }"))
        let pack = try TestKinds.loader.loadPack(directory: dir.path)
        let results = tester.test(pack)
        #expect(results.map(\.ruleID) == ["uji.a", "uji.b"])
        #expect(results[0].passed)
        #expect(results[1].failures.count == 2)
    }
}
