/// Strict UTF-8 validation on bytes (no overlongs, no surrogates, nothing above U+10FFFF).
public enum UTF8Validation {
    /// Index of the first byte that starts an invalid sequence, or nil when all is valid.
    /// Inlinable so callers in other modules get a version specialised for their collection
    /// (it runs over every byte of every draft).
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
