import Foundation

/// Distinct strings stored as their UTF-8 bytes in one buffer, each named by its index.
///
/// A run keeps hundreds of thousands of short strings (fact keys, values, sentences), most of
/// them in one draft only. As `String`s in an array and a dictionary each costs a heap object
/// and two table entries, several times its bytes; here it costs its bytes, an offset and a slot
/// of an open-addressing hash table (linear probing, at most half full).
struct StringArena: Sendable {
    private var bytes: [UInt8] = []
    /// Where string `i` starts in `bytes`; one more entry, the end of the last.
    private var starts: [Int] = [0]
    /// `id + 1` of the string hashed to each slot, 0 for an empty slot; a power of two in size.
    private var slots: [UInt32] = Array(repeating: 0, count: 1024)

    /// Distinct strings stored.
    var count: Int { starts.count - 1 }

    /// Bytes of the strings stored, for tests and measurements.
    var byteCount: Int { bytes.count }

    /// The string with id `id`.
    func string(_ id: UInt32) -> String {
        let index = Int(id)
        return String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    /// The id of `string`, stored if new.
    mutating func id(_ string: String) -> UInt32 {
        // A native string's bytes are read in place; a bridged or lazy one is copied first.
        if let id = string.utf8.withContiguousStorageIfAvailable({ id($0) }) { return id }
        let utf8 = Array(string.utf8)
        return utf8.withUnsafeBufferPointer { id($0) }
    }

    private mutating func id(_ string: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var slot = Self.hash(string) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if equals(index, string) { return UInt32(index) }
            slot = (slot + 1) & mask
        }
        let id = UInt32(count)
        bytes.append(contentsOf: string)
        starts.append(bytes.count)
        slots[slot] = id + 1
        if count * 2 > slots.count { grow() }
        return id
    }

    private func equals(_ index: Int, _ string: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index], end = starts[index + 1]
        guard end - start == string.count else { return false }
        guard string.count > 0, let base = string.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + start, base, string.count) == 0 }
    }

    /// A hash of `string`'s bytes for the slot table: eight bytes at a time, multiplied and
    /// folded, then mixed so the low bits the mask keeps depend on every byte. Only where a
    /// string is placed depends on it, not its id (ids count strings in the order first seen),
    /// so it changes no output; it replaces the standard library's seeded SipHash, several
    /// times slower on the short strings kept here, and needs no protection against chosen
    /// collisions: a draft can at worst make its own interning slower.
    static func hash(_ string: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(string.count)
        let raw = UnsafeRawBufferPointer(string)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash)
    }

    /// Doubles the hash table and places every string again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in 0..<count {
            let hash = bytes.withUnsafeBufferPointer { stored in
                Self.hash(UnsafeBufferPointer(rebasing: stored[starts[index]..<starts[index + 1]]))
            }
            var slot = hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}
