import SelarasCore

/// The text of each token of a `TextAnalysis` (or its lower case), built when read.
///
/// Extractors test a token's kind and byte-level shape first and ask for its string only when
/// those pass, so most tokens' strings are never read: building them all up front was an eighth
/// of a check's time. This view makes each string from the token's bytes on each read, with the
/// same result the eager arrays held (`TokenStrings.string(of:)`, `TokenStrings.lower(of:)`).
/// Each read builds the string again: a caller that needs one token's string several times keeps
/// it in a local, and a vocabulary look-up uses `TextAnalysis.lower(_:isIn:)` / `lower(_:in:)` /
/// `string(_:in:)`, which read the bytes without building a string.
public struct TokenStrings: RandomAccessCollection, Sendable {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Whether the view gives each token's lower-cased text instead of its text.
    let lowered: Bool

    init(bytes: [UInt8], tokens: [Token], lowered: Bool) {
        self.bytes = bytes
        self.tokens = tokens
        self.lowered = lowered
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { tokens.count }

    /// The (lower-cased) text of token `position`.
    public subscript(position: Int) -> String {
        let span = tokens[position].span
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
            return lowered ? Self.lower(of: slice) : Self.string(of: slice)
        }
    }

    /// A token's text: one ASCII byte (`,` `.` `(` a digit — a quarter of all tokens) gives a
    /// shared string instead of a new one, other ASCII tokens are copied (`ascii(_:lowering:)`),
    /// the rest decoded.
    @inline(__always)
    static func string(of slice: UnsafeBufferPointer<UInt8>) -> String {
        if slice.count == 1, slice[0] < 0x80 { return asciiStrings[Int(slice[0])] }
        guard isASCII(slice) else { return String(decoding: slice, as: UTF8.self) }
        return ascii(slice, lowering: false)
    }

    /// A token's lower-cased text: an ASCII token is lowered byte by byte (ASCII capitals
    /// `A`–`Z` are the only ASCII scalars `lowercased()` changes, each to the byte `| 0x20`),
    /// any other goes through `lowercased()`.
    @inline(__always)
    static func lower(of slice: UnsafeBufferPointer<UInt8>) -> String {
        if slice.count == 1, slice[0] < 0x80 {
            let byte = slice[0]
            return asciiStrings[Int(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)]
        }
        guard isASCII(slice) else { return String(decoding: slice, as: UTF8.self).lowercased() }
        return ascii(slice, lowering: true)
    }

    /// Whether every byte is ASCII: any byte >= 0x80 makes the OR of all bytes >= 0x80 (tokens
    /// are short, so testing every byte beats stopping early).
    @inline(__always)
    static func isASCII(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        var all: UInt8 = 0
        for byte in slice { all |= byte }
        return all < 0x80
    }

    /// The string of ASCII bytes, capitals lowered when `lowering`. Written into the string's
    /// own storage rather than `String(decoding:)`: the same string, but a small (up to 15 bytes)
    /// all-ASCII string made this way skips the UTF-8 validation `String(decoding:)` runs on
    /// every call — most of what a token's string cost.
    @inline(__always)
    private static func ascii(_ slice: UnsafeBufferPointer<UInt8>, lowering: Bool) -> String {
        String(unsafeUninitializedCapacity: slice.count) { out in
            guard let source = slice.baseAddress, let target = out.baseAddress else { return 0 }
            if lowering {
                for offset in 0..<slice.count {
                    let byte = source[offset]
                    target[offset] = (byte &- 0x41) < 26 ? byte | 0x20 : byte
                }
            } else {
                target.update(from: source, count: slice.count)
            }
            return slice.count
        }
    }

    /// The one-character string of each ASCII byte.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
