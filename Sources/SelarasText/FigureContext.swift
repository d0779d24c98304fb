import Foundation
import SelarasCore

/// The words around a figure: hedges before it, the counted noun after it, the phrase before it
/// and the period its sentence names.
enum FigureContext {
    static let hedges: [([String], HedgeKind)] = [
        (["tidak", "kurang", "dari"], .atLeast), (["tidak", "lebih", "dari"], .atMost),
        (["paling", "sedikit"], .atLeast), (["paling", "banyak"], .atMost), (["kurang", "lebih"], .approximately),
        (["lebih", "kurang"], .approximately), (["lebih", "dari"], .moreThan), (["kurang", "dari"], .lessThan),
        (["di", "atas"], .moreThan), (["di", "bawah"], .lessThan), (["sekitar"], .approximately),
        (["kira-kira"], .approximately), (["sekira"], .approximately), (["kisaran"], .approximately),
        (["±"], .approximately), (["hampir"], .almost), (["nyaris"], .almost), (["melebihi"], .moreThan),
        (["sedikitnya"], .atLeast), (["setidaknya"], .atLeast), (["minimal"], .atLeast), (["maksimal"], .atMost),
        (["mencapai"], .neutral), (["sebanyak"], .neutral), (["sejumlah"], .neutral), (["sebesar"], .neutral),
        (["tercatat"], .neutral), (["senilai"], .neutral),
    ]

    static let stopWords: FrozenStringSet = [
        "yang", "di", "ke", "dari", "pada", "dan", "atau", "untuk", "dengan", "dalam", "telah", "sudah", "akan", "masih",
        "sebanyak", "mencapai", "sekitar", "hingga", "sampai", "tersebut", "ini", "itu", "per", "se", "juga", "lebih",
        "kurang", "oleh", "sebagai", "bagi", "atas", "terhadap", "serta", "adalah", "ialah", "merupakan", "menjadi",
        "tahun", "bulan", "sejak", "selama", "saat", "ketika", "karena", "sehingga", "namun", "tetapi", "pun", "lagi",
        "s.d.", "sd", "sementara", "dibandingkan", "dibanding", "daripada", "naik", "turun", "meningkat", "menurun",
        "berkurang", "bertambah", "tercatat", "sebesar", "sejumlah", "mengalami", "terdapat", "ada", "sekaligus", "secara", "tiap", "setiap", "kata", "ujar", "ungkap", "jelas",
    ]

    /// `hedges` by their last word, each list in `hedges` order: a hedge ends right before the figure.
    static let hedgesByLastWord: FrozenStringMap<[([String], HedgeKind)]> = {
        var table: [String: [([String], HedgeKind)]] = [:]
        for hedge in hedges { table[hedge.0[hedge.0.count - 1], default: []].append(hedge) }
        return FrozenStringMap(table)
    }()

    /// The shapes of the ASCII last words of `hedges`; `±` is not ASCII, and a non-ASCII word
    /// always passes a shape filter (an ASCII word can only equal an ASCII key).
    static let hedgeLastWordFilter = WordShapeFilter(hedgesByLastWord.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } })

    static func hedge(endingBefore start: Int, in a: TextAnalysis) -> FigureHedge? {
        guard start > 0 else { return nil }  // a hedge needs a token before the figure
        // Most words before a figure end no hedge, which their shape shows without the look-up.
        guard hedgeLastWordFilter.mayContain(a.lowerShape(start - 1)) else { return nil }
        for (phrase, kind) in hedgesByLastWord[a.lower(start - 1)] ?? [] {
            let first = start - phrase.count
            guard first >= 0, phrase.indices.allSatisfy({ a.lower(first + $0) == phrase[$0] }) else { continue }
            if a.sentenceIndex(ofToken: first) != a.sentenceIndex(ofToken: start) { continue }
            let span = a.span(from: first, through: start - 1)
            return FigureHedge(kind: kind, text: a.text.text(span), span: span)
        }
        return nil
    }

    static func interval(_ precision: DecimalInterval, value: Decimal, hedge: HedgeKind?) -> DecimalInterval {
        guard let hedge else { return precision }
        let magnitude = value < 0 ? -value : value
        switch hedge {
        case .approximately:
            let tolerance = magnitude / 10
            return DecimalInterval(low: precision.low.map { $0 - tolerance }, high: precision.high.map { $0 + tolerance })
        case .almost: return DecimalInterval(low: value - magnitude / 10, high: value)
        case .moreThan, .atLeast: return DecimalInterval(low: value, high: nil)
        case .lessThan, .atMost: return DecimalInterval(low: nil, high: value)
        case .neutral: return precision
        }
    }

    static func nounPhrase(at index: Int, in a: TextAnalysis) -> (String?, [String]) {
        guard FigureExtractor.isNoun(index, in: a) else { return (nil, []) }
        var subject: [String] = []
        var next = index + 1
        while subject.count < 3, FigureExtractor.isNoun(next, in: a), a.sentenceIndex(ofToken: next) == a.sentenceIndex(ofToken: index) {
            let word = a.lower(next)
            // A verb (`meng-`, `meny-`, `mem-`, `men-`: every one starts `mem` or `men`) ends the
            // subject; ASCII words are judged on their bytes.
            let isVerb = a.lowerShape(next).isASCII
                ? a.hasLowercasedASCIIPrefix(next, "mem") || a.hasLowercasedASCIIPrefix(next, "men")
                : word.hasPrefix("mem") || word.hasPrefix("men")
            if isVerb { break }
            if subject.isEmpty { subject.reserveCapacity(3) }  // at most three words: one allocation
            subject.append(word)
            next += 1
        }
        return (a.lower(index), subject)
    }

    /// The scale words and `persen`: most words before a figure are neither, which their shape shows.
    static let scaleOrPercentFilter = WordShapeFilter(FigureExtractor.scales.keys + ["persen"])

    static func wordsBefore(_ start: Int, in a: TextAnalysis) -> [String] {
        // First find how far back the words go and how many there are, then build the array
        // front to back at its final size (no growth, no reversal): the same words in the same order.
        var count = 0
        var index = start - 1
        let sentence = a.sentenceIndex(ofToken: start)
        let scaleOrPercentWords = Self.scaleOrPercentWords
        let scaleOrPercentFilter = Self.scaleOrPercentFilter
        let clauseBreakFilter = Self.clauseBreakFilter
        while index >= 0, count < 8, a.sentenceIndex(ofToken: index) == sentence {
            guard let kind = a.kind(index) else { break }
            if kind == .number || kind == .currency { break }
            // Behind the shape filter, the look-ups read the token's bytes (`TextAnalysis.lower(_:isIn:)`).
            // A curly quote or dash (`knownPunctuation`) is neither a scale word nor `persen`.
            if scaleOrPercentFilter.mayContain(a.lowerShape(index)),
               knownPunctuation(index, in: a) == nil && a.lower(index, isIn: scaleOrPercentWords) { break }
            if kind == .punctuation || kind == .symbol {
                // A curly quote or dash has a known answer; any other token is looked up by its
                // bytes (`string(_:isIn:)`). ASCII clause breaks have no letters, so the filter on
                // the lower-cased shape is the filter on the text's shape.
                if clauseBreakFilter.mayContain(a.lowerShape(index)),
                   knownPunctuation(index, in: a) ?? a.string(index, isIn: clauseBreaks) { break }
            } else {
                count += 1
            }
            index -= 1
        }
        guard count > 0 else { return [] }
        var words: [String] = []
        words.reserveCapacity(count)
        for position in (index + 1)..<start {
            let kind = a.tokens[position].kind
            if kind != .punctuation && kind != .symbol { words.append(a.lower(position)) }
        }
        return words
    }

    /// `scaleOrPercentFilter`'s words.
    static let scaleOrPercentWords = FrozenStringSet(FigureExtractor.scales.keys + ["persen"])

    /// Whether token `index` is a clause break, when it is one of the non-ASCII punctuation
    /// marks releases are full of (curly quotes and apostrophes, en and em dashes, bullet,
    /// ellipsis: `E2 80 xx` in UTF-8); nil for any other token. A token of exactly these bytes is
    /// that one character, so its answers are fixed (tested against `clauseBreaks` and the scale
    /// words); hashing its string would normalise it first.
    static func knownPunctuation(_ index: Int, in a: TextAnalysis) -> Bool? {
        let span = a.tokens[index].span
        let bytes = a.text.bytes
        guard span.end - span.start == 3, bytes[span.start] == 0xE2, bytes[span.start + 1] == 0x80 else { return nil }
        switch bytes[span.start + 2] {
        case 0x93, 0x94: return true  // `–`, `—`
        case 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6: return false  // `‘ ’ “ ” • …`
        default: return nil
        }
    }

    /// Punctuation that ends the words read before a figure.
    static let clauseBreaks: FrozenStringSet = [",", ";", ":", "(", ")", "–", "—"]
    /// The shapes of the ASCII `clauseBreaks` (the dashes are not ASCII: non-ASCII tokens always
    /// pass). Those have no letters: a token equal to one is its own lower case, with its shape.
    static let clauseBreakFilter = WordShapeFilter(clauseBreaks.members.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    /// Words before a year that make it the period a figure belongs to (`pada 2024`, `sejak 2023`).
    static let periodYearMarkers: FrozenStringSet = ["tahun", "pada", "sejak", "periode", "ta", "hingga", "sampai", "akhir", "awal", "selama"]

    /// The year number token `position` names as a period, if it is one: a year up to 2100 after
    /// a period marker or a month.
    static func periodYearValue(at position: Int, in a: TextAnalysis) -> Int? {
        guard let year = DateExtractor.yearValue(a.string(position)), year <= 2100 else { return nil }
        let before = a.lower(position - 1)
        guard periodYearMarkers.contains(before) || CalendarWords.month(before) != nil else { return nil }
        return year
    }

    /// The plain scan `PeriodYears` replaces; kept as the reference its tests compare against.
    static func periodYear(near index: Int, in a: TextAnalysis) -> Int? {
        guard !a.sentences.isEmpty else { return nil }
        let range = a.sentences[a.sentenceIndex(ofToken: index)].tokens
        var best: (distance: Int, year: Int)?
        for position in range where a.kind(position) == .number && position != index {
            guard let year = periodYearValue(at: position, in: a) else { continue }
            let distance = abs(position - index)
            if let current = best, current.distance <= distance { continue }
            best = (distance, year)
        }
        return best?.year
    }
}
