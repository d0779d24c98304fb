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
        var tokens = tokens
        return split(numbering: &tokens, in: text)
    }

    /// `split(_:in:)`, also setting each token's `Token.sentence` to the index of its sentence
    /// (`TextAnalysis.sentenceIndex(ofToken:)`). On buffer pointers: no reference counting or
    /// bounds checks per token.
    ///
    /// A token's sentence is the next one to be closed when the walk reaches it: the sentences
    /// closed so far hold exactly the tokens before `first`, and the walk numbers each token
    /// after any close that comes before it (a blank line), so as `sentences.count` then. The closers
    /// a sentence end takes in are skipped by the walk, so they are numbered as they are taken.
    static func split(numbering tokenArray: inout [Token], in text: SourceText) -> [Sentence] {
        guard !tokenArray.isEmpty else { return [] }
        return text.bytes.withUnsafeBufferPointer { bytes in
            tokenArray.withUnsafeMutableBufferPointer { tokens in
                var sentences: [Sentence] = []
                // Prose runs to some seventeen tokens a sentence: room for the usual count
                // without regrowing.
                sentences.reserveCapacity(tokens.count / 10 + 4)
                var first = 0
                var index = 0
                var number: UInt32 = 0  // `sentences.count`, kept in a register
                func close(through last: Int) {
                    guard last >= first else { return }
                    sentences.append(Sentence(span: Span(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1)))
                    number += 1
                    first = last + 1
                }
                while index < tokens.count {
                    let token = tokens[index]
                    if index > first, token.gapBefore == .blankLine {
                        close(through: index - 1)
                    }
                    tokens[index].sentence = number
                    if mayEndSentence(token, bytes), endsSentence(at: index, UnsafeBufferPointer(tokens), bytes) {
                        var last = index
                        while last + 1 < tokens.count, tokens[last + 1].gapBefore == .none, isCloser(tokens[last + 1], bytes) {
                            last += 1
                            tokens[last].sentence = number
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
        }
    }

    /// False for tokens `endsSentence` always turns down: anything but punctuation and
    /// abbreviations, and one-byte punctuation other than `.` `!` `?` (`…` takes three bytes).
    @inline(__always)
    static func mayEndSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .abbreviation:
            return true
        case .punctuation:
            guard token.span.length == 1 else { return true }
            let byte = bytes[token.span.start]
            return byte == 0x2E || byte == 0x21 || byte == 0x3F
        default:
            return false
        }
    }

    static func endsSentence(at index: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            let byte = bytes[token.span.start]
            if byte == 0x21 || byte == 0x3F { return true }
            if byte == 0x2E {
                guard index + 1 < tokens.count else { return true }
                let next = tokens[index + 1]
                // "..." written as periods ends only at its last period.
                if next.gapBefore == .none, bytes[next.span.start] == 0x2E { return false }
                // A lowercase word after the period continues the sentence (an unknown abbreviation).
                let first = ScalarClass.decode(bytes, at: next.span.start).scalar
                return !(next.kind == .word && next.gapBefore == .space && ScalarClass.isLetter(first) && !ScalarClass.isUpper(first))
            }
            // `…` (E2 80 A6): a punctuation token is one scalar, and no other scalar is
            // canonically equivalent to U+2026, so its bytes decide what comparing the token's
            // string with "…" would.
            if token.span.length == 3, bytes[token.span.start] == 0xE2, bytes[token.span.start + 1] == 0x80,
               bytes[token.span.start + 2] == 0xA6 {
                return nextStartsUpper(index, tokens, bytes)
            }
            return false
        case .abbreviation:
            // On the bytes: `contains(bytes:)` answers as `contains` of the token's string would.
            let listed = Abbreviations.mayEndSentence.contains(bytes: UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end]))
            guard listed else { return false }
            guard index + 1 < tokens.count else { return true }
            return tokens[index + 1].gapBefore >= .lineBreak || nextStartsUpper(index, tokens, bytes)
        default:
            return false
        }
    }

    static func nextStartsUpper(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind == .word && ScalarClass.isUpper(ScalarClass.decode(bytes, at: next.span.start).scalar)
    }

    /// A closing quote or bracket: `"` `”` `’` `'` `)` `]` `»`. A punctuation token is one
    /// scalar (an invalid byte decodes as U+FFFD, none of these), and no other scalar is
    /// canonically equivalent to any of them (`ScalarClassTests` checks every scalar), so the
    /// decoded scalar decides what comparing the token's string with each would.
    static func isCloser(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        return isCloser(ScalarClass.decode(bytes, at: token.span.start).scalar)
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201D, 0x2019, 0x27, 0x29, 0x5D, 0xBB: return true
        default: return false
        }
    }
}
