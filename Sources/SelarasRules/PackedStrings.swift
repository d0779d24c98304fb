/// Byte strings stored back to back in one buffer, turned into `String`s only when read.
///
/// A 20,000-pair term list holds some 60,000 short strings (terms, replacements, notes). Loading
/// it from `CompiledTermListCache` as `[String]`s cost more than the rest of the compiled list
/// together; packed, it is two array copies, and a string is decoded only when a finding needs it.
struct PackedStrings: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Per string: where it ends in `bytes` (it starts where the previous one ends).
    private var ends: [Int32] = []

    init() {}

    init<S: Sequence>(_ strings: S) where S.Element == String {
        for string in strings { append(string) }
    }

    var count: Int { ends.count }

    mutating func append(_ string: String) {
        append(bytes: string.utf8)
    }

    mutating func append<C: Collection>(bytes word: C) where C.Element == UInt8 {
        bytes.append(contentsOf: word)
        ends.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// The bytes of string `index`.
    @inline(__always)
    subscript(index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
    }

    /// String `index`, decoded.
    func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    func encode(into writer: inout BinaryWriter) {
        writer.write(bytes)
        writer.write(ends)
    }

    /// Reads what `encode(into:)` wrote, checking that every string lies inside the buffer.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        bytes = try reader.readBytes()
        ends = try reader.readInt32s()
        guard ends.first.map({ $0 >= 0 }) ?? true, Int(ends.last ?? 0) == bytes.count,
              zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw BinaryReader.Malformed() }
    }
}
