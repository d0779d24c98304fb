/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so a
/// truncated or corrupted cache file is an error (the list is then compiled again), never a crash.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        guard bytes.count - position >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return value
    }

    mutating func readInt() throws(Malformed) -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            zigzag |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let value = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard value >= Int64(Int.min), value <= Int64(Int.max) else { throw Malformed() }
        return Int(value)
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// A count of elements of `width` bytes each that the remaining bytes can hold.
    private mutating func readCount(width: Int) throws(Malformed) -> Int {
        let count = try readInt()
        guard count >= 0, count <= (bytes.count - position) / width else { throw Malformed() }
        return count
    }

    mutating func readBytes() throws(Malformed) -> [UInt8] {
        let count = try readCount(width: 1)
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func readString() throws(Malformed) -> String {
        let count = try readCount(width: 1)
        defer { position += count }
        // Decoding a buffer is the fast, non-generic path; a repaired (invalid) sequence changes
        // the length, which is how damage shows.
        let string = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
        guard string.utf8.count == count else { throw Malformed() }
        return string
    }

    mutating func readInt32s() throws(Malformed) -> [Int32] {
        let count = try readCount(width: 4)
        var values: [Int32] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            let base = position + index * 4
            let raw = UInt32(bytes[base]) | UInt32(bytes[base + 1]) << 8 | UInt32(bytes[base + 2]) << 16 | UInt32(bytes[base + 3]) << 24
            values.append(Int32(bitPattern: raw))
        }
        position += count * 4
        return values
    }

    mutating func readUInt64s() throws(Malformed) -> [UInt64] {
        try readArray(minimumWidth: 8) { reader throws(Malformed) in try reader.readUInt64() }
    }

    mutating func readInts() throws(Malformed) -> [Int] {
        try readArray(minimumWidth: 1) { reader throws(Malformed) in try reader.readInt() }
    }

    mutating func readStrings() throws(Malformed) -> [String] {
        try readArray(minimumWidth: 1) { reader throws(Malformed) in try reader.readString() }
    }

    /// A count, then that many elements of at least `minimumWidth` bytes each.
    private mutating func readArray<Element>(
        minimumWidth: Int, _ element: (inout BinaryReader) throws(Malformed) -> Element
    ) throws(Malformed) -> [Element] {
        let count = try readCount(width: minimumWidth)
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}
