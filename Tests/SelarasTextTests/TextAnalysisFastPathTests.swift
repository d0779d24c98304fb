import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// The tokenizer, sentence splitter and per-token pass as they were before their fast paths
/// (ASCII letter blocks, the single-candidate abbreviation check, the space shortcut, the
/// sentence-end prefilter, the one-pass arrays), kept verbatim as the reference the fast
/// versions must match on any text.
@Suite struct TextAnalysisFastPathTests {
    /// Pieces that exercise every branch: ASCII and non-ASCII letters, digits, hyphens,
    /// apostrophes, periods in abbreviations and chains, currency, NBSP, CRLF, curly quotes,
    /// emoji, ellipses, combining marks, the Kelvin sign and invalid-looking boundaries.
    static let pieces: [String] = [
        "rapat", "Rapat", "RAPAT", "a", "B", "kupu-kupu", "ke-3", "Ke-12", "se-Kalimantan", "Jum'at", "Jum’at", "COVID-19",
        "dll.", "dll", "dsb.", "H.", "Hj.", "S.Sos.", "M.Si", "M.Sipil", "a.n.", "s.d.", "Ph.D.", "Sp.PD", "A.", "É.", "Ö", "ö",
        "No.", "Rp", "Rp.", "rp5", "US$", "$", "1.234", "12,5", "09.00", "1.", ".", ",", "!", "?", "…", "...", "\"", "”", "“",
        "’", "'", ")", "(", "]", "»", "%", "&", "-", "–", "—", "/", "😀", "\u{00A0}", " ", "  ", "\n", "\r\n", "\r", "\n\n",
        "\t", "\u{2003}", "\u{FEFF}", "Kelvin\u{212A}", "e\u{0301}", "Ñandú", "ÇA", "straße", "İstanbul", "abcdefghijklmnop",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "zZ@[`{", "x_y", "Menteri", "Selanjutnya", "beras", "M.A.P.", "S.I.K.", "K.H.", "ke-",
        "co-op", "rock'n'roll", "-a", "a-", "a1b2", "Rp10.000", "3%", "Sp.A", "dr.Budi",
    ]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            text += pieces.randomElement(using: &rng)!
            if Int.random(in: 0..<3, using: &rng) > 0 { text += [" ", " ", "\n", ". ", ", ", ""].randomElement(using: &rng)! }
        }
        return text
    }

    static func referenceTokens(_ text: SourceText) -> [Token] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var scanner = ReferenceTokenScanner(bytes: bytes)
            return scanner.run()
        }
    }

    @Test func tokenizerMatchesReference() {
        var rng = SeededGenerator(seed: 0x5E1A_7A5)
        for _ in 0..<3_000 {
            let text = SourceText(Self.randomText(&rng))
            #expect(Tokenizer.tokenize(text) == Self.referenceTokens(text), "\(text.text(Span(start: 0, end: text.bytes.count)))")
        }
    }

    @Test func longLetterRunsMatchReference() {
        // Runs across the eight-byte blocks, ending on every kind of byte at every offset.
        for length in 0..<20 {
            for tail in ["", " ", "é", "-b", "'s", "1", ".", "@", "[", "`", "{", "Z", "\u{00A0}"] {
                let text = SourceText(String(repeating: "aZ", count: length / 2) + (length % 2 == 1 ? "q" : "") + tail + " x")
                #expect(Tokenizer.tokenize(text) == Self.referenceTokens(text))
            }
        }
    }

    @Test func sentencesAndStringsMatchReference() {
        var rng = SeededGenerator(seed: 0xA11_CE5)
        for _ in 0..<2_000 {
            let text = SourceText(Self.randomText(&rng))
            let analysis = TextAnalysis(text)
            #expect(analysis.sentences == ReferenceSentenceSplitter.split(analysis.tokens, in: text))
            let reference = Self.strings(of: analysis.tokens, in: text.bytes)
            // The lazy views, the helpers and the eager reference agree token by token (and the
            // views are as long as the tokens).
            #expect(Array(analysis.strings) == reference.strings)
            #expect(Array(analysis.lowerStrings) == reference.lower)
            #expect(analysis.tokens.indices.map { analysis.string($0) } == reference.strings)
            #expect(analysis.tokens.indices.map { analysis.lower($0) } == reference.lower)
            // Byte for byte, not only as `==` (canonical equivalence) compares strings.
            #expect(analysis.tokens.indices.allSatisfy { Array(analysis.string($0).utf8) == Array(reference.strings[$0].utf8) })
            #expect(analysis.tokens.indices.allSatisfy { Array(analysis.lower($0).utf8) == Array(reference.lower[$0].utf8) })
            #expect(analysis.string(-1) == "" && analysis.lower(analysis.tokens.count) == "")
            // The byte-level look-ups answer as the look-ups of the built strings, one past
            // either end included.
            for index in -1...analysis.tokens.count {
                #expect(analysis.lower(index, isIn: Self.lookupSet) == Self.lookupSet.contains(analysis.lower(index)))
                #expect(analysis.lower(index, in: Self.lookupMap) == Self.lookupMap[analysis.lower(index)])
                #expect(analysis.string(index, in: Self.lookupMap) == Self.lookupMap[analysis.string(index)])
            }
            #expect(analysis.lowerShapes.map { [Int($0.first), $0.length, $0.isASCII ? 1 : 0] }
                == reference.shapes.map { [Int($0.first), $0.length, $0.isASCII ? 1 : 0] })
            for (index, token) in analysis.tokens.enumerated() {
                let capitalized = (token.kind == .word || token.kind == .abbreviation)
                    && ScalarClass.isUpper(ScalarClass.decode(text.bytes, at: token.span.start).scalar)
                #expect(analysis.isCapitalized(index) == capitalized)
                var owner = 0
                for (number, sentence) in analysis.sentences.enumerated() where sentence.tokens.contains(index) { owner = number }
                #expect(analysis.sentenceIndex(ofToken: index) == owner)
            }
        }
    }

    /// Lower-case and mixed-case pieces (and the empty string a look-up outside the tokens asks
    /// for) as keys of the byte-level look-ups.
    static let lookupKeys = Array(Set(pieces.map { $0.lowercased() } + pieces + [""]))
    static let lookupSet = FrozenStringSet(lookupKeys)
    static let lookupMap = FrozenStringMap(Dictionary(uniqueKeysWithValues: lookupKeys.map { ($0, Array($0.utf8)) }))

    static func strings(of tokens: [Token], in bytes: [UInt8]) -> (strings: [String], lower: [String], shapes: [WordShape]) {
        var strings: [String] = []
        var lower: [String] = []
        var shapes: [WordShape] = []
        strings.reserveCapacity(tokens.count)
        lower.reserveCapacity(tokens.count)
        shapes.reserveCapacity(tokens.count)
        let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        bytes.withUnsafeBufferPointer { buffer in
            for token in tokens {
                let slice = UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end])
                // One ASCII byte (`,` `.` `(` a digit — a quarter of all tokens): a shared string
                // instead of building one each time.
                if slice.count == 1, slice[0] < 0x80 {
                    let byte = slice[0]
                    strings.append(asciiStrings[Int(byte)])
                    let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    lower.append(asciiStrings[Int(lowered)])
                    shapes.append(WordShape(first: lowered, length: 1, isASCII: true))
                    continue
                }
                let string = String(decoding: slice, as: UTF8.self)
                strings.append(string)
                var ascii = true
                var capitals = false
                for byte in slice {
                    if byte >= 0x80 { ascii = false; break }
                    if byte >= 0x41 && byte <= 0x5A { capitals = true }
                }
                if let first = slice.first, ascii {
                    shapes.append(WordShape(first: first >= 0x41 && first <= 0x5A ? first | 0x20 : first, length: slice.count, isASCII: true))
                } else {
                    shapes.append(.passing)
                }
                if !ascii {
                    lower.append(string.lowercased())
                } else if !capitals {
                    lower.append(string)
                } else {
                    lower.append(String(unsafeUninitializedCapacity: slice.count) { out in
                        for (offset, byte) in slice.enumerated() { out[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                        return slice.count
                    })
                }
            }
        }
        return (strings, lower, shapes)
    }

}

// MARK: reference copies

struct ReferenceTokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var tokens: [Token] = []
    var gap: Gap = .none
    var lineBreaks = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    func scalar(at position: Int) -> Unicode.Scalar? {
        position < bytes.count ? ScalarClass.decode(bytes, at: position).scalar : nil
    }

    func length(at position: Int) -> Int { ScalarClass.decode(bytes, at: position).length }

    mutating func run() -> [Token] {
        while index < bytes.count {
            let (scalar, length) = ScalarClass.decode(bytes, at: index)
            if ScalarClass.isWhitespace(scalar) {
                noteWhitespace(scalar, length: length)
                continue
            }
            let start = index
            let kind: TokenKind
            if ScalarClass.isLetter(scalar) {
                kind = scanWord()
            } else if ScalarClass.isDigit(scalar) {
                scanNumber()
                kind = .number
            } else if scalar == "$" {
                index += 1
                kind = .currency
            } else {
                index += length
                kind = ScalarClass.isPunctuation(scalar) ? .punctuation : .symbol
            }
            tokens.append(Token(kind: kind, span: Span(start: start, end: index), gapBefore: tokens.isEmpty && gap == .none ? .none : gap))
            gap = .none
            lineBreaks = 0
        }
        return tokens
    }

    mutating func noteWhitespace(_ scalar: Unicode.Scalar, length: Int) {
        if scalar == "\r", index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 1  // CRLF is one break
        }
        if ScalarClass.isLineBreak(scalar) {
            lineBreaks += 1
            gap = lineBreaks >= 2 ? .blankLine : .lineBreak
        } else if gap == .none {
            gap = .space
        }
        index += length
    }

    /// Scans letters, digits, inner hyphens and apostrophes; then decides whether a period makes
    /// it an abbreviation. Returns the token kind.
    mutating func scanWord() -> TokenKind {
        let start = index
        var onlyLetters = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {  // ASCII letter: most of every word
                index += 1
                continue
            }
            let s = ScalarClass.decode(bytes, at: index).scalar
            if ScalarClass.isLetter(s) {
                index += length(at: index)
            } else if ScalarClass.isDigit(s) {
                if index - start == 2, isCurrencyPrefix(start) { return .currency }
                onlyLetters = false
                index += 1
            } else if ScalarClass.isHyphen(s) || ScalarClass.isApostrophe(s), let next = scalar(at: index + length(at: index)),
                      ScalarClass.isLetter(next) || (ScalarClass.isDigit(next) && ScalarClass.isHyphen(s)) {
                if ScalarClass.isHyphen(s), ScalarClass.isDigit(next), index - start == 2, isLowerKe(start) {
                    index += length(at: index)
                    while let d = scalar(at: index), ScalarClass.isDigit(d) { index += 1 }
                    return .ordinal
                }
                onlyLetters = onlyLetters && !ScalarClass.isDigit(next)
                index += length(at: index)
            } else {
                break
            }
        }
        if index - start == 2, bytes[start] == 0x55, bytes[start + 1] == 0x53, index < bytes.count, bytes[index] == 0x24 {
            index += 1  // US$
            return .currency
        }
        if index - start == 2, isCurrencyPrefix(start) {
            if index < bytes.count, bytes[index] == 0x2E { index += 1 }
            return .currency
        }
        if onlyLetters, index < bytes.count, bytes[index] == 0x2E {
            return scanAbbreviation(start: start)
        }
        return .word
    }

    func isCurrencyPrefix(_ start: Int) -> Bool {
        (bytes[start] == 0x52 || bytes[start] == 0x72) && (bytes[start + 1] == 0x70 || bytes[start + 1] == 0x50)
    }

    func isLowerKe(_ start: Int) -> Bool {
        (bytes[start] == 0x6B || bytes[start] == 0x4B) && (bytes[start + 1] == 0x65 || bytes[start + 1] == 0x45)
    }

    /// At a period right after a word: extends through `.chunk` groups (`S.Sos.`, `a.n.`) and keeps
    /// the longest candidate that is a known abbreviation or a degree chain.
    mutating func scanAbbreviation(start: Int) -> TokenKind {
        var candidates: [Int] = []  // candidate end offsets
        var position = index
        while position < bytes.count, bytes[position] == 0x2E {
            candidates.append(position + 1)
            var chunkEnd = position + 1
            while let s = scalar(at: chunkEnd), ScalarClass.isLetter(s) { chunkEnd += length(at: chunkEnd) }
            if chunkEnd == position + 1 || chunkEnd - position > 5 { break }
            candidates.append(chunkEnd)
            position = chunkEnd
        }
        for end in candidates.reversed() {
            // A chain must not run into a following word (`M.Si` is fine, `M.Sipil` is not).
            if end < bytes.count, let next = scalar(at: end), ScalarClass.isLetter(next) { continue }
            if isAbbreviation(start..<end) {
                index = end
                return .abbreviation
            }
        }
        return .word
    }

    /// Whether `bytes[range]` is a known abbreviation, an initial or a degree chain. Called at
    /// every sentence end (`rapat.`), so the usual "no" is found on the bytes, without a String.
    func isAbbreviation(_ range: Range<Int>) -> Bool {
        let known = Abbreviations.known.contains(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
        if known || isInitial(range) { return true }
        // A degree chain needs a period before its last chunk (`Abbreviations.isDegreeChain`).
        var periods = 0
        for byte in bytes[range] where byte == 0x2E { periods += 1 }
        if periods == 0 || (periods == 1 && bytes[range.upperBound - 1] == 0x2E) { return false }
        return Abbreviations.isDegreeChain(String(decoding: bytes[range], as: UTF8.self))
    }

    /// A single capital letter with a period: an initial in a name (`Muhammad A. Rahman`).
    func isInitial(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 5 else { return false }  // two scalars take at most 4 + 1 bytes
        let (first, length) = ScalarClass.decode(bytes, at: range.lowerBound)
        return range.count == length + 1 && bytes[range.upperBound - 1] == 0x2E && ScalarClass.isUpper(first)
    }

    /// Digits with `.` or `,` separators each followed by a digit.
    mutating func scanNumber() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
            } else if byte == 0x2E || byte == 0x2C, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                index += 1
            } else {
                break
            }
        }
    }
}

enum ReferenceSentenceSplitter {
    static func split(_ tokens: [Token], in text: SourceText) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(span: Span(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1)))
            first = last + 1
        }
        while index < tokens.count {
            let token = tokens[index]
            if index > first, token.gapBefore == .blankLine {
                close(through: index - 1)
            }
            if endsSentence(at: index, tokens, text) {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].gapBefore == .none, isCloser(tokens[last + 1], text) {
                    last += 1
                }
                close(through: last)
                index = last + 1
                continue
            }
            index += 1
        }
        if first < tokens.count { close(through: tokens.count - 1) }
        return sentences
    }

    static func endsSentence(at index: Int, _ tokens: [Token], _ text: SourceText) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            let byte = text.bytes[token.span.start]
            if byte == 0x21 || byte == 0x3F { return true }
            if byte == 0x2E {
                guard index + 1 < tokens.count else { return true }
                let next = tokens[index + 1]
                // "..." written as periods ends only at its last period.
                if next.gapBefore == .none, text.bytes[next.span.start] == 0x2E { return false }
                // A lowercase word after the period continues the sentence (an unknown abbreviation).
                let first = ScalarClass.decode(text.bytes, at: next.span.start).scalar
                return !(next.kind == .word && next.gapBefore == .space && ScalarClass.isLetter(first) && !ScalarClass.isUpper(first))
            }
            if token.span.length == 3, text.text(token.span) == "…" { return nextStartsUpper(index, tokens, text) }
            return false
        case .abbreviation:
            guard Abbreviations.mayEndSentence.contains(text.text(token.span)) else { return false }
            guard index + 1 < tokens.count else { return true }
            return tokens[index + 1].gapBefore >= .lineBreak || nextStartsUpper(index, tokens, text)
        default:
            return false
        }
    }

    static func nextStartsUpper(_ index: Int, _ tokens: [Token], _ text: SourceText) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind == .word && ScalarClass.isUpper(ScalarClass.decode(text.bytes, at: next.span.start).scalar)
    }

    static func isCloser(_ token: Token, _ text: SourceText) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch text.text(token.span) {
        case "\"", "”", "’", "'", ")", "]", "»": return true
        default: return false
        }
    }
}
