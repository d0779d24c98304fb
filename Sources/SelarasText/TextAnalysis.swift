import SelarasCore

/// A text cut into tokens and sentences once, shared by every claim extractor.
public struct TextAnalysis: Sendable {
    public let text: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// The text of each token, parallel to `tokens`, built when read (`TokenStrings`).
    public let strings: TokenStrings
    /// The lower-cased text of each token (every extractor compares words case-insensitively),
    /// built when read.
    public let lowerStrings: TokenStrings
    /// For each token, the index of its sentence in `sentences`.
    let sentenceOfToken: [Int]
    /// The shape of each token's lower-cased text, for quick `WordShapeFilter` tests.
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
        self.strings = TokenStrings(bytes: text.bytes, tokens: tokens, lowered: false)
        self.lowerStrings = TokenStrings(bytes: text.bytes, tokens: tokens, lowered: true)
        (self.lowerShapes, self.capitalized) = TextAnalysis.perTokenData(of: tokens, in: text.bytes)
        var owner = [Int](repeating: 0, count: tokens.count)
        owner.withUnsafeMutableBufferPointer { owner in
            for (number, sentence) in sentences.enumerated() {
                for index in sentence.tokens { owner[index] = number }
            }
        }
        self.sentenceOfToken = owner
    }

    /// Each token's lower-cased shape and `isCapitalized` flag, in one pass over the bytes (the
    /// strings themselves are built only when read: `strings`, `lowerStrings`). The arrays are
    /// written in place (`unsafeUninitializedCapacity`): every slot is initialised exactly once,
    /// in token order, and the count is set only after the loop, so no append bookkeeping per
    /// token.
    static func perTokenData(of tokens: [Token], in bytes: [UInt8]) -> (shapes: [WordShape], capitalized: [Bool]) {
        let count = tokens.count
        // No tokens, no arrays: `unsafeUninitializedCapacity: 0` would write the count of the
        // standard library's shared empty-array storage (a data race under ThreadSanitizer).
        guard count > 0 else { return ([], []) }
        var capitalized: [Bool] = []
        let shapes = [WordShape](unsafeUninitializedCapacity: count) { shapesOut, shapesCount in
            capitalized = [Bool](unsafeUninitializedCapacity: count) { capitalizedOut, capitalizedCount in
                bytes.withUnsafeBufferPointer { buffer in
                    tokens.withUnsafeBufferPointer { tokens in
                        for position in 0..<count {
                            let token = tokens[position]
                            let slice = UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end])
                            (shapesOut.baseAddress! + position).initialize(to: Self.lowerShape(of: slice))
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
        return (shapes, capitalized)
    }

    /// The shape of one token's lower-cased text: its lowered first byte and length when all
    /// ASCII (`TokenStrings.lower(of:)` lowers such a token byte by byte, keeping its length),
    /// else the passing shape.
    @inline(__always)
    private static func lowerShape(of slice: UnsafeBufferPointer<UInt8>) -> WordShape {
        // Any byte >= 0x80 makes the OR of all bytes >= 0x80 (tokens are short, so testing every
        // byte beats stopping early).
        var all: UInt8 = 0
        for byte in slice { all |= byte }
        guard all < 0x80, let first = slice.first else { return .passing }
        return WordShape(first: first >= 0x41 && first <= 0x5A ? first | 0x20 : first, length: slice.count, isASCII: true)
    }

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
    /// The text of token `index` (empty outside the tokens), built now: see `TokenStrings`.
    func string(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { TokenStrings.string(of: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// The lower-cased text of token `index` (empty outside the tokens), built now: see `TokenStrings`.
    func lower(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { TokenStrings.lower(of: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }
    /// `map[string(index)]`, without building the string (`FrozenStringMap.subscript(bytes:)`:
    /// the string's UTF-8 is the token's bytes, so the same answer).
    func string<Value>(_ index: Int, in map: FrozenStringMap<Value>) -> Value? {
        guard tokens.indices.contains(index) else { return map[""] }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { map[bytes: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])] }
    }

    /// Whether `string(index)` is in `set`, without building the string
    /// (`FrozenStringSet.contains(bytes:)`: the string's UTF-8 is the token's bytes, so the same answer).
    func string(_ index: Int, isIn set: FrozenStringSet) -> Bool {
        guard tokens.indices.contains(index) else { return set.contains("") }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { set.contains(bytes: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// Whether `lower(index)` is in `set`, without building the string for an ASCII token
    /// (`FrozenStringSet.contains(lowercasedBytes:)`, the same answer).
    func lower(_ index: Int, isIn set: FrozenStringSet) -> Bool {
        guard tokens.indices.contains(index) else { return set.contains("") }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { set.contains(lowercasedBytes: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// `map[lower(index)]`, without building the string for an ASCII token
    /// (`FrozenStringMap.subscript(lowercasedBytes:)`, the same answer).
    func lower<Value>(_ index: Int, in map: FrozenStringMap<Value>) -> Value? {
        guard tokens.indices.contains(index) else { return map[""] }
        let span = tokens[index].span
        return text.bytes.withUnsafeBufferPointer { map[lowercasedBytes: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])] }
    }

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
