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

    public init(_ text: SourceText) {
        self.text = text
        // Each token's lower-cased shape and `isCapitalized` flag come from the tokenizer's own
        // pass, and the splitter numbers each token's sentence in place (`Token.lowerFirst`,
        // `Token.flags`, `Token.sentence`): no second pass over the tokens and no parallel
        // arrays. The strings themselves are built only when read (`strings`, `lowerStrings`).
        var tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(numbering: &tokens, in: text)
        self.tokens = tokens
        self.sentences = sentences
        self.strings = TokenStrings(bytes: text.bytes, tokens: tokens, lowered: false)
        self.lowerStrings = TokenStrings(bytes: text.bytes, tokens: tokens, lowered: true)
    }

    /// The shape of each token's lower-cased text (`lowerShape(_:)` of each token).
    var lowerShapes: [WordShape] { tokens.map(\.lowerShape) }

    /// The span of the sentence holding token `index`.
    public func sentenceSpan(ofToken index: Int) -> Span {
        guard index >= 0, index < tokens.count, !sentences.isEmpty else { return Span(start: 0, end: 0) }
        return sentences[Int(tokens[index].sentence)].span
    }

    /// The sentence index holding token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int {
        tokens.indices.contains(index) ? Int(tokens[index].sentence) : 0
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
    public func lowerShape(_ index: Int) -> WordShape { tokens.indices.contains(index) ? tokens[index].lowerShape : .passing }
    func gap(_ index: Int) -> Gap { tokens.indices.contains(index) ? tokens[index].gapBefore : .blankLine }

    /// Whether token `index` is a word starting with a capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].isCapitalized
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
        // One ASCII character (nearly every call): decided on the bytes by `isPunct(_:byte:)`,
        // which builds no string for a longer token either (a curly quote, a dash).
        if value.utf8.count == 1, let byte = value.utf8.first, byte < 0x80 { return isPunct(index, byte: byte) }
        return kind(index) == .punctuation && string(index) == value
    }

    func span(from first: Int, through last: Int) -> Span {
        Span(start: tokens[first].span.start, end: tokens[max(first, last)].span.end)
    }
}
