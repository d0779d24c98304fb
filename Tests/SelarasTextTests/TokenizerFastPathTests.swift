import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// The tokenizer's table-driven, in-place pass (with each token's shape, capital flag and
/// sentence number filled as it goes) against the plain per-scalar reference
/// (`ReferenceTokenScanner`, `ReferenceSentenceSplitter`) and the per-token answers computed
/// from the bytes as the second pass used to, on raw bytes: invalid UTF-8, lone CR, NBSP and
/// other Unicode spaces, curly quotes, emoji, combining marks, the Kelvin sign, Turkish `İ`,
/// Latin-1 letters and signs, digits of other scripts.
@Suite struct TokenizerFastPathTests {
    /// Byte pieces: the string pieces of `TextAnalysisFastPathTests` and more, plus invalid and
    /// truncated UTF-8 sequences.
    static let pieces: [[UInt8]] = {
        let strings = TextAnalysisFastPathTests.pieces + [
            "İ", "İzmir", "ı", "K", "\u{212A}", "\u{212A}m", "a\u{212A}", "Å", "\u{212B}", "×", "÷", "ÿ", "Ÿ", "ß", "ª", "º", "µ",
            "À", "Þ", "þ", "é", "É.", "Éa.", "S.É.", "a.é.", "aé.", "٣", "٣٤", "१२", "３", "x٣", "a३b", "😀👍🏽", "👨‍👩‍👧", "\u{0301}",
            "a\u{0301}", "\u{0301}a", "\u{200B}", "\u{2028}", "\u{2029}", "\u{0085}", "\u{000B}", "\u{000C}", "\u{0000}", "\u{007F}",
            "\u{001F}", "\r", "\r\r\n", "\n\r", "\r \r", "‐", "‑", "‒", "‖", "‗", "‘", "‚", "‛", "„", "‟", "†", "‡", "•", "‣", "․",
            "‥", "‧", "\u{2030}", "ke‐3", "Ke‐12", "kupu‐kupu", "Jum’at", "US$5", "US$", "USD", "Rp.5", "rP", "RP.", "Rp5.000",
            "1.2.3", "1,,2", "1..", ".5", "a-1", "a-b-", "a'-b", "x.y.z.", "Dr.Ir.", "S.Pd.", "M.Pd.I", "«", "»", "‹", "›", "$5",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij", "abcdefgh", "abcdefg", "abcdefghi", "Ábcdefghijklmnop",
        ]
        var pieces = strings.map { Array($0.utf8) }
        pieces += [[0xFF], [0xC0, 0x80], [0xE2, 0x80], [0xE2], [0xF0, 0x9F, 0x98], [0x80], [0xC3], [0xED, 0xA0, 0x80],
                   [0x61, 0xC3], [0x61, 0xFF, 0x62], [0xF4, 0x90, 0x80, 0x80], [0xC2, 0xA0], [0xE2, 0x80, 0xA6]]
        return pieces
    }()

    static let separators: [[UInt8]] = [[0x20], [0x20], [0x0A], [0x2E, 0x20], [0x2C, 0x20], [], [0x0D, 0x0A], [0x0D], [0x09],
                                        [0xC2, 0xA0], [0x0A, 0x0A]]

    static func randomBytes(_ rng: inout SeededGenerator, pieces count: ClosedRange<Int> = 1...60) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: count, using: &rng) {
            bytes += pieces.randomElement(using: &rng)!
            if Int.random(in: 0..<3, using: &rng) > 0 { bytes += separators.randomElement(using: &rng)! }
        }
        return bytes
    }

    /// Tokens, sentences, and each token's shape, capital flag and sentence as the plain code
    /// computes them.
    static func check(_ bytes: [UInt8]) {
        let text = SourceText(bytes: bytes)
        let tokens = Tokenizer.tokenize(text)
        let reference = TextAnalysisFastPathTests.referenceTokens(text)
        #expect(tokens == reference, "\(bytes)")
        let analysis = TextAnalysis(text)
        #expect(analysis.tokens == reference)
        let sentences = ReferenceSentenceSplitter.split(reference, in: text)
        #expect(analysis.sentences == sentences, "\(bytes)")
        #expect(SentenceSplitter.split(reference, in: text) == sentences)
        for (index, token) in analysis.tokens.enumerated() {
            let slice = bytes[token.span.start..<token.span.end]
            let shape = analysis.lowerShape(index)
            if slice.allSatisfy({ $0 < 0x80 }), let first = slice.first {
                #expect(shape.isASCII && shape.length == slice.count
                    && shape.first == (first >= 0x41 && first <= 0x5A ? first | 0x20 : first), "\(bytes) \(index)")
            } else {
                #expect(!shape.isASCII && shape.length == 0 && shape.first == 0, "\(bytes) \(index)")
            }
            let capitalized = (token.kind == .word || token.kind == .abbreviation)
                && ScalarClass.isUpper(ScalarClass.decode(bytes, at: token.span.start).scalar)
            #expect(analysis.isCapitalized(index) == capitalized, "\(bytes) \(index)")
            let owner = sentences.firstIndex { $0.tokens.contains(index) } ?? 0
            #expect(analysis.sentenceIndex(ofToken: index) == owner, "\(bytes) \(index)")
            #expect(analysis.sentenceSpan(ofToken: index) == sentences[owner].span)
        }
        for outside in [-1, analysis.tokens.count] {
            #expect(!analysis.lowerShape(outside).isASCII && !analysis.isCapitalized(outside))
            #expect(analysis.sentenceIndex(ofToken: outside) == 0)
        }
    }

    @Test func randomBytesMatchReference() {
        var rng = SeededGenerator(seed: 0x70C_E2ED)
        for _ in 0..<3_000 { Self.check(Self.randomBytes(&rng)) }
    }

    /// Texts denser than the tokenizer's first guess (a token per four bytes) make it go on
    /// in a larger array, once or more, at every offset of the switch.
    @Test func denseTextsGrowTheTokenArray() {
        for count in [1, 2, 15, 16, 17, 40, 100, 700] {
            for unit: [UInt8] in [[0x2E], [0x2C, 0x61], [0x28], [0x61, 0x20], [0xE2, 0x80, 0x9C], [0xFF], [0x31, 0x25]] {
                Self.check(Array([[UInt8]](repeating: unit, count: count).joined()))
            }
        }
        var rng = SeededGenerator(seed: 0xDE_45E)
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...400, using: &rng) {
                bytes += [[0x2E], [0x2C], [0x61], [0x20], [0x31], [0x0A], [0xE2, 0x80, 0x9D], [0x25]].randomElement(using: &rng)!
            }
            Self.check(bytes)
        }
    }

    @Test func edgeTextsMatchReference() {
        for text in ["", " ", "\n", "\r", "\r\n", "a", "A", ".", "\u{00A0}", "\u{FEFF}", "İ", "\u{212A}", "é", "1", "$", "😀",
                     "a.", "H.", "Rp", "US$", "ke-3", "  a  ", "\n\nA. b\n\n"] {
            Self.check(Array(text.utf8))
        }
        for byte in 0...255 { Self.check([UInt8(byte)]) }
        for byte in 0...255 { Self.check([0x61, UInt8(byte), 0x62]) }
        for byte in 0...255 { Self.check([0x41, 0x2E, UInt8(byte)]) }
    }

    /// The token-start table holds each ASCII byte's class by the general rules.
    @Test func tokenStartTableMatchesScalarClasses() {
        #expect(TokenStartClass.table.count == 256)
        for byte in 0..<256 {
            let expected: UInt8
            if byte >= 0x80 {
                expected = TokenStartClass.nonASCII
            } else {
                let scalar = Unicode.Scalar(UInt8(byte))
                if scalar == "\n" {
                    expected = TokenStartClass.lineFeed
                } else if scalar == "\r" {
                    expected = TokenStartClass.carriageReturn
                } else if [" ", "\t", "\u{0B}", "\u{0C}"].contains(scalar) {
                    expected = TokenStartClass.space
                } else if scalar.properties.isAlphabetic {
                    expected = scalar.properties.isUppercase ? TokenStartClass.upper : TokenStartClass.lower
                } else if ("0"..."9").contains(scalar) {
                    expected = TokenStartClass.digit
                } else if scalar == "$" {
                    expected = TokenStartClass.dollar
                } else {
                    expected = ScalarClass.isPunctuationByCategory(scalar) ? TokenStartClass.punctuation : TokenStartClass.symbol
                }
            }
            #expect(TokenStartClass.table[byte] == expected, "\(byte)")
        }
    }
}

/// `ScalarClass`'s answers without a Unicode property look-up, against the properties.
@Suite struct ScalarClassTests {
    static let fastRanges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2000...0x206F]

    @Test func latinAndPunctuationBlocksMatchProperties() {
        for range in Self.fastRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic, "\(value)")
                #expect(ScalarClass.isUpper(scalar) == scalar.properties.isUppercase, "\(value)")
                #expect(ScalarClass.isPunctuation(scalar) == ScalarClass.isPunctuationByCategory(scalar), "\(value)")
            }
        }
    }

    /// `SentenceSplitter`'s byte tests of a one-scalar token answer as comparing its string:
    /// no other scalar is canonically equivalent to a closer or to `…`.
    @Test func closersAndEllipsisMatchStringComparison() {
        let closers: Set<String> = ["\"", "”", "’", "'", ")", "]", "»"]
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let string = String(Character(scalar))
            if SentenceSplitter.isCloser(scalar) != closers.contains(string) || (string == "…") != (value == 0x2026) {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
