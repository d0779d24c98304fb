import SelarasCore

/// Reads the `tentang …` title of a citation (brief §1.5 "Title end").
///
/// Capitalised words, numbers and function words continue the title; it stops at a lowercase
/// content word, `(`, `,`, `;`, a sentence end, `sebagaimana`, `jo.` or `yang`. A title that
/// starts in capitals runs to the end of its line. Trailing function words are not part of it.
enum TitleReader {
    static let functionWords: FrozenStringSet = [
        "dan", "atau", "serta", "di", "ke", "dari", "pada", "dalam", "untuk", "bagi", "atas", "dengan", "terhadap",
        "oleh", "menjadi", "tentang", "nomor", "tahun", "antar", "tanpa", "melalui", "secara", "per",
    ]

    /// The span of the title after the `tentang` token at `keyword`, or nil.
    static func read(afterToken keyword: Int, in a: TextAnalysis) -> Span? {
        let first = keyword + 1
        guard first < a.tokens.count, a.gap(first) <= .lineBreak, a.isCapitalized(first) || a.kind(first) == .number else { return nil }
        var last = -1
        let firstWord = a.string(first)
        if firstWord.count > 1, firstWord == firstWord.uppercased(), firstWord.contains(where: \.isLetter) {
            var index = first
            while index < a.tokens.count, index == first || a.gap(index) <= .space {
                if a.kind(index) != .punctuation || a.isPunct(index, ")") { last = index }
                index += 1
            }
            return last >= first ? a.span(from: first, through: last) : nil
        }
        var index = first
        while index < a.tokens.count {
            if index > first, a.gap(index) >= .blankLine { break }
            let kind = a.kind(index)
            let word = a.lower(index)
            if word == "sebagaimana" || word == "jo." || word == "juncto" || word == "yang" { break }
            if (kind == .word || kind == .abbreviation) && a.isCapitalized(index) || kind == .number || kind == .ordinal {
                last = index
            } else if kind == .word, functionWords.contains(word) {
                // continues only if a title word follows
            } else if kind == .punctuation, a.gap(index) == .none, a.gap(index + 1) == .none,
                      a.string(index) == "/" || a.string(index) == "-" {
                // `Kabupaten/Kota`
            } else {
                break
            }
            index += 1
        }
        return last >= first ? a.span(from: first, through: last) : nil
    }
}
