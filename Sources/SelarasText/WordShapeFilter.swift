/// A quick test in front of a `Set<String>` of words: the first byte and byte length of each
/// word, so most words of a text are turned away without hashing them.
///
/// `mayContain` answers false only when the set certainly does not hold the word; true means
/// "look it up". Set membership compares strings by canonical equivalence, so a non-ASCII word
/// always may be held, and a set holding any non-ASCII word (which might equal an ASCII one,
/// like the Kelvin sign and `K`) makes the filter pass everything.
public struct WordShapeFilter: Sendable {
    /// For each first byte, bit `n` is set when a word of `n` bytes (63 for longer) starts with it.
    private var lengthsByFirstByte: [UInt64]
    private var passesEverything: Bool

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var table = [UInt64](repeating: 0, count: 256)
        var passesEverything = false
        for word in words {
            guard let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) else {
                passesEverything = true
                break
            }
            table[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.lengthsByFirstByte = table
        self.passesEverything = passesEverything
    }

    /// False when no word of the set can equal a word of this shape. Always inlined: extractors
    /// ask it at every word of a document, where a call costs more than the test.
    @inline(__always)
    public func mayContain(_ shape: WordShape) -> Bool {
        if passesEverything || !shape.isASCII || shape.length == 0 { return true }
        return lengthsByFirstByte[Int(shape.first)] & (1 << UInt64(min(shape.length, 63))) != 0
    }

    /// False when no word of the set can equal `word`.
    public func mayContain(_ word: String) -> Bool {
        if passesEverything { return true }
        let utf8 = word.utf8
        guard let first = utf8.first else { return true }
        var count = 0
        for byte in utf8 {
            if byte >= 0x80 { return true }  // `A\u{212A}` equals `AK`: only ASCII words are judged
            count += 1
        }
        return lengthsByFirstByte[Int(first)] & (1 << UInt64(min(count, 63))) != 0
    }
}

/// What `WordShapeFilter` looks at in a word: its first byte and byte length, when it is ASCII.
public struct WordShape: Sendable {
    public var first: UInt8
    public var length: Int
    /// False for a word with any non-ASCII byte: such a word always passes.
    public var isASCII: Bool

    /// The shape of a word the filter must let through.
    public static let passing = WordShape(first: 0, length: 0, isASCII: false)
}
