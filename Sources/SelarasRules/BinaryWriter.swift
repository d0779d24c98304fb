/// Writes the compiled-term-list cache format: counts and `Int`s as zigzag LEB128 varints (most
/// are small), hashes as little-endian 64-bit words, length-prefixed arrays and UTF-8 strings.
/// Only `CompiledTermListCache` and the types it stores use it.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) { write(Array(value.utf8)) }

    mutating func write(_ values: [UInt8]) {
        write(values.count)
        bytes.append(contentsOf: values)
    }

    mutating func write(_ values: [Int32]) {
        write(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    mutating func write(_ values: [UInt64]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }
}
