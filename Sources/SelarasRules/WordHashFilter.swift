/// A one-bit-per-word filter over word hashes: `mayContain` is false only for a word that is
/// certainly not among the filtered ones (a Bloom filter with one hash function).
///
/// Every substitution and consistency rule walks every word of a document; with the built-in
/// packs that is some sixteen walks. Most words start no term of a given list, and this settles
/// that with one multiply and one bit test instead of a hash-table probe. Exact by
/// construction: a filtered word always has its bit set.
struct WordHashFilter: Sendable {
    /// Empty: the filter passes every word (lists too long for a small filter to reject much).
    private let bits: [UInt64]
    private let shift: UInt64

    /// Above this many words the filter stays empty: with long lists most words of a text are
    /// in the list anyway, and the table probe is then the cheaper test.
    static let maximumWords = 4_096

    /// A filter that passes every word.
    static let passingEverything = WordHashFilter(bits: [], shift: 0)

    private init(bits: [UInt64], shift: UInt64) {
        self.bits = bits
        self.shift = shift
    }

    /// A filter for the words with these hashes (about 32 bits per word: ~3 % false passes).
    init(hashes: [UInt64]) {
        guard hashes.count <= WordHashFilter.maximumWords else {
            self = .passingEverything
            return
        }
        var bitCount = 512
        while bitCount < hashes.count * 32 { bitCount *= 2 }
        let shift = UInt64(64 - bitCount.trailingZeroBitCount)
        var bits = [UInt64](repeating: 0, count: bitCount / 64)
        for hash in hashes {
            let bit = WordHashFilter.bit(hash, shift: shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.init(bits: bits, shift: shift)
    }

    /// Whether a word with this hash may be one of the filtered words.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        if bits.isEmpty { return true }
        let bit = WordHashFilter.bit(hash, shift: shift)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// The bit of a hash: the top bits of hash × an odd constant, so the hash's low bits do not
    /// decide it (and they differ from the bits `WordTable` picks its slot with).
    @inline(__always)
    private static func bit(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: mix(hash) &>> shift)
    }

    /// The hash × constant whose top bits pick a word's bit (`WordKey.mixed` keeps it per word).
    @inline(__always)
    static func mix(_ hash: UInt64) -> UInt64 {
        hash &* 0xD6E8_FEB8_6659_FD93
    }

    /// Whether the filter passes every word (and so can skip none).
    var passesEverything: Bool { bits.isEmpty }

    /// Runs `body` with a skipper over this filter's bits (the filter must not pass everything).
    func withSkipper<Result>(suffixTails: [SuffixTail], _ body: (WordSkipper) -> Result) -> Result {
        bits.withUnsafeBufferPointer { bits in
            suffixTails.withUnsafeBufferPointer { tails in
                body(WordSkipper(bits: bits.baseAddress!, shift: shift, suffixTails: tails))
            }
        }
    }
}
