#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open-addressing hash set of byte strings that hands out dense ids.
///
/// `TermMatcher` looks up every word of a document here. Keying on a byte slice (`hash(_:)`,
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

    /// The hash of word `id` (`hash(_:)` of its folded bytes).
    func hash(ofWord id: Int) -> UInt64 { hashes[id] }

    /// The hash's starting value.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes one chunk of folded bytes (up to eight, little-endian, zero above the last) into
    /// `value`. A word is hashed in 8-byte chunks from its first folded byte, then its length
    /// (`finish`), so `WordScanner` hashes an ASCII word with one step per eight bytes, straight
    /// from the register it folded them in; the shift brings the high bits, which depend on
    /// every input bit, down into the low ones (`find`'s tag).
    @inline(__always)
    static func hash(_ value: UInt64, chunk: UInt64) -> UInt64 {
        let product = (value ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
        return product ^ (product &>> 32)
    }

    /// The last step of a word's hash: its length, so zero padding cannot make two words alike.
    @inline(__always)
    static func finish(_ value: UInt64, length: Int) -> UInt64 {
        hash(value, chunk: UInt64(truncatingIfNeeded: length))
    }

    /// The hash of `count` bytes at `start`: what `WordScanner` computes for a word's folded bytes.
    static func hash(_ start: UnsafePointer<UInt8>?, count: Int) -> UInt64 {
        hash(UnsafeBufferPointer(start: start, count: count), 0..<count)
    }

    /// The hash of the bytes `range` of `buffer`. The last, partial chunk is read with one load
    /// of the eight bytes ending at the range's end, shifted down (the bytes before the chunk
    /// drop out), whenever the buffer holds eight bytes there; else byte by byte.
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var value = hashSeed
        guard let base = buffer.baseAddress, !range.isEmpty else { return finish(value, length: 0) }
        var offset = range.lowerBound
        let end = range.upperBound
        while end - offset >= 8 {
            value = hash(value, chunk: UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)))
            offset += 8
        }
        let rest = end - offset
        if rest > 0 {
            var chunk: UInt64 = 0
            if end >= 8 {
                let last8 = UInt64(littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
                chunk = last8 &>> UInt64(8 * (8 - rest))
            } else {
                for index in 0..<rest { chunk |= UInt64(base[offset + index]) << UInt64(8 * index) }
            }
            value = hash(value, chunk: chunk)
        }
        return finish(value, length: range.count)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(bytes.baseAddress, count: bytes.count)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
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
        find(buffer, range, hash: WordTable.hash(buffer, range))
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

    /// Fibonacci hashing: the top bits of hash × golden ratio pick the slot.
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
        // Hashes written by a build that hashed words differently would send every lookup to
        // the wrong slot: such a table is refused (and recompiled) rather than trusted. Another
        // hash function agrees on a word by chance only (one in 2^64), so the first words tell
        // (hashing all of a 20,000-term table's words would cost a millisecond per run).
        let verified = storage.withUnsafeBufferPointer { storage in
            hashes.indices.prefix(16).allSatisfy { id in
                let start = Int(offsets[id])
                return hashes[id] == WordTable.hash(storage.baseAddress.map { $0 + start }, count: Int(offsets[id + 1]) - start)
            }
        }
        guard verified else { throw BinaryReader.Malformed() }
    }
}
