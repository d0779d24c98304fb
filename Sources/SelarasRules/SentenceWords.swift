import SelarasCore
import SelarasText

/// The words around a claim, as the registry-backed rules read them: lowercased words before and
/// after a span within its sentence, and the years and months a sentence names.
///
/// Built once per document from the same (masked) text the claims were extracted from.
struct SentenceWords: Sendable {
    /// One token as the rules see it.
    struct Word: Sendable, Hashable {
        var index: Int
        var lower: String
        var kind: TokenKind
        var span: Span
    }

    let analysis: TextAnalysis

    init(_ text: SourceText) {
        analysis = TextAnalysis(text)
    }

    /// Reuses `claims.analysis` when it was made from this very text (the engine's case);
    /// otherwise tokenises `text`.
    init(_ text: SourceText, claims: ClaimSet) {
        if let analysis = claims.analysis, analysis.text.bytes == text.bytes {
            self.analysis = analysis
        } else {
            self.analysis = TextAnalysis(text)
        }
    }

    func word(_ index: Int) -> Word {
        let token = analysis.tokens[index]
        return Word(index: index, lower: analysis.lowerStrings[index], kind: token.kind, span: token.span)
    }

    /// The tokens of the sentence holding `offset` (empty when the offset is outside every sentence).
    func sentenceTokens(containing offset: Int) -> Range<Int> {
        analysis.sentence(containing: offset)?.tokens ?? 0..<0
    }

    /// Up to `limit` tokens before `offset` in its sentence, nearest last.
    func tokens(before offset: Int, limit: Int) -> [Word] {
        let range = sentenceTokens(containing: offset)
        var index = analysis.tokenIndex(atOrAfter: offset) - 1
        var out: [Word] = []
        while index >= range.lowerBound, index >= 0, out.count < limit {
            out.append(word(index))
            index -= 1
        }
        return out.reversed()
    }

    /// The token indices `tokens(before:limit:)` returns, in order, without building the words.
    func tokenIndices(before offset: Int, limit: Int) -> Range<Int> {
        let range = sentenceTokens(containing: offset)
        let end = analysis.tokenIndex(atOrAfter: offset)
        // `tokens(before:)` walks down from `end - 1` while the index is in the sentence's lower
        // bound, not negative, and fewer than `limit` are taken.
        let start = max(range.lowerBound, 0, end - max(limit, 0))
        return start < end ? start..<end : end..<end
    }

    /// The token indices `tokens(from:sentenceOffset:limit:)` returns, in order, without building the words.
    func tokenIndices(from offset: Int, sentenceOffset: Int, limit: Int) -> Range<Int> {
        let range = sentenceTokens(containing: sentenceOffset)
        let start = analysis.tokenIndex(atOrAfter: offset)
        let end = min(range.upperBound, start + max(limit, 0))
        return start < end ? start..<end : start..<start
    }

    /// Up to `limit` tokens starting at or after `offset` in the sentence holding `sentenceOffset`.
    func tokens(from offset: Int, sentenceOffset: Int, limit: Int) -> [Word] {
        let range = sentenceTokens(containing: sentenceOffset)
        var index = analysis.tokenIndex(atOrAfter: offset)
        var out: [Word] = []
        while index < range.upperBound, out.count < limit {
            out.append(word(index))
            index += 1
        }
        return out
    }

    /// Four-digit years (1900–2100) written in the sentence holding `offset`, outside `excluding`.
    func years(inSentenceOf offset: Int, excluding: Span? = nil) -> [Int] {
        sentenceTokens(containing: offset).compactMap { index in
            let token = analysis.tokens[index]
            if let excluding, excluding.overlaps(token.span) { return nil }
            return Self.year(analysis.strings[index], kind: token.kind)
        }
    }

    /// Months written right before a year in the sentence (`September 2024` → (9, 2024)).
    func monthsWithYears(inSentenceOf offset: Int) -> [(month: Int, year: Int)] {
        let range = sentenceTokens(containing: offset)
        var out: [(Int, Int)] = []
        for index in range where index + 1 < range.upperBound {
            guard let month = CalendarWords.month(analysis.lowerStrings[index])?.month,
                  let year = Self.year(analysis.strings[index + 1], kind: analysis.tokens[index + 1].kind) else { continue }
            out.append((month, year))
        }
        return out
    }

    /// The lowercased words of the sentence holding `offset`.
    func lowercasedWords(inSentenceOf offset: Int) -> [String] {
        sentenceTokens(containing: offset).compactMap { index in
            analysis.tokens[index].kind == .word ? analysis.lowerStrings[index] : nil
        }
    }

    /// Whether the tokens `range` (a sentence's) hold a word (lowercased) in `set`; `filter` is
    /// `set`'s `WordShapeFilter`.
    func hasWord(in range: Range<Int>, from set: Set<String>, filter: WordShapeFilter) -> Bool {
        range.contains { index in
            analysis.tokens[index].kind == .word && filter.mayContain(analysis.lowerShape(index))
                && set.contains(analysis.lowerStrings[index])
        }
    }

    static func year(_ text: String, kind: TokenKind) -> Int? {
        guard kind == .number, text.count == 4, text.allSatisfy(\.isNumber), let value = Int(text),
              (1900...2100).contains(value) else { return nil }
        return value
    }
}
