import SelarasCore

/// The `---` … `---` block at the top of a draft with simple `key: value` lines.
///
/// Deliberately not YAML: drafts only need flat metadata (`agency`, `date`, `title`), and a
/// home-made reader of that subset has no surprises (no type coercion of `no`, no anchors).
public struct FrontMatter: Sendable, Hashable {
    /// Keys lower-cased; values trimmed, surrounding quotes removed.
    public var fields: [String: String]
    /// Bytes covered by the block, both fences and the final line break included.
    public var span: Span
    /// 1-based line of each key, for error messages.
    public var keyLines: [String: Int]

    /// Parses a front matter block at the very start of `text`, if there is one.
    public static func parse(_ text: SourceText) -> FrontMatter? {
        // Checked on bytes first: the first line of a plain draft is often a whole paragraph.
        guard text.lineCount >= 2, text.bytes.starts(with: [0x2D, 0x2D, 0x2D]), isFence(text, line: 1) else { return nil }
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        for line in 2...text.lineCount {
            if isFence(text, line: line) {
                let end = line < text.lineCount ? text.lineStarts[line] : text.count
                return FrontMatter(fields: fields, span: Span(start: 0, end: end), keyLines: keyLines)
            }
            let range = text.lineRange(line)
            let field = text.bytes[range].allSatisfy({ $0 < 0x80 })
                ? asciiField(text.bytes[range]) : field(text.lineText(line))
            guard let (key, value) = field else { continue }
            fields[key] = value
            keyLines[key] = line
        }
        return nil  // an opening fence without a closing one is ordinary text
    }

    /// The `key: value` of one line, or nil for a blank line, a comment or a line without one.
    private static func field(_ content: String) -> (key: String, value: String)? {
        let trimmed = content.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingSpaces().lowercased()
        var value = content[content.index(after: colon)...].trimmingSpaces()
        if value.count >= 2, let first = value.first, let last = value.last,
           (first == "\"" && last == "\"") || (first == "'" && last == "'") {
            value = String(value.dropFirst().dropLast())
        }
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        return (key, value)
    }

    /// `field` for an all-ASCII line, on its bytes. In ASCII every byte is a `Character` of its
    /// own (a line holds no CR LF pair), the whitespace `trimmingSpaces` removes is TAB…CR and
    /// space, and `lowercased()` maps only A–Z: the same steps, without building strings first.
    private static func asciiField(_ content: ArraySlice<UInt8>) -> (key: String, value: String)? {
        let trimmed = trimASCII(content)
        if trimmed.isEmpty || trimmed.first == 0x23 { return nil }
        guard let colon = content.firstIndex(of: 0x3A) else { return nil }
        let keyBytes = trimASCII(content[..<colon])
        guard !keyBytes.isEmpty, !keyBytes.contains(0x20) else { return nil }
        var value = trimASCII(content[(colon + 1)...])
        if value.count >= 2, let first = value.first, first == 0x22 || first == 0x27, value.last == first {
            value = value.dropFirst().dropLast()
        }
        let key = String(decoding: keyBytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return (key, String(decoding: value, as: UTF8.self))
    }

    private static func trimASCII(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return bytes[bytes.endIndex...] }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return bytes[first...last]
    }

    /// Whether line `line` is `---` with optional surrounding whitespace (after no leading whitespace).
    private static func isFence(_ text: SourceText, line: Int) -> Bool {
        let range = text.lineRange(line)
        let bytes = text.bytes[range]
        guard bytes.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) { return trimASCII(bytes).elementsEqual([0x2D, 0x2D, 0x2D]) }
        return isFence(text.lineText(line))
    }

    private static func isFence(_ line: String) -> Bool {
        line.hasPrefix("---") && line.trimmingSpaces() == "---"
    }

    /// The first present value among `keys` (English and Indonesian spellings).
    public func value(_ keys: String...) -> String? {
        for key in keys { if let value = fields[key], !value.isEmpty { return value } }
        return nil
    }
}
