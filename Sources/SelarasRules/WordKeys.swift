/// A word some term list may have to look at, with what a pass needs to step over it anyway,
/// in 16 bytes.
///
/// Every substitution rule, exception list and consistency group walks the words of a
/// document, and nearly every word starts no term of the list. `CandidateFilter` leaves out the
/// words no list can do anything with, once per document; a pass then visits the remaining
/// ones and decides most of them from this key alone, without touching the 64-byte `WordToken`.
struct WordKey: Sendable {
    /// `WordHashFilter.mix` of the word's hash: a filter's bit is its top bits.
    var mixed: UInt64
    /// The last (up to) four folded bytes, each `| 0x20`, the last byte lowest; shorter words
    /// have zero bytes above theirs.
    var tail: UInt32
    /// The word's index among the tokens, shifted left once, with 1 added when it is
    /// hyphenated (it has parts a pass must search).
    private var packed: UInt32

    var index: Int { Int(packed >> 1) }
    var hasParts: Bool { packed & 1 != 0 }

    /// The key of token `index`; `folded` is the scan's folded buffer.
    @inline(__always)
    init(_ token: UnsafePointer<WordToken>, index: Int, folded: UnsafePointer<UInt8>) {
        let unit = token.pointee.unit
        mixed = WordHashFilter.mix(unit.hash)
        tail = WordKey.tail(unit.folded, folded)
        packed = UInt32(truncatingIfNeeded: index) << 1 | (token.pointee.parts.isEmpty ? 0 : 1)
    }

    /// `tail` of the folded bytes `range`.
    @inline(__always)
    static func tail(_ range: Range<Int>, _ folded: UnsafePointer<UInt8>) -> UInt32 {
        let end = range.upperBound
        let length = range.count
        if end >= 4 {
            // The four bytes before `end` (a shorter word's include the bytes of earlier words,
            // masked off), the last one lowest as in the byte loop below.
            let last4 = UInt32(bigEndian: UnsafeRawPointer(folded + end - 4).loadUnaligned(as: UInt32.self)) | 0x2020_2020
            return length >= 4 ? last4 : last4 & ((1 << UInt32(8 * length)) - 1)
        }
        var tail: UInt32 = 0
        for position in range { tail = tail << 8 | UInt32(folded[position] | 0x20) }
        return tail
    }
}

/// A suffix as a test on `WordKey.tail`: a word ending with the suffix has
/// `tail & mask == value` (the converse need not hold: only the last four bytes are compared,
/// and the word's length is not).
struct SuffixTail: Sendable, Hashable {
    var mask: UInt32
    var value: UInt32

    /// The tail tests of `suffixes` (lower-case bytes, as `TermIndex` keeps them).
    static func of(_ suffixes: [[UInt8]]) -> [SuffixTail] {
        suffixes.map { suffix in
            var mask: UInt32 = 0
            var value: UInt32 = 0
            for byte in suffix.suffix(4) {
                mask = mask << 8 | 0xFF
                value = value << 8 | UInt32(byte | 0x20)
            }
            return SuffixTail(mask: mask, value: value)
        }
    }

    @inline(__always)
    static func anyMatches(_ tails: UnsafeBufferPointer<SuffixTail>, _ tail: UInt32) -> Bool {
        for test in tails where tail & test.mask == test.value { return true }
        return false
    }
}

/// The test that lets a `TermIndex` pass step over a candidate word: no term starts with it
/// (its start filter says so), it has no hyphen parts, and it cannot end with one of the list's
/// suffixes — exactly when the pass's full step would move on doing nothing.
struct WordSkipper {
    let bits: UnsafePointer<UInt64>
    let shift: UInt64
    let suffixTails: UnsafeBufferPointer<SuffixTail>

    @inline(__always)
    func skips(_ key: WordKey) -> Bool {
        let bit = key.mixed &>> shift
        if (bits[Int(truncatingIfNeeded: bit &>> 6)] &>> (bit & 63)) & 1 != 0 || key.hasParts { return false }
        return suffixTails.isEmpty || !SuffixTail.anyMatches(suffixTails, key.tail)
    }
}

/// The start words and suffixes of the term lists matched on one thread, to find the words of
/// a document that any of them may have to look at (see `ScanCache`).
///
/// A word is a candidate when its bit is set in the union of the start words of every
/// registered list (one fixed-size filter), it is hyphenated, or it may end with one of their
/// suffixes. Any other word is no list's start word (its hash differs from all of them), has no
/// parts and ends with no suffix: every pass of a registered list steps over it doing nothing,
/// so a pass visiting only the candidates finds what the full walk finds.
///
/// Confined to the thread whose `ScanCache` owns it.
final class CandidateFilter {
    /// 2^16 bits: the top 16 bits of `WordKey.mixed` pick one.
    private var bits = [UInt64](repeating: 0, count: 1 << 10)
    private var suffixTails: [SuffixTail] = []
    /// The last bytes of `suffixTails` (bit `byte` of the 256): a word whose last folded byte
    /// (`| 0x20`) is none of them matches no tail, whose lowest byte is that byte.
    private var lastBytes = [UInt64](repeating: 0, count: 4)
    /// The registered lists (a handful: found by a linear search, cheaper than hashing).
    private var registered: [TermIndexIdentity] = []
    /// Bumped whenever a list is registered: candidates found before then are stale.
    private(set) var version = 0

    /// Adds a list's start words and suffixes, unless it is there.
    func register(_ identity: TermIndexIdentity) {
        guard !isRegistered(identity) else { return }
        registered.append(identity)
        for mixed in identity.startWords {
            let bit = Int(truncatingIfNeeded: mixed &>> 48)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for tail in identity.suffixTails where !suffixTails.contains(tail) {
            suffixTails.append(tail)
            let last = Int(tail.value & 0xFF)
            lastBytes[last >> 6] |= 1 << UInt64(last & 63)
        }
        version += 1
    }

    /// The number of registered lists.
    var listCount: Int { registered.count }

    func isRegistered(_ identity: TermIndexIdentity) -> Bool {
        registered.contains { $0 === identity }
    }

    /// The keys of the candidate words of `scanned`, in text order.
    func candidates(of scanned: ScannedWords) -> [WordKey] {
        let count = scanned.tokens.count
        // No words, no array: `unsafeUninitializedCapacity: 0` would write the count of the
        // standard library's shared empty-array storage, a race ThreadSanitizer reports.
        guard count > 0 else { return [] }
        return withMarker { marker in
            scanned.folded.withUnsafeBufferPointer { folded in
                scanned.tokens.withUnsafeBufferPointer { tokens in
                    [WordKey](unsafeUninitializedCapacity: count) { keys, found in
                        found = 0
                        guard let token = tokens.baseAddress, let folded = folded.baseAddress, let target = keys.baseAddress else { return }
                        for index in 0..<count where marker.isCandidate(token + index, folded: folded) {
                            (target + found).initialize(to: WordKey(token + index, index: index, folded: folded))
                            found += 1
                        }
                    }
                }
            }
        }
    }

    /// Runs `body` with the test of this filter's current start words and suffixes.
    func withMarker<Result>(_ body: (CandidateMarker) -> Result) -> Result {
        bits.withUnsafeBufferPointer { bits in
            lastBytes.withUnsafeBufferPointer { lastBytes in
                suffixTails.withUnsafeBufferPointer { tails in
                    body(CandidateMarker(bits: bits.baseAddress!, lastBytes: lastBytes.baseAddress!, suffixTails: tails))
                }
            }
        }
    }
}

/// `CandidateFilter`'s test of one word, over its tables (valid inside `withMarker` only), so
/// the scanner can apply it to each word as it writes it (see `WordScanner.scan`).
struct CandidateMarker {
    let bits: UnsafePointer<UInt64>
    let lastBytes: UnsafePointer<UInt64>
    let suffixTails: UnsafeBufferPointer<SuffixTail>

    /// Whether the word is a candidate: its bit is set, it is hyphenated, or it may end with a
    /// suffix (its last byte ends some tail, and then its tail matches one).
    @inline(__always)
    func isCandidate(_ token: UnsafePointer<WordToken>, folded: UnsafePointer<UInt8>) -> Bool {
        let unit = token.pointee.unit
        let bit = Int(truncatingIfNeeded: WordHashFilter.mix(unit.hash) &>> 48)
        if (bits[bit &>> 6] &>> UInt64(bit & 63)) & 1 != 0 || !token.pointee.parts.isEmpty { return true }
        let last = Int(folded[unit.folded.upperBound - 1] | 0x20)
        return (lastBytes[last &>> 6] &>> UInt64(last & 63)) & 1 != 0 && SuffixTail.anyMatches(suffixTails, WordKey.tail(unit.folded, folded))
    }
}

/// The identity of one compiled term list, for `CandidateFilter`'s registry (a `TermIndex` is a
/// value; its copies share this object), with what the filter needs of it.
final class TermIndexIdentity: Sendable {
    /// `WordHashFilter.mix` of the hash of every word that starts a term.
    let startWords: [UInt64]
    let suffixTails: [SuffixTail]

    init(startWords: [UInt64], suffixTails: [SuffixTail]) {
        self.startWords = startWords
        self.suffixTails = suffixTails
    }
}
