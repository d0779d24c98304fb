import SelarasCore

/// The text around a finding that identifies it when lines above it move.
enum FingerprintContext {
    /// Up to 40 bytes either side on the same line, whitespace collapsed.
    static func text(around span: Span, in source: SourceText) -> String {
        let line = source.lineRange(source.lineIndex(ofByte: span.start) + 1)
        var lower = max(line.lowerBound, span.start - 40)
        var upper = min(line.upperBound, span.end + 40)
        while lower > line.lowerBound, source.bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < line.upperBound, source.bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        let raw = source.text(Span(start: lower, end: max(lower, upper)))
        return raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    static func fingerprint(rule: String, path: String, match: String, context: String) -> String {
        // Replaced by SelarasReport's SHA-256 fingerprint once merged; FNV-1a keeps it stable meanwhile.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(rule)\u{1F}\(path)\u{1F}\(match)\u{1F}\(context)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
