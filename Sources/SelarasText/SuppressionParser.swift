import Foundation
import SelarasCore

/// Finds `<!-- selaras-disable RULE… -- reason -->` style comments in a document.
///
/// Works the same in `.txt` and `.md`: PR staff paste drafts between formats and the comment
/// syntax is the one both tolerate.
public enum SuppressionParser {
    public static func directives(in text: SourceText) -> [SuppressionDirective] {
        var result: [SuppressionDirective] = []
        for comment in HTMLComments.find(in: text.bytes) {
            let inner = text.text(Span(start: comment.start + 4, end: max(comment.start + 4, comment.end - 3)))
            guard let directive = parse(inner, span: comment, line: text.location(ofByte: comment.start).line) else { continue }
            result.append(directive)
        }
        return result
    }

    /// Parses the inside of one comment; nil when it is not a selaras directive.
    static func parse(_ inner: String, span: Span, line: Int) -> SuppressionDirective? {
        var body = inner.trimmingSpaces()
        var reason: String?
        if let separator = body.range(of: " --") ?? (body.hasSuffix("--") ? body.range(of: "--", options: .backwards) : nil) {
            let text = body[separator.upperBound...].trimmingSpaces()
            reason = text.isEmpty ? nil : text
            body = body[..<separator.lowerBound].trimmingSpaces()
        }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard let keyword = words.first,
              let action = SuppressionDirective.Action(rawValue: keyword.lowercased())
        else { return nil }
        return SuppressionDirective(action: action, rules: Array(words.dropFirst()), reason: reason, span: span, line: line)
    }
}

/// Locates `<!-- … -->` comments in UTF-8 bytes.
enum HTMLComments {
    static func find(in bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        let count = bytes.count
        while index + 3 < count {
            // Jump to the next `<` (memchr); drafts rarely hold one.
            let next = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress, let found = memchr(base + index, 0x3C, count - index) else { return count }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            if next != index {
                index = next
                continue
            }
            if bytes[index] == 0x3C, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                var cursor = index + 4
                var end = count
                while cursor + 2 < count {
                    if bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x2D, bytes[cursor + 2] == 0x3E {
                        end = cursor + 3
                        break
                    }
                    cursor += 1
                }
                spans.append(Span(start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }
}
