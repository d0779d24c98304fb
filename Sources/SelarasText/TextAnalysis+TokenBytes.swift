import SelarasCore

/// Byte-level answers to the questions the extractors ask about tokens, each exactly what the
/// string comparison it replaces would answer, without building the string when the bytes (or the
/// lower-cased shape) already decide.
extension TextAnalysis {
    /// `string(index) == String(UnicodeScalar(byte))` for an ASCII `byte`.
    @inline(__always)
    func tokenEquals(_ index: Int, _ byte: UInt8) -> Bool {
        guard tokens.indices.contains(index) else { return false }  // `string(index)` is "" there
        let span = tokens[index].span
        let bytes = text.bytes
        // One byte: an ASCII character equals only itself (a lone non-ASCII byte decodes to
        // U+FFFD). Two or more ASCII bytes (an ASCII shape is an ASCII token, see
        // `Token.lowerShape`) are two or more characters, never one.
        if span.end - span.start == 1 { return bytes[span.start] == byte }
        if lowerShape(index).isASCII { return false }
        // Non-ASCII text is compared as strings are: by canonical equivalence. Its decomposition
        // is one ASCII character only if it is one scalar decomposing to it (decomposing never
        // drops a scalar), and just three do: U+037E `;` (CD BE), U+1FEF `` ` `` (E1 BF AF) and
        // U+212A `K` (E2 84 AA) — `TokenEqualsScalarTests` checks every scalar. Any other text is unequal.
        guard TextAnalysis.mayDecomposeToASCII(bytes, span) else { return false }
        return string(index) == String(UnicodeScalar(byte))
    }

    /// Whether the bytes of `span` are one of the three scalars whose decomposition is ASCII.
    @inline(__always)
    static func mayDecomposeToASCII(_ bytes: [UInt8], _ span: Span) -> Bool {
        switch span.end - span.start {
        case 2: return bytes[span.start] == 0xCD && bytes[span.start + 1] == 0xBE
        case 3:
            let (first, second, third) = (bytes[span.start], bytes[span.start + 1], bytes[span.start + 2])
            return (first == 0xE1 && second == 0xBF && third == 0xAF) || (first == 0xE2 && second == 0x84 && third == 0xAA)
        default: return false
        }
    }

    /// `isPunct(index, String(UnicodeScalar(byte)))` for an ASCII `byte`, on the bytes.
    @inline(__always)
    func isPunct(_ index: Int, byte: UInt8) -> Bool {
        kind(index) == .punctuation && tokenEquals(index, byte)
    }

    /// `lower(index) == word` for an ASCII lower-case `word`.
    @inline(__always)
    func lowerEquals(_ index: Int, _ word: StaticString) -> Bool {
        let shape = lowerShape(index)
        guard shape.isASCII else { return lower(index) == word.description }  // also outside the tokens
        // A token has an ASCII shape only when all its bytes are ASCII (`Token.lowerShape`); its
        // lower-cased text is then its bytes with `A`–`Z` lower-cased, and two ASCII strings are
        // equal exactly when their bytes are.
        let count = word.utf8CodeUnitCount
        guard shape.length == count, shape.first == word.utf8Start.pointee else { return false }
        let start = tokens[index].span.start
        let bytes = text.bytes
        for offset in 1..<count {
            let byte = bytes[start + offset]
            if ((byte &- 0x41) < 26 ? byte | 0x20 : byte) != word.utf8Start[offset] { return false }
        }
        return true
    }

    /// `set.contains(string(index))` for a `set` of single characters whose ASCII members are
    /// the bytes of `ascii`: a one-byte token is its ASCII character (equal to an ASCII member
    /// only; a non-ASCII member, which decomposes to no ASCII, equals no ASCII text), a longer
    /// ASCII token is several characters and equals no member, any other is compared as a string.
    @inline(__always)
    func singleCharacterSetContains(_ index: Int, ascii: ASCIIByteSet, orAsk set: FrozenStringSet) -> Bool {
        guard tokens.indices.contains(index) else { return set.contains("") }
        let span = tokens[index].span
        if span.end - span.start == 1, text.bytes[span.start] < 0x80 { return ascii.contains(text.bytes[span.start]) }
        if lowerShape(index).isASCII { return false }
        return set.contains(string(index))
    }
}

/// A set of ASCII bytes, as two 64-bit masks.
struct ASCIIByteSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The one-byte ASCII members of `strings`; every member must be one character.
    init(singleCharactersOf strings: [String]) {
        for string in strings {
            precondition(string.count == 1, "single characters only")
            let utf8 = Array(string.utf8)
            guard utf8.count == 1, utf8[0] < 0x80 else { continue }
            if utf8[0] < 64 { low |= 1 << UInt64(utf8[0]) } else { high |= 1 << UInt64(utf8[0] - 64) }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}

extension TextAnalysis {
    /// `lengths.contains(string(index).count) ? Int(string(index)) : nil`, read from the bytes of
    /// an ASCII token (any other is asked as a string).
    ///
    /// An ASCII token's characters are its bytes (a `\r\n` pair is one character, but `Int`
    /// accepts no such text and no shorter count makes it a number either: both answers are nil),
    /// and `Int(_:)` accepts exactly an optional `+`/`-` followed by one or more ASCII digits.
    /// `lengths` must stay below 19 characters, so no value overflows.
    @inline(__always)
    func integer(_ index: Int, lengths: ClosedRange<Int>) -> Int? {
        guard lowerShape(index).isASCII, tokens.indices.contains(index) else {
            let text = string(index)
            return lengths.contains(text.count) ? Int(text) : nil
        }
        let span = tokens[index].span
        guard lengths.contains(span.end - span.start) else { return nil }
        let bytes = text.bytes
        var position = span.start
        let negative = bytes[position] == 0x2D
        if negative || bytes[position] == 0x2B { position += 1 }
        guard position < span.end else { return nil }
        var value = 0
        while position < span.end {
            let digit = bytes[position] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            position += 1
        }
        return negative ? -value : value
    }
}
