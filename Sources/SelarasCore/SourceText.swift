/// The UTF-8 bytes of one text with an index of its line starts.
///
/// Everything inside Selaras addresses text by byte offset (`Span`); this type is where byte
/// offsets become 1-based lines and Unicode-scalar columns. Line breaks are `\n`, `\r\n` and a
/// lone `\r`; the break itself belongs to no line's content.
public struct SourceText: Sendable, Hashable {
    /// The text's bytes: valid UTF-8, without a byte-order mark.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lineStarts = SourceText.computeLineStarts(bytes)
    }

    /// `bytes` with the line starts of `original`, which must break lines at the same offsets
    /// (a masked copy: `TextMasker` turns bytes into spaces but never touches a line break).
    public init(bytes: [UInt8], sameLinesAs original: SourceText) {
        precondition(bytes.count == original.bytes.count, "a masked text keeps every byte offset")
        self.bytes = bytes
        self.lineStarts = original.lineStarts
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    public var count: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }

    /// The whole text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text covered by `span`, clamped to the text's bounds.
    public func text(_ span: Span) -> String {
        let lower = max(0, min(span.start, bytes.count))
        let upper = max(lower, min(span.end, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// 0-based index of the line holding `offset`.
    public func lineIndex(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and Unicode-scalar column of a byte offset.
    public func location(ofByte offset: Int) -> Location {
        let clamped = max(0, min(offset, bytes.count))
        let index = lineIndex(ofByte: clamped)
        var column = 1
        var position = lineStarts[index]
        while position < clamped {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        // A column inside a multibyte scalar counts that scalar once.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { column -= 1 }
        return Location(line: index + 1, column: column)
    }

    /// Byte range of a 1-based line's content, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let index = line - 1
        guard index >= 0, index < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Content of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// Byte offset of a 1-based line and Unicode-scalar column (the inverse of `location(ofByte:)`).
    public func offset(of location: Location) -> Int {
        let range = lineRange(location.line)
        var position = range.lowerBound
        var column = 1
        while position < range.upperBound, column < location.column {
            position += 1
            while position < range.upperBound, bytes[position] & 0xC0 == 0x80 { position += 1 }
            column += 1
        }
        return position
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { bytes in  // every byte of every draft: no bounds checks
            var index = 0
            let count = bytes.count
            let base = bytes.baseAddress
            while index < count {
                // Eight bytes none of which is below 0x0E (no CR or LF) at once: the classic
                // "has a byte less than n" test, exact for n <= 128.
                if index + 8 <= count, let base {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte > 0x0D {
                    index += 1
                    continue
                }
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D, index + 1 >= count || bytes[index + 1] != 0x0A {
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        return starts
    }
}
