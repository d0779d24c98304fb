import Foundation

/// A read-only hash index from strings to dense key numbers, built once and queried many times.
///
/// The claim extractors look every token of a text up in fixed vocabularies (month names,
/// regulation types, scale words…). `Set<String>` hashes with per-process seeded SipHash,
/// which cost more than the rest of such a look-up; this index hashes the UTF-8 bytes eight at
/// a time (`hash(_:lowering:)`) and compares bytes in a loop, so a miss — nearly every token —
/// is a few dozen instructions.
///
/// Look-ups mean exactly what `Set<String>`/`Dictionary` look-ups mean: Swift compares strings
/// by canonical equivalence (`é` precomposed equals `e` + combining acute). An ASCII string is
/// canonically equivalent only to strings whose decomposition is that same ASCII, so the byte
/// path answers ASCII queries whenever no key is a non-ASCII spelling of ASCII (a Kelvin sign
/// `K`); every other query goes through a `Dictionary` of the keys.
public struct FrozenStringIndex: Sendable {
    /// All keys' bytes, one after another; key `n` is `storage[offsets[n]..<offsets[n + 1]]`.
    @usableFromInline let storage: [UInt8]
    @usableFromInline let offsets: [Int32]
    /// Open addressing, linear probing: key number + 1, 0 for an empty slot. At most half full.
    @usableFromInline let slots: [Int32]
    @usableFromInline let shift: UInt64
    /// Key number by key, for the queries the byte path may not answer.
    @usableFromInline let byString: [String: Int]
    /// Whether ASCII queries may use the byte path (no key decomposes to ASCII without being ASCII).
    @usableFromInline let asciiPathIsExact: Bool

    /// The number of distinct keys.
    public var count: Int { offsets.count - 1 }

    /// Indexes `keys`; a repeated key keeps its first number. `numbers[i]` is the number of `keys[i]`.
    public init(_ keys: [String]) {
        var storage: [UInt8] = []
        var offsets: [Int32] = [0]
        var capacity = 8
        while capacity < keys.count * 2 { capacity *= 2 }
        let bits = capacity.trailingZeroBitCount
        var slots = [Int32](repeating: 0, count: capacity)
        var byString: [String: Int] = [:]
        var asciiPathIsExact = true
        for key in keys {
            if byString[key] == nil { byString[key] = offsets.count - 1 }
            if !key.utf8.allSatisfy({ $0 < 0x80 }), key.decomposedStringWithCanonicalMapping.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiPathIsExact = false
            }
            let bytes = Array(key.utf8)
            var slot = FrozenStringIndex.slot(bytes.withUnsafeBufferPointer { FrozenStringIndex.hash($0, lowering: false).hash }, shift: UInt64(64 - bits))
            var duplicate = false
            while slots[slot] != 0 {
                let number = Int(slots[slot]) - 1
                if storage[Int(offsets[number])..<Int(offsets[number + 1])].elementsEqual(bytes) { duplicate = true; break }
                slot = (slot + 1) & (capacity - 1)
            }
            if duplicate { continue }
            slots[slot] = Int32(offsets.count)
            storage += bytes
            offsets.append(Int32(storage.count))
        }
        self.storage = storage
        self.offsets = offsets
        self.slots = slots
        self.shift = UInt64(64 - bits)
        self.byString = byString
        self.asciiPathIsExact = asciiPathIsExact
    }

    /// The number of the key equal to `key` (as `==` compares strings), or nil.
    @inlinable
    public func number(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { number(ofBytes: $0) }
    }

    /// The number of the key equal to the string whose UTF-8 bytes are `bytes`, or nil.
    /// (Inlinable: the claim extractors call it for most tokens.)
    @inlinable
    public func number(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (hash, all) = FrozenStringIndex.hash(bytes, lowering: false)
        guard all & FrozenStringIndex.highBits == 0, asciiPathIsExact else { return byString[String(decoding: bytes, as: UTF8.self)] }
        return bytePath(bytes, hash: hash)
    }

    /// The number of the key equal to the lower case of the string whose UTF-8 bytes are
    /// `bytes` (`lowercased()`), or nil: a token's look-up without building its lower-cased string.
    ///
    /// Equivalent to `number(of: String(decoding: bytes, as: UTF8.self).lowercased())`: the lower
    /// case of an ASCII string is its bytes with `A`–`Z` turned to `a`–`z` (`| 0x20`), so the hash
    /// and the comparison read the bytes lowered on the fly; a non-ASCII query, or any query when
    /// the byte path is not exact, goes through that very expression.
    @inlinable
    public func number(ofLowercasedBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (hash, all) = FrozenStringIndex.hash(bytes, lowering: true)
        guard all & FrozenStringIndex.highBits == 0, asciiPathIsExact else {
            return number(of: String(decoding: bytes, as: UTF8.self).lowercased())
        }
        return bytePath(bytes, hash: hash, lowering: true)
    }

    /// The high bit of each byte of a chunk: set in the OR of a text's chunks unless it is ASCII.
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The hash of `bytes` (with `A`–`Z` lowered first when `lowering`) and the OR of their
    /// chunks. Eight bytes at a time, little end first, the last chunk padded with zeros: keys are
    /// hashed by this same function, so a query meets its key's slot whatever the byte order.
    /// (A lowered chunk is only used when every byte is ASCII; see `lowered(_:)`.)
    /// Public for filters in front of a frozen table (`LoweredWordBloom`) that must hash a token
    /// exactly as its keys are hashed.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> (hash: UInt64, all: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var all: UInt64 = 0
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return (hash, all) }
        var offset = 0
        while offset &+ 8 <= count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            all |= chunk
            hash = (hash ^ (lowering ? lowered(chunk) : chunk)) &* 0xFF51_AFD7_ED55_8CCD
            offset &+= 8
        }
        if offset < count {
            let chunk = tail(base + offset, count &- offset)
            all |= chunk
            hash = (hash ^ (lowering ? lowered(chunk) : chunk)) &* 0xFF51_AFD7_ED55_8CCD
        }
        return (hash, all)
    }

    /// The `count` (1...8) bytes at `bytes` as a chunk, little end first, padded with zeros; read
    /// in at most three loads, none past the last byte. Four to eight bytes: the first four and
    /// the last four, which overlap on the same bytes. One to three: the first, middle and last
    /// byte, which cover them all.
    @inlinable
    static func tail(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if count >= 4 {
            let raw = UnsafeRawPointer(bytes)
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            return first | (last &<< (UInt64(truncatingIfNeeded: count &- 4) &<< 3))
        }
        let middle = count &>> 1
        return UInt64(bytes[0]) | (UInt64(bytes[middle]) &<< (UInt64(truncatingIfNeeded: middle) &<< 3))
            | (UInt64(bytes[count &- 1]) &<< (UInt64(truncatingIfNeeded: count &- 1) &<< 3))
    }

    /// An ASCII byte lowered as `lowercased()` lowers its character (`A`–`Z` only).
    @inlinable
    static func lowered(_ byte: UInt8) -> UInt8 {
        (byte &- 0x41) < 26 ? byte | 0x20 : byte
    }

    /// Each byte of an all-ASCII chunk lowered as `lowered(_: UInt8)` lowers it. A byte below
    /// 0x80 plus 0x3F reaches 0x80 exactly when it is at least `A` (0x41), plus 0x25 exactly when
    /// it is past `Z` (0x5B), and neither sum carries into the next byte; the bit 0x80 of a
    /// capital, shifted down twice, is the 0x20 that lowers it.
    @inlinable
    static func lowered(_ chunk: UInt64) -> UInt64 {
        let atLeastA = chunk &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = chunk &+ 0x2525_2525_2525_2525
        let capitals = atLeastA & ~pastZ & highBits
        return chunk | (capitals &>> 2)
    }

    /// The key whose bytes equal `bytes` (lowered first when `lowering`), `hash` being theirs.
    @inlinable
    func bytePath(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowering: Bool = false) -> Int? {
        let mask = slots.count - 1
        var slot = FrozenStringIndex.slot(hash, shift: shift)
        return slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                storage.withUnsafeBufferPointer { storage in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return nil }
                        let start = Int(offsets[entry - 1])
                        let length = Int(offsets[entry]) - start
                        if length == bytes.count, lowering
                            ? FrozenStringIndex.equalLowered(storage.baseAddress! + start, bytes, length)
                            : FrozenStringIndex.equal(storage.baseAddress! + start, bytes, length) {
                            return entry - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Whether `a`'s UTF-8 bytes sort before `b`'s (a deterministic order that costs a `memcmp`).
    public static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    /// The key with number `number`.
    public func key(_ number: Int) -> String {
        String(decoding: storage[Int(offsets[number])..<Int(offsets[number + 1])], as: UTF8.self)
    }

    /// Whether `length` bytes at `key` equal `bytes` (keys are words: a loop beats a call).
    @inlinable
    static func equal(_ key: UnsafePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ length: Int) -> Bool {
        for offset in 0..<length where key[offset] != bytes[offset] { return false }
        return true
    }

    /// Whether `length` bytes at `key` equal `bytes` with `A`–`Z` lowered.
    @inlinable
    static func equalLowered(_ key: UnsafePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ length: Int) -> Bool {
        for offset in 0..<length where key[offset] != lowered(bytes[offset]) { return false }
        return true
    }

    /// Fibonacci hashing: the top bits of hash × golden ratio (a product's top bits depend on
    /// every bit of the hash).
    @inlinable
    static func slot(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
