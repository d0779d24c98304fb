import Testing
import SelarasCore
@testable import SelarasText

@Suite struct TokenizerTests {
    static func tokens(_ text: String) -> [(TokenKind, String)] {
        let source = SourceText(text)
        return Tokenizer.tokenize(source).map { ($0.kind, source.text($0.span)) }
    }

    static let singleTokens: [(String, TokenKind)] = [
        ("kupu-kupu", .word), ("program-program", .word), ("se-Kalimantan", .word), ("ke-3", .ordinal), ("ke-79", .ordinal),
        ("PermenPAN-RB", .word), ("Jum'at", .word), ("Jum’at", .word), ("COVID-19", .word), ("H.", .abbreviation),
        ("Hj.", .abbreviation), ("dr.", .abbreviation), ("Dr.", .abbreviation), ("Ir.", .abbreviation), ("Drs.", .abbreviation),
        ("S.Sos.", .abbreviation), ("M.Si.", .abbreviation), ("M.Kes.", .abbreviation), ("No.", .abbreviation),
        ("Kec.", .abbreviation), ("Kab.", .abbreviation), ("Prov.", .abbreviation), ("Jl.", .abbreviation), ("Plt.", .abbreviation),
        ("Plh.", .abbreviation), ("Pj.", .abbreviation), ("dll.", .abbreviation), ("dsb.", .abbreviation), ("a.n.", .abbreviation),
        ("s.d.", .abbreviation), ("S.I.K.", .abbreviation), ("M.Si", .abbreviation), ("1.234", .number), ("1.234.567", .number),
        ("12,5", .number), ("09.00", .number), ("1.234,56", .number), ("Rp", .currency), ("US$", .currency), ("Rp.", .currency),
    ]

    @Test(arguments: singleTokens)
    func singleToken(_ text: String, _ kind: TokenKind) {
        let result = Self.tokens(text)
        #expect(result.count == 1)
        #expect(result.first?.0 == kind)
        #expect(result.first?.1 == text)
    }

    @Test func currencyAndPercentSplit() {
        let result = Self.tokens("Rp1,5 miliar, Rp 5.000, 25% dan 23/1/2018")
        #expect(result.map(\.1) == ["Rp", "1,5", "miliar", ",", "Rp", "5.000", ",", "25", "%", "dan", "23", "/", "1", "/", "2018"])
        #expect(result[0].0 == .currency)
        #expect(result[8].0 == .symbol)
    }

    @Test func gapsAreRecorded() {
        let source = SourceText("a b\nc\n\nd 25%")
        let tokens = Tokenizer.tokenize(source)
        #expect(tokens.map(\.gapBefore) == [.none, .space, .lineBreak, .blankLine, .space, .none])
    }

    @Test func multibyteOffsetsAreBytes() {
        let source = SourceText("😀\u{00A0}“1.234” kasus")
        let tokens = Tokenizer.tokenize(source)
        let number = tokens.first { $0.kind == .number }
        #expect(number?.span == Span(start: 9, end: 14))
        #expect(tokens.first?.kind == .symbol)
    }

    @Test func periodAfterPlainWordIsPunctuation() {
        #expect(Self.tokens("selesai.").map(\.0) == [.word, .punctuation])
        #expect(Self.tokens("Kalsel.Dia").map(\.0) == [.word, .punctuation, .word])
    }
}

@Suite struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        let analysis = TextAnalysis(SourceText(text))
        return analysis.sentences.map { analysis.text.text($0.span) }
    }

    static let cases: [(String, [String])] = [
        ("Gubernur H. Muhidin hadir. Acara selesai.", ["Gubernur H. Muhidin hadir.", "Acara selesai."]),
        ("Dana Rp1,5 miliar cair. Inflasi 2,3 persen.", ["Dana Rp1,5 miliar cair.", "Inflasi 2,3 persen."]),
        ("Kepala dr. Siti Aminah, M.Kes. hadir. Lalu pulang.", ["Kepala dr. Siti Aminah, M.Kes. hadir.", "Lalu pulang."]),
        ("Sesuai UU No. 14 Tahun 2008 tentang KIP. Itu penting.", ["Sesuai UU No. 14 Tahun 2008 tentang KIP.", "Itu penting."]),
        ("Ada beras, gula, dll. Selanjutnya dibagikan.", ["Ada beras, gula, dll.", "Selanjutnya dibagikan."]),
        ("Ada beras, gula, dll. di gudang.", ["Ada beras, gula, dll. di gudang."]),
        ("“Kami siap,” katanya. “Terima kasih!” Lalu pergi.", ["“Kami siap,” katanya.", "“Terima kasih!”", "Lalu pergi."]),
        ("Judul Tanpa Titik\n\nParagraf pertama.", ["Judul Tanpa Titik", "Paragraf pertama."]),
        ("Apa benar? Ya.", ["Apa benar?", "Ya."]),
        ("Jl. A. Yani Km. 6 Kec. Banjarbaru Selatan. Selesai.", ["Jl. A. Yani Km. 6 Kec. Banjarbaru Selatan.", "Selesai."]),
        ("Pukul 09.00 WITA dimulai. Pukul 12.00 usai.", ["Pukul 09.00 WITA dimulai.", "Pukul 12.00 usai."]),
        ("a.n. Gubernur, Plt. Sekda hadir s.d. sore. Ok.", ["a.n. Gubernur, Plt. Sekda hadir s.d. sore.", "Ok."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }
}

@Suite struct SentenceSplitterExtraTests {
    @Test func lowercaseAfterPeriodContinues() {
        let analysis = TextAnalysis(SourceText("Sejauh 5 km. dari kota. Lalu."))
        #expect(analysis.sentences.count == 2)
    }

    @Test func sentenceLookupByOffset() {
        let analysis = TextAnalysis(SourceText("Satu dua. Tiga empat."))
        #expect(analysis.sentence(containing: 12).map { analysis.text.text($0.span) } == "Tiga empat.")
        #expect(analysis.sentence(containing: 9) == nil)
    }
}
