import SelarasCore

/// One sentence: its byte span and the tokens it holds.
public struct Sentence: Sendable, Hashable {
    public var span: Span
    /// Indices into the token array the sentence was split from.
    public var tokens: Range<Int>

    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}

/// Splits a token stream into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets right after stay in it) and
/// at a blank line. Periods inside numbers (`1.234`, `12,5`) and abbreviation tokens (`H.`, `No.`)
/// never end one, except `dll.`/`dsb.`-like ones followed by a capitalised word or a line break.
public enum SentenceSplitter {
    public static func split(_ tokens: [Token], in text: SourceText) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(span: Span(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1)))
            first = last + 1
        }
        while index < tokens.count {
            let token = tokens[index]
            if index > first, token.gapBefore == .blankLine {
                close(through: index - 1)
            }
            if mayEndSentence(token, text), endsSentence(at: index, tokens, text) {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].gapBefore == .none, isCloser(tokens[last + 1], text) {
                    last += 1
                }
                close(through: last)
                index = last + 1
                continue
            }
            index += 1
        }
        if first < tokens.count { close(through: tokens.count - 1) }
        return sentences
    }

    /// False for tokens `endsSentence` always turns down: anything but punctuation and
    /// abbreviations, and one-byte punctuation other than `.` `!` `?` (`…` takes three bytes).
    @inline(__always)
    static func mayEndSentence(_ token: Token, _ text: SourceText) -> Bool {
        switch token.kind {
        case .abbreviation:
            return true
        case .punctuation:
            guard token.span.length == 1 else { return true }
            let byte = text.bytes[token.span.start]
            return byte == 0x2E || byte == 0x21 || byte == 0x3F
        default:
            return false
        }
    }

    static func endsSentence(at index: Int, _ tokens: [Token], _ text: SourceText) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            let byte = text.bytes[token.span.start]
            if byte == 0x21 || byte == 0x3F { return true }
            if byte == 0x2E {
                guard index + 1 < tokens.count else { return true }
                let next = tokens[index + 1]
                // "..." written as periods ends only at its last period.
                if next.gapBefore == .none, text.bytes[next.span.start] == 0x2E { return false }
                // A lowercase word after the period continues the sentence (an unknown abbreviation).
                let first = ScalarClass.decode(text.bytes, at: next.span.start).scalar
                return !(next.kind == .word && next.gapBefore == .space && ScalarClass.isLetter(first) && !ScalarClass.isUpper(first))
            }
            if token.span.length == 3, text.text(token.span) == "…" { return nextStartsUpper(index, tokens, text) }
            return false
        case .abbreviation:
            // On the bytes: `contains(bytes:)` answers as `contains` of the token's string would.
            let listed = text.bytes.withUnsafeBufferPointer { bytes in
                Abbreviations.mayEndSentence.contains(bytes: UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end]))
            }
            guard listed else { return false }
            guard index + 1 < tokens.count else { return true }
            return tokens[index + 1].gapBefore >= .lineBreak || nextStartsUpper(index, tokens, text)
        default:
            return false
        }
    }

    static func nextStartsUpper(_ index: Int, _ tokens: [Token], _ text: SourceText) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind == .word && ScalarClass.isUpper(ScalarClass.decode(text.bytes, at: next.span.start).scalar)
    }

    static func isCloser(_ token: Token, _ text: SourceText) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch text.text(token.span) {
        case "\"", "”", "’", "'", ")", "]", "»": return true
        default: return false
        }
    }
}
