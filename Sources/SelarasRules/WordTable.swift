#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open-addressing hash set of byte strings that hands out dense ids.
///
/// `TermMatcher` looks up every word of a document here. Keying on a byte slice (FNV-1a,
/// equality verified on bytes) means an unknown word — nearly every word — costs one hash and
/// usually one probe, with no `String` allocated.
struct WordTable: Sendable {
    /// All words back to back; word `id` is `storage[offsets[id]..<offsets[id + 1]]`.
    private var storage: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Per slot: the low 32 bits of the word's hash (a tag, so a probe rarely has to compare
    /// bytes or read `hashes`) above word id + 1; 0 marks an empty slot.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    /// Bits of a slot index (`slots.count == 1 << slotBits`).
    private var slotBits = 4

    var count: Int { hashes.count }

    /// The hash of word `id` (the FNV-1a of its folded bytes).
    func hash(ofWord id: Int) -> UInt64 { hashes[id] }

    /// FNV-1a offset basis: the hash of no bytes.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step; `WordScanner` hashes words with it as it folds them.
    @inline(__always)
    static func hash(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value = hashSeed
        for byte in bytes { value = hash(value, byte) }
        return value
    }

    /// The id of `word`, inserting it when new.
    mutating func insert(_ word: [UInt8]) -> Int32 {
        word.withUnsafeBufferPointer { insert($0, 0..<word.count, hash: WordTable.hash(word)) }
    }

    /// The id of the folded bytes `range` of `buffer`, whose `hash` the scanner computed,
    /// inserting them when new.
    mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32 {
        if let existing = find(buffer, range, hash: hash) { return existing }
        let id = Int32(hashes.count)
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
        offsets.append(Int32(truncatingIfNeeded: storage.count))
        hashes.append(hash)
        if hashes.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(id, hash: hash) }
        return id
    }

    /// The id of the bytes `range` of `buffer`, or nil.
    func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        find(buffer, range, hash: WordTable.hash(UnsafeBufferPointer(rebasing: buffer[range])))
    }

    /// The id of a scanned word, whose hash the scanner already computed.
    @inline(__always)
    func lookup(_ folded: UnsafeBufferPointer<UInt8>, _ unit: WordUnit) -> Int32? {
        find(folded, unit.folded, hash: unit.hash)
    }

    @inline(__always)
    private func find(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF
        var slot = WordTable.slot(hash, bits: slotBits)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, buffer, range) { return Int32(id) }  // the 32-bit tag already matched
            }
            slot = (slot + 1) & mask
        }
    }

    /// Fibonacci hashing: the top bits of hash × golden ratio spread FNV's weak low bits.
    @inline(__always)
    private static func slot(_ hash: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(truncatingIfNeeded: 64 &- bits))
    }

    private func equals(_ id: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = Int(offsets[id])
        let length = Int(offsets[id + 1]) - start
        guard length == range.count else { return false }
        guard length > 0, let other = buffer.baseAddress else { return length == 0 }
        // Called for every word of a text the table knows (with long lists, most of them).
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, other + range.lowerBound, length) == 0 }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = WordTable.slot(hash, bits: slotBits)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash & 0xFFFF_FFFF) << 32 | UInt64(id + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        slotBits = capacity.trailingZeroBitCount
        for (id, hash) in hashes.enumerated() { place(Int32(id), hash: hash) }
    }
}

extension WordTable {
    /// Writes the table for `CompiledTermListCache`.
    func encode(into writer: inout BinaryWriter) {
        writer.write(storage)
        writer.write(offsets)
        writer.write(hashes)
        writer.write(slots)
        writer.write(slotBits)
    }

    /// Reads a table `encode(into:)` wrote, checking what lookups rely on: every id a slot
    /// names exists, offsets stay inside the storage, and an empty slot ends every probe.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        storage = try reader.readBytes()
        offsets = try reader.readInt32s()
        hashes = try reader.readUInt64s()
        slots = try reader.readUInt64s()
        slotBits = try reader.readInt()
        guard slotBits >= 1, slotBits <= 40, slots.count == 1 << slotBits, hashes.count * 2 <= slots.count,
              offsets.count == hashes.count + 1, offsets.first == 0, offsets.last.map(Int.init) == storage.count,
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              slots.contains(0), slots.allSatisfy({ Int($0 & 0xFFFF_FFFF) <= hashes.count })
        else { throw BinaryReader.Malformed() }
    }
}
