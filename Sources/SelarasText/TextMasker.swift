import SelarasCore

/// Blanks the parts of a draft that are not prose, keeping every byte offset.
///
/// Rules search the masked copy, so a URL, a code sample or a link target can never produce a
/// finding, and no rule has to know about Markdown. Blanked bytes become spaces; line breaks
/// stay so that line numbers do not move.
public struct TextMasker {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        /// Markdown ATX (`# …`) and setext (`===`) heading lines.
        public var headings: [Span]
    }

    private var bytes: [UInt8]
    private var headings: [Span] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Masks `source`. `frontMatter` is blanked in every format; Markdown code, inline code,
    /// link targets and HTML tags only in `.markdown`; URLs, e-mail addresses and HTML
    /// comments in both.
    public static func mask(_ source: SourceText, format: DocumentFormat, frontMatter: Span?) -> Result {
        var masker = TextMasker(bytes: source.bytes)
        if let frontMatter { masker.blank(frontMatter.range) }
        for comment in HTMLComments.find(in: source.bytes) { masker.blank(comment.range) }
        if format == .markdown { masker.maskMarkdownBlocks(source, skipping: frontMatter) }
        masker.maskInline(markdown: format == .markdown)
        return Result(bytes: masker.bytes, headings: masker.headings)
    }

    private mutating func blank(_ range: Range<Int>) {
        let upper = min(range.upperBound, bytes.count)
        var index = max(0, range.lowerBound)
        while index < upper {
            if bytes[index] != 0x0A && bytes[index] != 0x0D { bytes[index] = 0x20 }
            index += 1
        }
    }

    // MARK: Markdown blocks

    private mutating func maskMarkdownBlocks(_ source: SourceText, skipping frontMatter: Span?) {
        var fence: (marker: UInt8, length: Int)?
        var previousBlank = true
        var previousWasCode = false
        for line in 1...source.lineCount {
            let range = source.lineRange(line)
            if let frontMatter, range.lowerBound < frontMatter.end { continue }
            let content = bytes[range]
            let indent = content.prefix { $0 == 0x20 }.count
            let isBlank = content.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if let open = fence {
                blank(range)
                let run = content.dropFirst(indent).prefix { $0 == open.marker }.count
                if indent < 4, run >= open.length, content.dropFirst(indent + run).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    fence = nil
                }
                previousBlank = false
                continue
            }
            if indent < 4, let marker = content.dropFirst(indent).first, marker == 0x60 || marker == 0x7E {
                let run = content.dropFirst(indent).prefix { $0 == marker }.count
                if run >= 3 {
                    fence = (marker, run)
                    blank(range)
                    previousBlank = false
                    continue
                }
            }
            let indentedCode = !isBlank && (content.first == 0x09 || indent >= 4) && (previousBlank || previousWasCode)
            if indentedCode {
                blank(range)
                previousWasCode = true
                previousBlank = false
                continue
            }
            previousWasCode = previousWasCode && isBlank
            if indent < 4, content.dropFirst(indent).first == 0x23 {
                let hashes = content.dropFirst(indent).prefix { $0 == 0x23 }.count
                let after = content.dropFirst(indent + hashes).first
                if hashes <= 6, after == nil || after == 0x20 || after == 0x09 { headings.append(Span(range)) }
            } else if !isBlank, !previousBlank, content.dropFirst(indent).allSatisfy({ $0 == 0x3D || $0 == 0x20 }),
                      content.contains(0x3D), line > 1 {
                headings.append(Span(source.lineRange(line - 1)))
            }
            previousBlank = isBlank
        }
    }

    // MARK: Inline

    private mutating func maskInline(markdown: Bool) {
        var index = 0
        let count = bytes.count
        let mayStart = TextMasker.mayStartInline
        while index < count {
            // Every construct below starts with one of a few bytes; most bytes are none of them,
            // so skip to the next candidate without bounds checks.
            index = bytes.withUnsafeBufferPointer { buffer in
                mayStart.withUnsafeBufferPointer { table in
                    var next = index
                    while next < count {
                        // Four bytes per step while none of them is a candidate.
                        while next + 4 <= count, table[Int(buffer[next])] | table[Int(buffer[next + 1])]
                            | table[Int(buffer[next + 2])] | table[Int(buffer[next + 3])] == 0 {
                            next += 4
                        }
                        guard next < count else { break }
                        let kind = table[Int(buffer[next])]
                        if kind == 0 {
                            next += 1
                            continue
                        }
                        // A letter inside a word starts no URL (`startsURL`): skip it here too.
                        if kind == 2, next > 0, TextMasker.isWordByte(buffer[next - 1]) {
                            next += 1
                            continue
                        }
                        break
                    }
                    return next
                }
            }
            guard index < count else { break }
            let byte = bytes[index]
            if markdown, byte == 0x60 {  // inline code: a run of backticks closed by the same run
                let run = runLength(of: 0x60, at: index)
                if let close = findClosingRun(of: 0x60, length: run, from: index + run) {
                    blank(index..<(close + run))
                    index = close + run
                    continue
                }
                index += run
                continue
            }
            if markdown, byte == 0x5D, index + 1 < count, bytes[index + 1] == 0x28 {  // ](target)
                if let close = matchingParen(from: index + 1) {
                    blank((index + 1)..<(close + 1))
                    index = close + 1
                    continue
                }
            }
            if markdown, byte == 0x3C, index + 1 < count, TextMasker.isASCIILetter(bytes[index + 1]) || bytes[index + 1] == 0x2F {
                if let close = bytes[index..<min(count, index + 512)].firstIndex(of: 0x3E),
                   !bytes[index..<close].contains(0x0A) {
                    blank(index..<(close + 1))  // HTML tag or <autolink>
                    index = close + 1
                    continue
                }
            }
            if startsURL(at: index) {
                let end = urlEnd(from: index)
                blank(index..<end)
                index = end
                continue
            }
            if byte == 0x40, let email = emailAround(index) {
                blank(email)
                index = email.upperBound
                continue
            }
            index += 1
        }
    }

    /// Bytes that can start inline code, a link target, a tag or an e-mail (`@`): 1; that can
    /// start a URL (`h`, `w`, `f`) when no word byte precedes them: 2; any other byte: 0.
    private static let mayStartInline: [UInt8] = (0..<256).map { byte in
        if [0x60, 0x5D, 0x3C, 0x40].contains(byte) { return 1 }
        return [0x68, 0x77, 0x66].contains(byte | 0x20) ? 2 : 0
    }

    private func runLength(of byte: UInt8, at index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == byte { end += 1 }
        return end - index
    }

    private func findClosingRun(of byte: UInt8, length: Int, from start: Int) -> Int? {
        var index = start
        var newlines = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                newlines += 1
                if newlines > 1 { return nil }  // inline code does not cross a blank line; keep it to two lines
            }
            if bytes[index] == byte {
                let run = runLength(of: byte, at: index)
                if run == length { return index }
                index += run
                continue
            }
            index += 1
        }
        return nil
    }

    private func matchingParen(from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < bytes.count, index < open + 2048 {
            switch bytes[index] {
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth == 0 { return index }
            case 0x0A, 0x20: return nil  // link targets hold no spaces or breaks (titles aside)
            default: break
            }
            index += 1
        }
        return nil
    }

    private func startsURL(at index: Int) -> Bool {
        if index > 0, TextMasker.isWordByte(bytes[index - 1]) { return false }
        return hasPrefix("https://", at: index) || hasPrefix("http://", at: index)
            || hasPrefix("www.", at: index) || hasPrefix("ftp://", at: index)
    }

    private func urlEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != 0x3C, bytes[end] != 0x22 { end += 1 }
        // Sentence punctuation after a URL belongs to the sentence.
        while end > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27].contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    private func emailAround(_ at: Int) -> Range<Int>? {
        var start = at
        while start > 0, isEmailByte(bytes[start - 1]) { start -= 1 }
        var end = at + 1
        while end < bytes.count, isEmailByte(bytes[end]) { end += 1 }
        while end > at + 1, bytes[end - 1] == 0x2E { end -= 1 }
        guard start < at, end > at + 1, bytes[(at + 1)..<end].contains(0x2E) else { return nil }
        return start..<end
    }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != pointer[offset] { return false }
        }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 }
    private func isEmailByte(_ byte: UInt8) -> Bool {
        TextMasker.isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x5F || byte == 0x2D || byte == 0x2B
    }
}
