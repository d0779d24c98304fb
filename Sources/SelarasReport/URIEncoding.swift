/// Percent-encoding of file paths for URIs (RFC 3986), done by hand so the result does not
/// depend on the platform's Foundation.
enum URIEncoding {
    /// Unreserved characters, sub-delimiters, `:`, `@` and `/` stay; every other byte of the
    /// UTF-8 is written `%XX`. A space becomes `%20`; `ü` becomes `%C3%BC`.
    static func encodePath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if isAllowed(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF")
                result.append("%")
                result.append(digits[Int(byte >> 4)])
                result.append(digits[Int(byte & 0x0F)])
            }
        }
        return result
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }
}
