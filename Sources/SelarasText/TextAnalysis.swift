import SelarasCore

/// A text cut into tokens and sentences once, shared by every claim extractor.
public struct TextAnalysis: Sendable {
    public let text: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// The text of each token, parallel to `tokens`.
    public let strings: [String]
    /// Lower-cased `strings`, computed once: every extractor compares words case-insensitively.
    public let lowerStrings: [String]
    /// For each token, the index of its sentence in `sentences`.
    let sentenceOfToken: [Int]
    /// The shape of each token's `lowerStrings` entry, for quick `WordShapeFilter` tests.
    let lowerShapes: [WordShape]
    /// For each token, whether it is a word or abbreviation starting with a capital letter
    /// (`isCapitalized`, asked of most tokens by several extractors).
    private let capitalized: [Bool]

    public init(_ text: SourceText) {
        self.text = text
        let tokens = Tokenizer.tokenize(text)
        self.tokens = tokens
        self.sentences = SentenceSplitter.split(tokens, in: text)
        (self.strings, self.lowerStrings, self.lowerShapes) = TextAnalysis.strings(of: tokens, in: text.bytes)
        var owner = [Int](repeating: 0, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.tokens { owner[index] = number }
        }
        self.sentenceOfToken = owner
        self.capitalized = tokens.map { token in
            guard token.kind == .word || token.kind == .abbreviation else { return false }
            return ScalarClass.isUpper(ScalarClass.decode(text.bytes, at: token.span.start).scalar)
        }
    }

    /// Each token's text and its lower case, in one pass over the bytes: an ASCII token without
    /// capitals shares its string, one with capitals is lowered byte by byte, any other goes
    /// through `lowercased()`.
    static func strings(of tokens: [Token], in bytes: [UInt8]) -> (strings: [String], lower: [String], shapes: [WordShape]) {
        var strings: [String] = []
        var lower: [String] = []
        var shapes: [WordShape] = []
        strings.reserveCapacity(tokens.count)
        lower.reserveCapacity(tokens.count)
        shapes.reserveCapacity(tokens.count)
        let asciiStrings = TextAnalysis.asciiStrings
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

    /// The one-character string of each ASCII byte.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The span of the sentence holding token `index`.
    public func sentenceSpan(ofToken index: Int) -> Span {
        guard index >= 0, index < tokens.count, !sentences.isEmpty else { return Span(start: 0, end: 0) }
        return sentences[sentenceOfToken[index]].span
    }

    /// The sentence index holding token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int {
        sentenceOfToken.indices.contains(index) ? sentenceOfToken[index] : 0
    }

    /// The sentence holding byte `offset`, if any.
    public func sentence(containing offset: Int) -> Sentence? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start { high = mid - 1 } else if offset >= span.end { low = mid + 1 } else { return sentences[mid] }
        }
        return nil
    }

    /// Index of the first token starting at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: small helpers used by the extractors

    func kind(_ index: Int) -> TokenKind? { tokens.indices.contains(index) ? tokens[index].kind : nil }
    func string(_ index: Int) -> String { strings.indices.contains(index) ? strings[index] : "" }
    func lower(_ index: Int) -> String { lowerStrings.indices.contains(index) ? lowerStrings[index] : "" }
    /// The shape of token `index`'s lower-cased text (a passing shape outside the tokens).
    public func lowerShape(_ index: Int) -> WordShape { lowerShapes.indices.contains(index) ? lowerShapes[index] : .passing }
    func gap(_ index: Int) -> Gap { tokens.indices.contains(index) ? tokens[index].gapBefore : .blankLine }

    /// Whether token `index` is a word starting with a capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        capitalized.indices.contains(index) && capitalized[index]
    }

    /// Whether token `index` is a word written in lowercase.
    func isLowercaseWord(_ index: Int) -> Bool {
        guard kind(index) == .word else { return false }
        let first = ScalarClass.decode(text.bytes, at: tokens[index].span.start).scalar
        return ScalarClass.isLetter(first) && !ScalarClass.isUpper(first)
    }

    /// Whether ASCII token `index`, lower-cased, starts with `prefix` (ASCII lower-case letters):
    /// `lower(index).hasPrefix(prefix)` without the string.
    func hasLowercasedASCIIPrefix(_ index: Int, _ prefix: StaticString) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        let span = tokens[index].span
        guard span.end - span.start >= prefix.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for (offset, byte) in expected.enumerated() where text.bytes[span.start + offset] | 0x20 != byte { return false }
        return true
    }

    func isPunct(_ index: Int, _ value: String) -> Bool {
        guard kind(index) == .punctuation else { return false }
        // One ASCII byte on both sides (nearly every call): an ASCII character is canonically
        // equivalent to itself only, so the bytes decide what `==` would.
        let span = tokens[index].span
        if span.end - span.start == 1, value.utf8.count == 1, let expected = value.utf8.first, expected < 0x80 {
            return text.bytes[span.start] == expected
        }
        return string(index) == value
    }

    func span(from first: Int, through last: Int) -> Span {
        Span(start: tokens[first].span.start, end: tokens[max(first, last)].span.end)
    }
}
