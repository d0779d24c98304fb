import Foundation

/// A read-only hash index from strings to dense key numbers, built once and queried many times.
///
/// The claim extractors look every token of a text up in fixed vocabularies (month names,
/// regulation types, scale words…). `Set<String>` hashes with per-process seeded SipHash,
/// which cost more than the rest of such a look-up; this index hashes the UTF-8 bytes with
/// FNV-1a and compares bytes in a loop, so a miss — nearly every token — is a few dozen
/// instructions.
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
            var slot = FrozenStringIndex.slot(FrozenStringIndex.hash(bytes), shift: UInt64(64 - bits))
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
        var ascii: UInt8 = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            ascii |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        guard ascii < 0x80, asciiPathIsExact else { return byString[String(decoding: bytes, as: UTF8.self)] }
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
        var ascii: UInt8 = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            ascii |= byte
            hash = (hash ^ UInt64(FrozenStringIndex.lowered(byte))) &* 0x0000_0100_0000_01B3
        }
        guard ascii < 0x80, asciiPathIsExact else { return number(of: String(decoding: bytes, as: UTF8.self).lowercased()) }
        return bytePath(bytes, hash: hash, lowering: true)
    }

    /// An ASCII byte lowered as `lowercased()` lowers its character (`A`–`Z` only).
    @inlinable
    static func lowered(_ byte: UInt8) -> UInt8 {
        (byte &- 0x41) < 26 ? byte | 0x20 : byte
    }

    /// The key whose bytes equal `bytes` (lowered first when `lowering`) with FNV-1a `hash`.
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

    /// FNV-1a over the bytes.
    @inlinable
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return value
    }

    /// Fibonacci hashing: the top bits of hash × golden ratio spread FNV's weak low bits.
    @inlinable
    static func slot(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
