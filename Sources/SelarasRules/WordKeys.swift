/// What a term pass needs to know of a word to pass over it, in 16 bytes.
///
/// Every substitution rule, exception list and consistency group walks every word of a
/// document, and nearly every word starts no term of the list. Deciding that from the 64-byte
/// `WordToken` (its hash, its hyphen parts, its folded bytes for the suffix test) cost some 25
/// instructions per word and pass; from this key it costs a handful.
struct WordKey: Sendable {
    /// `WordHashFilter.mix` of the word's hash: a filter's bit is its top bits.
    var mixed: UInt64
    /// The last (up to) four folded bytes, each `| 0x20`, the last byte lowest; shorter words
    /// have zero bytes above theirs.
    var tail: UInt32
    /// Non-zero when the word is hyphenated (it has parts a pass must search).
    var hasParts: UInt32

    /// The keys of scanned words, one per token.
    static func keys(of scanned: ScannedWords) -> [WordKey] {
        let count = scanned.tokens.count
        return scanned.folded.withUnsafeBufferPointer { folded in
            scanned.tokens.withUnsafeBufferPointer { tokens in
                [WordKey](unsafeUninitializedCapacity: count) { keys, initialized in
                    for index in 0..<count {
                        let token = tokens[index]
                        let range = token.unit.folded
                        var tail: UInt32 = 0
                        var position = max(range.lowerBound, range.upperBound - 4)
                        while position < range.upperBound {
                            tail = tail << 8 | UInt32(folded[position] | 0x20)
                            position += 1
                        }
                        (keys.baseAddress! + index).initialize(to: WordKey(
                            mixed: WordHashFilter.mix(token.unit.hash), tail: tail, hasParts: token.parts.isEmpty ? 0 : 1))
                    }
                    initialized = count
                }
            }
        }
    }
}

/// The test that lets a `TermIndex` pass step over a word: no term starts with it (its start
/// filter says so), it has no hyphen parts, and it cannot end with one of the list's suffixes.
///
/// Exact: a word it skips is one the full step would also have passed over doing nothing (see
/// `TermIndex.matches`).
struct WordSkipper {
    let bits: UnsafeBufferPointer<UInt64>
    let shift: UInt64
    /// Per suffix: the mask and value its last (up to) four bytes give a `WordKey.tail`. A word
    /// ending with the suffix has `tail & mask == value`; the converse need not hold.
    let suffixTails: [(mask: UInt32, value: UInt32)]

    /// The tail tests of `suffixes` (lower-case bytes, as `TermIndex` keeps them).
    static func suffixTails(_ suffixes: [[UInt8]]) -> [(mask: UInt32, value: UInt32)] {
        suffixes.map { suffix in
            var mask: UInt32 = 0
            var value: UInt32 = 0
            for byte in suffix.suffix(4) {
                mask = mask << 8 | 0xFF
                value = value << 8 | UInt32(byte | 0x20)
            }
            return (mask, value)
        }
    }

    /// The first index from `index` on that a pass must look at (`keys.count` when none).
    @inline(__always)
    func next(from index: Int, _ keys: UnsafeBufferPointer<WordKey>) -> Int {
        var index = index
        let count = keys.count
        if suffixTails.isEmpty {
            while index < count {
                let key = keys[index]
                let bit = Int(truncatingIfNeeded: key.mixed &>> shift)
                if bits[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 || key.hasParts != 0 { return index }
                index += 1
            }
            return count
        }
        while index < count {
            let key = keys[index]
            let bit = Int(truncatingIfNeeded: key.mixed &>> shift)
            if bits[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 || key.hasParts != 0 { return index }
            for (mask, value) in suffixTails where key.tail & mask == value { return index }
            index += 1
        }
        return count
    }
}
