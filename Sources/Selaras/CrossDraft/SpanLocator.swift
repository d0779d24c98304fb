import SelarasCore

/// Lines and columns of a draft's statement spans, as `SourceText.location(ofByte:)` gives
/// them, without counting every column from the start of its line again.
///
/// A column is one plus the scalars (bytes that are not UTF-8 continuation bytes) between the
/// line's start and the offset. Statements come mostly in text order, and a span's end lies
/// shortly after its start, on long Markdown paragraph lines: so the count is carried on from
/// the last offset asked when the next one is on the same line and not before it (the same sum,
/// taken in two parts), and started again from the line's start otherwise.
struct SpanLocator {
    let source: SourceText
    /// The line index, byte offset and column count (before the adjustment for an offset inside
    /// a scalar) where the last count stopped; `line` -1 before any.
    private var line = -1
    private var position = 0
    private var column = 1

    init(_ source: SourceText) {
        self.source = source
    }

    /// The same as `source.location(ofByte: offset)`.
    mutating func location(ofByte offset: Int) -> Location {
        let bytes = source.bytes
        let clamped = max(0, min(offset, bytes.count))
        let index = source.lineIndex(ofByte: clamped)
        if index != line || clamped < position {
            line = index
            position = source.lineStarts[index]
            column = 1
        }
        while position < clamped {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        // A column inside a multibyte scalar counts that scalar once.
        let inside = clamped < bytes.count && bytes[clamped] & 0xC0 == 0x80
        return Location(line: index + 1, column: inside ? column - 1 : column)
    }
}
