import Testing
import SelarasCore
import SelarasPCRE2

@Suite struct PCRE2MatcherTests {
    @Test func matchesUnicodeWordsCaseInsensitively() throws {
        let matcher = try PCRE2Matcher(pattern: #"\bkementrian\b"#, options: MatcherOptions(caseInsensitive: true))
        let text = SourceText("“KEMENTRIAN” dan Kementrian, bukan kementrianku")
        let spans = try matcher.matches(in: text).map { text.text($0.span) }
        #expect(spans == ["KEMENTRIAN", "Kementrian"])
    }

    @Test func compileErrorCarriesPatternOffset() {
        #expect(throws: MatcherError.compile(message: "missing closing parenthesis", offset: 4)) {
            _ = try PCRE2Matcher(pattern: "(abc")
        }
    }

    @Test func pathologicalPatternGivesUpInsteadOfHanging() throws {
        let matcher = try PCRE2Matcher(pattern: "(a+)+$")
        let text = SourceText(String(repeating: "a", count: 50_000) + "b")
        #expect {
            _ = try matcher.matches(in: text)
        } throws: { error in
            if case .limitExceeded = error as! MatcherError { return true }
            return false
        }
    }

    @Test func emptyMatchesAdvanceOverMultibyteScalars() throws {
        let matcher = try PCRE2Matcher(pattern: "x*")
        let text = SourceText("é😀x")
        let matches = try matcher.matches(in: text)
        #expect(matches.map(\.span).contains(Span(start: 6, end: 7)))
    }
}
