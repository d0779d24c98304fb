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
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(string))
        let mask = slots.count - 1
        var slot = hasher.finalize() & mask
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

    /// Doubles the hash table and places every string again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in 0..<count {
            var hasher = Hasher()
            bytes.withUnsafeBufferPointer { stored in
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: stored[starts[index]..<starts[index + 1]])))
            }
            var slot = hasher.finalize() & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}
