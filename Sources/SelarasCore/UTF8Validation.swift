/// Strict UTF-8 validation on bytes (no overlongs, no surrogates, nothing above U+10FFFF).
public enum UTF8Validation {
    /// Index of the first byte that starts an invalid sequence, or nil when all is valid.
    /// Inlinable so callers in other modules get a version specialised for their collection
    /// (it runs over every byte of every draft).
    /// The same for a contiguous buffer, skipping ASCII eight bytes at a time (most drafts are
    /// nearly all ASCII, and this runs over every byte of every draft).
    public static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if base[index] < 0x80 {
                index += 1
                continue
            }
            // A non-ASCII sequence: the general validator checks it alone (slice indices are the
            // buffer's), then the skipping resumes after it.
            let sequenceLength = base[index] >= 0xF0 ? 4 : base[index] >= 0xE0 ? 3 : 2
            if let bad = firstInvalidByte(bytes[index..<min(count, index + sequenceLength)]) { return bad }
            index += sequenceLength
        }
        return nil
    }

    @inlinable
    public static func firstInvalidByte<C: Collection>(_ bytes: C) -> C.Index? where C.Element == UInt8 {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index = bytes.index(after: index); continue }
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            var cursor = bytes.index(after: index)
            for _ in 1..<length {
                guard cursor < bytes.endIndex, bytes[cursor] & 0xC0 == 0x80 else { return index }
                scalar = (scalar << 6) | UInt32(bytes[cursor] & 0x3F)
                cursor = bytes.index(after: cursor)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index = cursor
        }
        return nil
    }
}
