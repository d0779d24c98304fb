import Testing
import SelarasCore
@testable import SelarasRules

@Suite struct TermMatcherTests {
    /// The flagged texts of `terms` in `text`.
    private func flagged(_ terms: [String], in text: String, exceptions: [String] = [],
                         options: TermMatcher.Options = TermMatcher.Options()) throws -> [String] {
        let matcher = try TermMatcher(terms: terms, exceptions: exceptions, options: options)
        let source = SourceText(text)
        return matcher.matches(in: source).map { source.text($0.span) }
    }

    @Test func wholeWordsOnlyCaseInsensitive() throws {
        #expect(try flagged(["praktek"], in: "Praktek, PRAKTEK dan praktek; bukan praktekan atau mempraktekkan.")
                == ["Praktek", "PRAKTEK", "praktek"])
        #expect(try flagged(["praktek"], in: "praktik yang baik dalam praktiknya").isEmpty)
    }

    @Test func suggestionMirrorsSourceCase() throws {
        let matcher = try TermMatcher(terms: ["kementrian", "wakil walikota", "idul fitri"])
        let text = SourceText("KEMENTRIAN, Kementrian, kementrian, Wakil Walikota dan idul fitri")
        let replacements = ["kementerian", "wakil wali kota", "Idulfitri"]
        let suggestions = matcher.matches(in: text).map { $0.suggestion(replacements[$0.term]) }
        #expect(suggestions == ["KEMENTERIAN", "Kementerian", "kementerian", "Wakil Wali Kota", "Idulfitri"])
    }

    @Test func termsWithCapitalsMatchAsWrittenOrAllCaps() throws {
        #expect(try flagged(["Nopember", "Jum'at"], in: "Nopember, NOPEMBER, nopember, Jum’at, jum'at, JUM'AT")
                == ["Nopember", "NOPEMBER", "Jum’at", "JUM'AT"])
        // A case-sensitive row wins over a lower-case row of the same words.
        let matcher = try TermMatcher(terms: ["walikota", "Walikota"])
        let text = SourceText("Walikota dan walikota")
        #expect(matcher.matches(in: text).map(\.term) == [1, 0])
        // Without ignoreCase every term is exact.
        #expect(try flagged(["praktek"], in: "Praktek praktek", options: .init(ignoreCase: false)) == ["praktek"])
    }

    @Test func multiWordTermsCrossWhitespaceButNotPunctuation() throws {
        let terms = ["wali kota", "dari pada"]
        #expect(try flagged(terms, in: "Wali\u{00A0}Kota, wali\nkota, wali\t kota") == ["Wali\u{00A0}Kota", "wali\nkota", "wali\t kota"])
        #expect(try flagged(terms, in: "wali, kota; dari. pada; wali\n\nkota; wali kotamadya").isEmpty)
    }

    @Test func longestMatchWins() throws {
        let matcher = try TermMatcher(terms: ["walikota", "wakil walikota", "wakil"])
        let text = SourceText("Wakil Walikota dan walikota serta wakil ketua")
        let found = matcher.matches(in: text).map { "\(text.text($0.span))=\($0.term)" }
        #expect(found == ["Wakil Walikota=1", "walikota=0", "wakil=2"])
    }

    @Test func hyphenatedWordsAreWholeWords() throws {
        #expect(try flagged(["antar-instansi", "instansi"], in: "rapat antar-instansi") == ["antar-instansi"])
        #expect(try flagged(["antar"], in: "antar-instansi dan antar instansi") == ["antar", "antar"])
        #expect(try flagged(["praktek"], in: "praktek-praktek lama") == ["praktek", "praktek"])
        #expect(try flagged(["gotong-royong"], in: "Gotong-royong, gotong royong") == ["Gotong-royong"])
    }

    @Test func suffixesAttachToTheLastWord() throws {
        let matcher = try TermMatcher(terms: ["praktek", "kerja sama"], options: .init(suffixes: ["nya", "lah"]))
        let text = SourceText("Prakteknya, PRAKTEKNYA, kerja samanya, praktekan, nya")
        let matches = matcher.matches(in: text)
        #expect(matches.map { text.text($0.span) } == ["Prakteknya", "PRAKTEKNYA", "kerja samanya"])
        #expect(matches.map { $0.suggestion(["praktik", "kerja sama"][$0.term]) } == ["Praktiknya", "PRAKTIKNYA", "kerja samanya"])
        #expect(try flagged(["praktek"], in: "prakteknya").isEmpty)
    }

    @Test func exceptionsSuppressMatchesInsidePhrases() throws {
        let exceptions = ["Daerah Khusus Ibukota Jakarta"]
        #expect(try flagged(["ibukota"], in: "Provinsi Daerah Khusus Ibukota Jakarta, ibukota negara", exceptions: exceptions)
                == ["ibukota"])
        #expect(try flagged(["ibukota"], in: "DAERAH KHUSUS IBUKOTA JAKARTA", exceptions: exceptions).isEmpty)
        #expect(try flagged(["ibukota"], in: "Daerah Khusus Ibukota Nusantara", exceptions: exceptions) == ["Ibukota"])
    }

    @Test func offsetsAreBytesAfterMultibyteText() throws {
        let matcher = try TermMatcher(terms: ["kementrian"])
        let text = SourceText("😀\u{00A0}“é” «Kementrian»")
        let match = try #require(matcher.matches(in: text).first)
        #expect(text.text(match.span) == "Kementrian")
        #expect(match.span.start == Array("😀\u{00A0}“é” «".utf8).count)
    }

    @Test func nonASCIILettersFoldAndBelongToWords() throws {
        #expect(try flagged(["éclair"], in: "ÉCLAIR dan Éclair, bukan éclairé") == ["ÉCLAIR", "Éclair"])
    }

    @Test func invalidTermsAreRejected() {
        #expect(throws: TermMatcherError.self) { _ = try TermMatcher(terms: ["Rp."]) }
        #expect(throws: TermMatcherError.self) { _ = try TermMatcher(terms: ["  "]) }
        #expect(throws: TermMatcherError.self) { _ = try TermMatcher(terms: ["a"], options: .init(suffixes: ["-nya"])) }
        #expect(throws: TermMatcherError.self) { _ = try TermMatcher(terms: ["a"], exceptions: ["%"]) }
    }

    @Test func twentyThousandTermsStayCorrect() throws {
        var terms = (0..<20_000).map { "kata\($0)x" }
        terms.append("kementrian")
        terms.append("wali kota lama")
        let matcher = try TermMatcher(terms: terms, options: .init(suffixes: ["nya"]))
        let text = SourceText("Kata19999x, kata0x dan kata20000x; Kementriannya, wali kota lama, kata123 kata5x.")
        let found = matcher.matches(in: text).map { text.text($0.span) }
        #expect(found == ["Kata19999x", "kata0x", "Kementriannya", "wali kota lama", "kata5x"])
        #expect(matcher.matches(in: text).first?.term == 19_999)
        // A long document: the same five matches in every repetition, offsets still exact.
        let long = SourceText(String(repeating: "Kata19999x, kata0x dan kata20000x; Kementriannya, wali kota lama, kata123 kata5x. ", count: 2_000))
        let matches = matcher.matches(in: long)
        #expect(matches.count == 10_000)
        #expect(long.text(matches[9_999].span) == "kata5x")
    }
}
