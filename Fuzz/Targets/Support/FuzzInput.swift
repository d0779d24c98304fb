/// Splits one fuzz input into parts so a target can fuzz several arguments at once.
///
/// Parts are separated by the byte 0x1E (record separator), which drafts and packs do not use;
/// a seed file stays readable text with `\u{1E}` between its parts.
enum FuzzInput {
    static let separator: UInt8 = 0x1E

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The first `count` parts (missing parts are empty); the last part keeps any further separators.
    static func parts(_ bytes: [UInt8], count: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var rest = bytes[...]
        while result.count < count - 1, let cut = rest.firstIndex(of: separator) {
            result.append(Array(rest[..<cut]))
            rest = rest[(cut + 1)...]
        }
        result.append(Array(rest))
        while result.count < count { result.append([]) }
        return result
    }
}
