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
                return all < 0x80 ? LoweredWordBloom.hash(utf8, from: 0, to: utf8.count) : nil
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

    /// A multiplicative hash of the bytes with `A`–`Z` lowered, eight at a time (the last chunk
    /// padded with zeros), for ASCII bytes only: `lowered(_:)` lowers a chunk of ASCII bytes.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: end &- start)
        guard let base = bytes.baseAddress else { return hash }
        var offset = start
        while offset &+ 8 <= end {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            hash = (hash ^ lowered(chunk)) &* 0xFF51_AFD7_ED55_8CCD
            offset &+= 8
        }
        if offset < end {
            // The last one to seven bytes, little end first, in at most three loads, none past
            // `end`: four to seven are the first four and the last four, overlapping on the same
            // bytes at the same places (so OR-ing them changes nothing); one to three are the
            // first, middle and last byte, which cover them all.
            let count = end &- offset
            let chunk: UInt64
            if count >= 4 {
                let raw = UnsafeRawPointer(base + offset)
                let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
                chunk = first | (last &<< (UInt64(truncatingIfNeeded: count &- 4) &<< 3))
            } else {
                let middle = count &>> 1
                chunk = UInt64(base[offset]) | (UInt64(base[offset &+ middle]) &<< (UInt64(truncatingIfNeeded: middle) &<< 3))
                    | (UInt64(base[end &- 1]) &<< (UInt64(truncatingIfNeeded: count &- 1) &<< 3))
            }
            hash = (hash ^ lowered(chunk)) &* 0xFF51_AFD7_ED55_8CCD
        }
        return hash
    }

    /// Each byte of an all-ASCII chunk with `A`–`Z` lowered (as `FrozenStringIndex.lowered`): a
    /// byte below 0x80 plus 0x3F reaches 0x80 exactly when it is at least `A`, plus 0x25 exactly
    /// when it is past `Z`, neither sum carries into the next byte, and the bit 0x80 of a capital,
    /// shifted down twice, is the 0x20 that lowers it.
    @inline(__always)
    private static func lowered(_ chunk: UInt64) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let capitals = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & highBits
        return chunk | (capitals &>> 2)
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
        let hash = a.text.bytes.withUnsafeBufferPointer { LoweredWordBloom.hash($0, from: span.start, to: span.end) }
        let (first, second) = LoweredWordBloom.bitPositions(hash)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }
}
