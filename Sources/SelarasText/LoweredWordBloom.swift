import SelarasCore

/// A sharper rejection test for `lower(index) ∈ set` after `WordShapeFilter`: a two-bit Bloom
/// filter over a hash of the lowered bytes of the set's ASCII members.
///
/// The shape filter (first byte and length) lets through a third of all words for a large set
/// like the agency-name prefixes, and each such word then costs a hashed look-up (~140
/// instructions, a call into another module). This test is inlined and turns most of them away.
///
/// Exact: an ASCII token's lower-cased text is its bytes with `A`–`Z` lowered (`TokenStrings`),
/// and an ASCII string equals (canonically) only strings that decompose to that same ASCII: an
/// ASCII member with the same bytes, which hashes to the same bits, or a non-ASCII member that
/// decomposes to ASCII (a Kelvin sign `K`). A set holding such a member makes the filter pass
/// everything; other non-ASCII members can never equal an ASCII token, so they add nothing. A
/// non-ASCII token always passes.
struct LoweredWordBloom: Sendable {
    /// 2^14 bits; each ASCII member sets the two bits its hash picks.
    private var bits: [UInt64]
    private var passesEverything = false

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var bits = [UInt64](repeating: 0, count: 1 << 8)
        for word in words {
            // No array per word (the agency prefixes are built at every start-up).
            var word = word
            let hash: UInt64? = word.withUTF8 { utf8 in
                var all: UInt8 = 0
                for byte in utf8 { all |= byte }
                return all < 0x80 ? LoweredWordBloom.hash(utf8) : nil
            }
            guard let hash else {
                if word.decomposedStringWithCanonicalMapping.utf8.allSatisfy({ $0 < 0x80 }) { passesEverything = true }
                continue
            }
            // Members are hashed lowered like tokens: a member with a capital equals no lowered
            // token, so the extra bits it may set only let more words through.
            let (first, second) = LoweredWordBloom.bitPositions(hash)
            bits[first >> 6] |= 1 << UInt64(first & 63)
            bits[second >> 6] |= 1 << UInt64(second & 63)
        }
        self.bits = bits
    }

    /// The hash of ASCII bytes with `A`–`Z` lowered: the frozen tables' own hash
    /// (`FrozenStringIndex.hash`, eight bytes at a time), so members and tokens meet exactly.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FrozenStringIndex.hash(bytes, lowering: true).hash
    }

    /// The two bits (of 2^14) a hash picks: two 14-bit fields of its mixed top bits.
    @inline(__always)
    private static func bitPositions(_ hash: UInt64) -> (Int, Int) {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: mixed >> 50), Int(truncatingIfNeeded: (mixed >> 36) & 0x3FFF))
    }

    /// False only when `a.lower(index)` is certainly not in the set this filter was built from
    /// (`index` must be a token's).
    @inline(__always)
    func mayContainLower(_ index: Int, in a: TextAnalysis) -> Bool {
        // A non-ASCII token (whose shape is the passing one) is never judged here.
        guard !passesEverything, a.lowerShape(index).isASCII else { return true }
        let span = a.tokens[index].span
        let hash = a.text.bytes.withUnsafeBufferPointer { LoweredWordBloom.hash(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
        let (first, second) = LoweredWordBloom.bitPositions(hash)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }
}
