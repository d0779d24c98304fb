import Foundation
import SelarasCore
import SelarasTestSupport
import Testing
@testable import SelarasText

/// The figure extractor's fast paths (the Decimal shortcut for plain integers, byte tests of the
/// neighbouring tokens, claims appended in place, the digit parse without arrays) must give the
/// claims `ReferenceFigureExtractor` gives, Decimal bytes included, on random tricky text.
@Suite struct FigureFastPathTests {
    static let fragments = [
        "12", "5", "0", "00", "0,0", "0,00", "1.000", "1.500", "2,5", "22,40", "0,05", "1.234.567", "1.234.567,89", "1,250",
        "1,234,567", "12.5", "12.50", "09.00", "9.30", "24.00", "2024", "1999", "2101", "1200", "100", "300", "5000",
        "1234567", "18446744073709551615", "18446744073709551616", "99999999999999999999999", "0511", "07", "62",
        "Rp", "Rp.", "US$", "$", "M", "T", "AS", "WIB", "wita",
        "ribu", "rb", "juta", "jt", "miliar", "Miliar", "milyar", "triliun", "persen", "Persen", "PERSEN", "%", "poin",
        "rupiah", "Rupiah", "dolar", "dollar",
        "sekitar", "Sekitar", "lebih", "dari", "kurang", "tidak", "hampir", "mencapai", "sebanyak", "±", "kira-kira",
        "paling", "sedikit", "di", "atas", "bawah",
        "kasus", "gizi", "buruk", "warga", "menerima", "bantuan", "peserta", "orang", "yang", "dan", "tahun", "pada",
        "nomor", "pasal", "Januari", "ke", "pukul", "salah", "satu", "per",
        "dua", "tiga", "sepuluh", "sebelas", "seratus", "seribu", "ratus", "puluh", "belas", "Tiga",
        "(", ")", "/", "-", ",", ".", ":", ";", "–", "—", "+", "#", "@", "‐", "“", "”", "\u{037E}", "//", "-:",
        "café", "🙂", "K", "\u{212A}", "persén", "％",
    ]
    static let gaps = [" ", " ", " ", " ", "", "", "\n", "\r\n", "\u{00A0}", "\n\n", ". "]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        rng.text(of: fragments, gaps: gaps)
    }

    static func bytes(_ value: Decimal?) -> [UInt8]? {
        value.map { decimal in withUnsafeBytes(of: decimal) { Array($0) } }
    }

    /// Equal claims, and every Decimal stored with the same bytes (values are printed).
    static func same(_ x: FigureClaim, _ y: FigureClaim) -> Bool {
        x == y && bytes(x.writtenValue) == bytes(y.writtenValue) && bytes(x.value) == bytes(y.value)
            && bytes(x.precision.low) == bytes(y.precision.low) && bytes(x.precision.high) == bytes(y.precision.high)
            && bytes(x.interval.low) == bytes(y.interval.low) && bytes(x.interval.high) == bytes(y.interval.high)
            && x.wordsBefore == y.wordsBefore && x.noun == y.noun && x.subjectWords == y.subjectWords
    }

    @Test func claimsAgreeWithTheReferenceOnRandomText() {
        var rng = SeededGenerator(seed: 0xF16_FA57)
        var claims = 0
        for _ in 0..<3000 {
            let text = Self.randomText(&rng)
            let a = TextAnalysis(SourceText(text))
            let fast = FigureExtractor.extract(a)
            let plain = ReferenceFigureExtractor.extract(a)
            claims += fast.count
            #expect(fast.count == plain.count, "\(text)")
            for (x, y) in zip(fast, plain) { #expect(Self.same(x, y), "\(text): \(x) vs \(y)") }
        }
        #expect(claims > 3000, "the texts should hold many figures")
    }

    @Test func knownFiguresAgreeWithTheReference() {
        let texts = [
            "Sebanyak 1.234 kasus gizi buruk tercatat.", "Anggaran Rp1,5 miliar disiapkan.", "Nilainya 0 rupiah.",
            "Ada 0,0 persen dan 00 kasus serta 0 orang.", "Harganya US$3,50 per barel.", "Proyek Rp1,5 M rampung.",
            "Sekitar 1.200 warga, hampir 2.000 warga, lebih dari 1.000 peserta, ± 50 orang.",
            "Disiapkan tiga ratus ribu dosis vaksin dan seribu rumah.", "Dana 99999999999999999999999 rupiah.",
            "Naik 2 poin persen menjadi 12,5%.", "Pukul 09.00 WIB hadir 300 orang.",
        ]
        for text in texts {
            let a = TextAnalysis(SourceText(text))
            let fast = FigureExtractor.extract(a)
            let plain = ReferenceFigureExtractor.extract(a)
            #expect(fast.count == plain.count && zip(fast, plain).allSatisfy { Self.same($0, $1) }, "\(text)")
        }
    }

    /// The shortcut in `build`: a non-zero value the parsers make comes back from `x - 0` and
    /// `x + 0` with the same bytes (a zero may not: it takes the arithmetic).
    @Test func addingZeroKeepsTheBytesOfNonZeroValues() {
        var rng = SeededGenerator(seed: 0xADD_0)
        var values: [Decimal] = (1...20_000).map { Decimal(UInt64($0)) } + (1...2_000).map { Decimal($0) }
        for _ in 0..<50_000 {
            let magnitude = UInt64.random(in: 0...63, using: &rng)
            values.append(Decimal(UInt64.random(in: 1...max(1, UInt64.max >> magnitude), using: &rng)))
        }
        for _ in 0..<5_000 {
            let digits = String((0..<Int.random(in: 20...60, using: &rng)).map { _ in "0123456789".randomElement(using: &rng)! })
            if let parsed = WrittenNumber.parse("1" + digits) { values.append(parsed.value) }
        }
        for value in values where !value.isZero {
            #expect(Self.bytes(value - 0) == Self.bytes(value) && Self.bytes(value + 0) == Self.bytes(value), "\(value)")
        }
    }

    @Test func tokenTestsAgreeWithStringComparisons() {
        var rng = SeededGenerator(seed: 0x70_4E5)
        let words: [StaticString] = ["persen", "poin", "rupiah", "dolar", "dollar", "rb", "jt", "%"]
        for _ in 0..<500 {
            let text = Self.randomText(&rng)
            let a = TextAnalysis(SourceText(text))
            for index in -2...(a.tokens.count + 1) {
                for byte: UInt8 in [0x25, 0x2B, 0x3B] {
                    #expect(a.tokenEquals(index, byte) == (a.string(index) == String(UnicodeScalar(byte))), "\(text) @\(index)")
                }
                #expect(a.singleCharacterSetContains(index, ascii: FigureExtractor.codeJoinerBytesBefore,
                                                     orAsk: FigureExtractor.codeJoinersBefore)
                            == FigureExtractor.codeJoinersBefore.contains(a.string(index)), "\(text) @\(index)")
                #expect(a.singleCharacterSetContains(index, ascii: FigureExtractor.codeJoinerBytesAfter,
                                                     orAsk: FigureExtractor.codeJoinersAfter)
                            == FigureExtractor.codeJoinersAfter.contains(a.string(index)), "\(text) @\(index)")
                for word in words {
                    #expect(a.lowerEquals(index, word) == (a.lower(index) == word.description), "\(text) @\(index) \(word)")
                }
            }
        }
    }

    /// The byte look-ups the figure code makes agree with the string tables they stand for.
    @Test func byteLookUpsAgreeWithTheStringTables() {
        var rng = SeededGenerator(seed: 0xA5C_11)
        let extra = ["SATU", "Dua", "sEribu", "yang", "YANG", "s.d.", "S.D.", "sd", "Juta", "PERSEN", "persen", "dan", "dari",
                     "satuan", "se", "ribuan", "ŝatu", "Ｓatu", "ke", "per", "–", "—", "“", ";", "(", "‐"]
        for _ in 0..<500 {
            var text = Self.randomText(&rng)
            for _ in 0..<10 { text += " " + extra.randomElement(using: &rng)! }
            let a = TextAnalysis(SourceText(text))
            for index in -1...(a.tokens.count) {
                let word = a.lower(index)
                #expect(a.lower(index, isIn: NumberWords.startWords) == NumberWords.startWords.contains(word), "\(text) @\(index)")
                let notNoun = FigureContext.stopWords.contains(word) || NumberWords.startWords.contains(word)
                    || FigureExtractor.scales[word] != nil
                #expect(a.lower(index, isIn: FigureExtractor.notNounWords) == notNoun, "\(text) @\(index)")
                let scaleOrPercent = FigureExtractor.scales[word] != nil || word == "persen"
                #expect(a.lower(index, isIn: FigureContext.scaleOrPercentWords) == scaleOrPercent, "\(text) @\(index)")
                #expect(a.string(index, isIn: FigureContext.clauseBreaks) == FigureContext.clauseBreaks.contains(a.string(index)),
                        "\(text) @\(index)")
                if index >= 0, index < a.tokens.count, let known = FigureContext.knownPunctuation(index, in: a) {
                    #expect(known == FigureContext.clauseBreaks.contains(a.string(index)), "\(text) @\(index)")
                    #expect(!scaleOrPercent, "\(text) @\(index)")
                }
            }
        }
    }
}

/// The fixed answers `FigureContext.knownPunctuation` gives must be the string tables' answers.
@Suite struct KnownPunctuationTests {
    @Test func knownMarksAnswerAsTheStringTables() {
        for last: UInt8 in 0x80...0xBF {
            let text = String(decoding: [0xE2, 0x80, last], as: UTF8.self)
            let a = TextAnalysis(SourceText("a " + text + " b"))
            guard let index = a.tokens.indices.first(where: { a.string($0) == text }) else { continue }
            guard let known = FigureContext.knownPunctuation(index, in: a) else { continue }
            #expect(known == FigureContext.clauseBreaks.contains(text), "\(text)")
            #expect(FigureExtractor.scales[text] == nil && text != "persen", "\(text)")
        }
        let a = TextAnalysis(SourceText("“Ya” – ‘x’ — • …"))
        #expect(a.tokens.indices.filter { FigureContext.knownPunctuation($0, in: a) != nil }.count == 8)
    }
}
