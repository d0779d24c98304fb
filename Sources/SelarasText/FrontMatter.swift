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
        guard text.lineCount >= 2, text.bytes.starts(with: [0x2D, 0x2D, 0x2D]), isFence(text.lineText(1)) else { return nil }
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        for line in 2...text.lineCount {
            let content = text.lineText(line)
            if isFence(content) {
                let end = line < text.lineCount ? text.lineStarts[line] : text.count
                return FrontMatter(fields: fields, span: Span(start: 0, end: end), keyLines: keyLines)
            }
            let trimmed = content.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingSpaces().lowercased()
            var value = content[content.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let first = value.first, let last = value.last,
               (first == "\"" && last == "\"") || (first == "'" && last == "'") {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, !key.contains(" ") else { continue }
            fields[key] = value
            keyLines[key] = line
        }
        return nil  // an opening fence without a closing one is ordinary text
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
