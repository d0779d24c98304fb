/// `WordShapeFilter.mayContain(_: WordShape)` for a set of ASCII words, inlined where it is
/// asked: the figure extractor asks at every word of a document, where a call per word costs
/// more than the test.
struct InlineShapeFilter: Sendable {
    /// For each first byte, bit `n` set when a word of `n` bytes (63 for longer) starts with it:
    /// the table `WordShapeFilter` keeps.
    private let lengthsByFirstByte: [UInt64]

    /// `words` must be ASCII (then `WordShapeFilter` would not pass everything either).
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var table = [UInt64](repeating: 0, count: 256)
        for word in words {
            precondition(word.utf8.allSatisfy { $0 < 0x80 }, "InlineShapeFilter takes ASCII words only")
            guard let first = word.utf8.first else { continue }
            table[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        lengthsByFirstByte = table
    }

    /// False when no word of the set can equal a word of this shape; a non-ASCII or empty shape
    /// always may (as in `WordShapeFilter`).
    @inline(__always)
    func mayContain(_ shape: WordShape) -> Bool {
        if !shape.isASCII || shape.length == 0 { return true }
        return lengthsByFirstByte[Int(shape.first)] & (1 << UInt64(min(shape.length, 63))) != 0
    }
}
