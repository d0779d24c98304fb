/// The edges of `TermIndex`'s trie below the root: (node, word id) → child node.
///
/// An open-addressing table with multiplicative hashing. A `Dictionary<UInt64, Int32>` did the
/// same job, but its seeded SipHash cost more than the rest of a probe, and multi-word terms that
/// begin with a common word (`kota …`, `dinas …`) probe here for most words of a text.
struct TrieEdges: Sendable {
    /// `keys[slot]` is `TrieEdges.empty` or a packed (node, word) key; `values[slot]` its child.
    private var keys: [UInt64] = Array(repeating: TrieEdges.empty, count: 16)
    private var values: [Int32] = Array(repeating: 0, count: 16)
    private var bits = 4
    private(set) var count = 0

    /// No key packs to this: a node id is never negative.
    fileprivate static let empty = UInt64.max

    @inline(__always)
    static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The child of `node` by `word`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32? {
        let key = TrieEdges.key(node, word)
        let mask = keys.count - 1
        var slot = TrieEdges.slot(key, bits: bits)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == TrieEdges.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with the word of every edge.
    func forEachWord(_ body: (Int32) -> Void) {
        for key in keys where key != TrieEdges.empty { body(Int32(bitPattern: UInt32(truncatingIfNeeded: key))) }
    }

    /// Adds an edge; `node` must not have a child by `word` yet.
    mutating func insert(_ node: Int32, _ word: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        place(TrieEdges.key(node, word), child)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var slot = TrieEdges.slot(key, bits: bits)
        while keys[slot] != TrieEdges.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: TrieEdges.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        bits += 1
        for slot in oldKeys.indices where oldKeys[slot] != TrieEdges.empty { place(oldKeys[slot], oldValues[slot]) }
    }
}

extension TrieEdges {
    /// Writes the edges for `CompiledTermListCache`.
    func encode(into writer: inout BinaryWriter) {
        writer.write(keys)
        writer.write(values)
        writer.write(bits)
        writer.write(count)
    }

    /// Reads edges `encode(into:)` wrote; `nodeCount` bounds the children.
    init(reading reader: inout BinaryReader, nodeCount: Int) throws(BinaryReader.Malformed) {
        keys = try reader.readUInt64s()
        values = try reader.readInt32s()
        bits = try reader.readInt()
        count = try reader.readInt()
        let used = keys.indices.filter { keys[$0] != TrieEdges.empty }
        guard bits >= 1, bits <= 40, keys.count == 1 << bits, values.count == keys.count, count * 2 <= keys.count,
              used.count == count, used.allSatisfy({ values[$0] > 0 && Int(values[$0]) < nodeCount })
        else { throw BinaryReader.Malformed() }
    }
}
