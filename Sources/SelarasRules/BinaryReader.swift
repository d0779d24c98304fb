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
        defer { position += count * 4 }
        return readFixedWidth(count, at: position) { raw, offset in
            Int32(bitPattern: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
        }
    }

    mutating func readUInt64s() throws(Malformed) -> [UInt64] {
        let count = try readCount(width: 8)
        defer { position += count * 8 }
        return readFixedWidth(count, at: position) { raw, offset in
            raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
        }
    }

    /// `count` little-endian values from `start`, written straight into the array (the word
    /// table of a 20,000-term list is some 90,000 of them, read on every run).
    private func readFixedWidth<Element>(
        _ count: Int, at start: Int, _ load: (UnsafeRawBufferPointer, Int) -> Element
    ) -> [Element] {
        let width = MemoryLayout<Element>.size
        // `unsafeUninitializedCapacity: 0` would write the shared empty-array storage's count.
        guard count > 0 else { return [] }
        return bytes.withUnsafeBytes { raw in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    (buffer.baseAddress! + index).initialize(to: load(raw, start + index * width))
                }
                initialized = count
            }
        }
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
