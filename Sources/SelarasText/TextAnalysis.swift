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
        let sentences = SentenceSplitter.split(tokens, in: text)
        self.sentences = sentences
        let perToken = TextAnalysis.perTokenData(of: tokens, in: text.bytes)
        (self.strings, self.lowerStrings, self.lowerShapes, self.capitalized) = (perToken.strings, perToken.lower, perToken.shapes, perToken.capitalized)
        var owner = [Int](repeating: 0, count: tokens.count)
        owner.withUnsafeMutableBufferPointer { owner in
            for (number, sentence) in sentences.enumerated() {
                for index in sentence.tokens { owner[index] = number }
            }
        }
        self.sentenceOfToken = owner
    }

    /// Each token's text and its lower case, in one pass over the bytes: an ASCII token without
    /// capitals shares its string, one with capitals is lowered byte by byte, any other goes
    /// through `lowercased()`.
    static func strings(of tokens: [Token], in bytes: [UInt8]) -> (strings: [String], lower: [String], shapes: [WordShape]) {
        let perToken = perTokenData(of: tokens, in: bytes)
        return (perToken.strings, perToken.lower, perToken.shapes)
    }

    /// `strings(of:in:)` plus each token's `isCapitalized` flag, in one pass. The arrays are
    /// written in place (`unsafeUninitializedCapacity`): every slot is initialised exactly once,
    /// in token order, and the count is set only after the loop, so no append bookkeeping per
    /// token.
    static func perTokenData(of tokens: [Token], in bytes: [UInt8])
        -> (strings: [String], lower: [String], shapes: [WordShape], capitalized: [Bool]) {
        let count = tokens.count
        // No tokens, no arrays: `unsafeUninitializedCapacity: 0` would write the count of the
        // standard library's shared empty-array storage (a data race under ThreadSanitizer).
        guard count > 0 else { return ([], [], [], []) }
        let asciiStrings = TextAnalysis.asciiStrings
        var lower: [String] = []
        var shapes: [WordShape] = []
        var capitalized: [Bool] = []
        let strings = [String](unsafeUninitializedCapacity: count) { stringsOut, stringsCount in
            lower = [String](unsafeUninitializedCapacity: count) { lowerOut, lowerCount in
                shapes = [WordShape](unsafeUninitializedCapacity: count) { shapesOut, shapesCount in
                    capitalized = [Bool](unsafeUninitializedCapacity: count) { capitalizedOut, capitalizedCount in
                        bytes.withUnsafeBufferPointer { buffer in
                            tokens.withUnsafeBufferPointer { tokens in
                                for position in 0..<count {
                                    let token = tokens[position]
                                    let slice = UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end])
                                    let texts = Self.texts(of: slice, asciiStrings)
                                    (stringsOut.baseAddress! + position).initialize(to: texts.string)
                                    (lowerOut.baseAddress! + position).initialize(to: texts.lower)
                                    (shapesOut.baseAddress! + position).initialize(to: texts.shape)
                                    // `isCapitalized`: a word or abbreviation whose first scalar is upper case
                                    // (an ASCII lead byte is its own scalar).
                                    var upper = false
                                    if token.kind == .word || token.kind == .abbreviation, let first = slice.first {
                                        upper = first < 0x80 ? (first >= 0x41 && first <= 0x5A)
                                            : ScalarClass.isUpper(ScalarClass.decode(buffer, at: token.span.start).scalar)
                                    }
                                    (capitalizedOut.baseAddress! + position).initialize(to: upper)
                                }
                            }
                        }
                        capitalizedCount = count
                    }
                    shapesCount = count
                }
                lowerCount = count
            }
            stringsCount = count
        }
        return (strings, lower, shapes, capitalized)
    }

    /// The text, lower-cased text and lower-cased shape of one token's bytes.
    @inline(__always)
    private static func texts(of slice: UnsafeBufferPointer<UInt8>, _ asciiStrings: [String]) -> (string: String, lower: String, shape: WordShape) {
        // One ASCII byte (`,` `.` `(` a digit — a quarter of all tokens): a shared string
        // instead of building one each time.
        if slice.count == 1, slice[0] < 0x80 {
            let byte = slice[0]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            return (asciiStrings[Int(byte)], asciiStrings[Int(lowered)], WordShape(first: lowered, length: 1, isASCII: true))
        }
        let string = String(decoding: slice, as: UTF8.self)
        // Any byte >= 0x80 makes the OR of all bytes >= 0x80; a capital is a byte in 0x41...0x5A
        // (tokens are short, so testing every byte beats stopping early).
        var all: UInt8 = 0
        var capitalCount = 0
        for byte in slice {
            all |= byte
            capitalCount &+= (byte &- 0x41) < 26 ? 1 : 0
        }
        let capitals = capitalCount != 0
        guard all < 0x80, let first = slice.first else {
            return (string, string.lowercased(), .passing)
        }
        let shape = WordShape(first: first >= 0x41 && first <= 0x5A ? first | 0x20 : first, length: slice.count, isASCII: true)
        if !capitals { return (string, string, shape) }
        let lowered = String(unsafeUninitializedCapacity: slice.count) { out in
            for (offset, byte) in slice.enumerated() { out[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return slice.count
        }
        return (string, lowered, shape)
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
