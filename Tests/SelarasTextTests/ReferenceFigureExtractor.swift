import Foundation
import SelarasCore
@testable import SelarasText

/// `FigureExtractor` as it was before its byte-level fast paths (the Decimal shortcut, byte
/// tests of neighbouring tokens, claims appended in place), kept verbatim as the reference the
/// fast extractor must match claim for claim, Decimal bytes included.
enum ReferenceFigureExtractor {
    static func extract(_ a: TextAnalysis, excluding excluded: [Span] = []) -> [FigureClaim] {
        let excluded = excluded.sorted()
                var claims: [FigureClaim] = []
        var pointer = 0
        var index = 0
        let startWordFilter = NumberWords.startWordFilter  // read once, not at every word
        while index < a.tokens.count {
            let span = a.tokens[index].span
            while pointer < excluded.count, excluded[pointer].end <= span.start { pointer += 1 }
            if pointer < excluded.count, excluded[pointer].overlaps(span) {
                index += 1
                continue
            }
            let kind = a.tokens[index].kind
            let isNumber = kind == .number
            // `canStart` is `startWordFilter.mayContain(word) && startWords.contains(word)`: the
            // filter has just passed on the word's shape, so the set alone decides.
            guard isNumber || (kind == .word && startWordFilter.mayContain(a.lowerShape(index))
                                   && NumberWords.startWords.contains(a.lower(index))) else {
                index += 1
                continue
            }
            if let (claim, next) = isNumber ? digitFigure(at: index, in: a) : wordFigure(at: index, in: a) {
                claims.append(claim)
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return claims
    }

    static let blockingWords: FrozenStringSet = [
        "nomor", "no.", "no", "nmr", "nmr.", "nomer", "pasal", "ayat", "angka", "huruf", "bab", "halaman", "hlm.", "hal.",
        "hal", "tahun", "th.", "thn", "pukul", "jam", "rt", "rw", "km", "nip", "nik", "npwp", "telp", "telp.", "telepon",
        "hp", "wa", "tel.", "kode", "ke", "lantai", "gelombang", "tahap", "jilid", "edisi", "seri", "sesi", "periode",
        "kelas", "blok", "gg.", "jl.", "jalan", "kav.", "kavling", "peringkat", "urutan", "juz", "surah", "pos", "kodim",
        "korem", "yonif", "lanud", "lantamal", "kodam", "tanggal", "tgl.", "pp", "uu", "perda", "perpres", "inpres",
        "keppres", "pergub", "perbup", "perwali", "permen", "sk", "se", "ext", "fax", "whatsapp", "ponsel", "rekening",
        "nopol", "ruang", "kamar", "gate", "terminal", "tol", "sila", "abad", "kilometer", "kav", "nomor:", "versi",
    ]

    static let scales: FrozenStringMap<FigureScale> = [
        "ribu": .ribu, "rb": .ribu, "juta": .juta, "jt": .juta, "miliar": .miliar, "milyar": .miliar, "milyard": .miliar,
        "triliun": .triliun, "trilyun": .triliun,
    ]

    /// Punctuation that, written right before a number, makes it part of a code (`1006/Banjar`, `+62`).
    static let codeJoinersBefore: FrozenStringSet = ["/", "-", ".", ":", "+", "#", "@", "‐"]
    /// Punctuation that, written right after a number and before another, makes a range or code.
    static let codeJoinersAfter: FrozenStringSet = ["/", "-", ":", "‐", "–"]
    static let timeZones: FrozenStringSet = ["wib", "wita", "wit"]
    /// Words before a number word that make it no figure (`salah satu`, `pukul dua`).
    static let notBeforeNumberWords: FrozenStringSet = ["salah", "ke", "pukul", "jam", "per", "(", "rt", "rw", "nomor", "pasal", "ayat", "angka"]

    static func digitFigure(at i: Int, in a: TextAnalysis) -> (FigureClaim, Int)? {
        let text = a.string(i)
        // Every test before the parse is a pure rejection: most numbers (phone numbers, times,
        // codes) are turned away without parsing them.
        if a.gap(i) == .none, i > 0 {
            if let kind = a.kind(i - 1), kind == .word || kind == .number || kind == .ordinal || kind == .abbreviation { return nil }
            if codeJoinersBefore.contains(a.string(i - 1)) { return nil }
        }
        if a.string(i - 1) == "+" { return nil }
        if a.gap(i + 1) == .none, let kind = a.kind(i + 1) {
            if kind == .word || kind == .number || kind == .ordinal || kind == .abbreviation { return nil }
            if codeJoinersAfter.contains(a.string(i + 1)), a.gap(i + 2) == .none, a.kind(i + 2) == .number || a.kind(i + 2) == .word {
                return nil
            }
        }
        var currencyIndex: Int?
        if a.kind(i - 1) == .currency, a.gap(i) <= .space { currencyIndex = i - 1 }
        let before = a.lower(currencyIndex.map { $0 - 1 } ?? i - 1)
        // `monthFilter` on the shape of `before` (a `lower` entry) exactly rules out most non-months.
        // The shape filters (of `lower` entries, on their shapes) exactly rule out most words
        // before the hash look-ups.
        if currencyIndex == nil, blockingWordsFilter.mayContain(a.lowerShape(i - 1)) && blockingWords.contains(before)
            || DateExtractor.monthFilter.mayContain(a.lowerShape(i - 1)) && CalendarWords.month(before) != nil { return nil }
        let following = a.lower(i + 1)
        let followingShape = a.lowerShape(i + 1)
        let marked = following == "persen" || following == "%" || scalesFilter.mayContain(followingShape) && scales[following] != nil
            || currencyIndex != nil
        if isTimeLike(text), !marked || a.string(i + 1).hasPrefix("WI") { return nil }
        if timeZonesFilter.mayContain(followingShape), timeZones.contains(following) { return nil }
        // A number token is ASCII (digits, `.`, `,`): its bytes are its characters.
        let digits = text.utf8
        if digits.count >= 2, digits.first == 0x30, digits.dropFirst().first != 0x2C { return nil }
        guard let parsed = SplittingWrittenNumber.parse(text) else { return nil }
        if parsed.notation == .plain, currencyIndex == nil {
            if digits.count >= 7 { return nil }
            if digits.count == 4, let value = Int(text), (1900...2100).contains(value), !marked { return nil }
        }
        if i == 0 || a.gap(i) >= .lineBreak, a.gap(i + 1) == .none, a.isPunct(i + 1, ".") || a.isPunct(i + 1, ")") { return nil }
        if parsed.notation == .plain, currencyIndex == nil, isPhoneLike(i, in: a) { return nil }
        if a.isPunct(i - 1, "("), a.gap(i) == .none, a.isPunct(i + 1, ")"), currencyIndex == nil, parsed.notation == .plain { return nil }
        return build(a, first: i, last: i, number: parsed, currencyIndex: currencyIndex)
    }

    /// `+62 811 …`, `(0511) 4772`: a bare number next to another bare number or after an area code.
    static func isPhoneLike(_ i: Int, in a: TextAnalysis) -> Bool {
        if a.kind(i - 1) == .number, a.gap(i) == .space { return true }
        if a.kind(i + 1) == .number, a.gap(i + 1) == .space { return true }
        if a.isPunct(i - 1, ")"), a.kind(i - 2) == .number, a.string(i - 2).hasPrefix("0") { return true }
        return false
    }

    static func isTimeLike(_ text: String) -> Bool {
        // `H.MM`/`HH.MM`: the minutes are two one-byte characters after the only period.
        let utf8 = text.utf8
        guard utf8.count >= 4, utf8[utf8.index(utf8.endIndex, offsetBy: -3)] == 0x2E else { return false }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return hour <= 24 && minute < 60
    }

    static func wordFigure(at i: Int, in a: TextAnalysis) -> (FigureClaim, Int)? {
        if a.isCapitalized(i), a.sentenceSpan(ofToken: i).start != a.tokens[i].span.start { return nil }
        if notBeforeNumberWords.contains(a.lower(i - 1)) { return nil }
        var words: [String] = []
        var index = i
        while index < a.tokens.count, a.kind(index) == .word, index == i || a.gap(index) == .space, words.count < 8 {
            words.append(a.lower(index))
            index += 1
        }
        guard let (value, count) = NumberWords.parse(words) else { return nil }
        let next = a.lower(i + count)
        if a.lower(i + count) == "per" { return nil }  // `satu per satu`
        let hasScale = scales[next] != nil && next != "rb" && next != "jt"
        guard value >= 2 || hasScale else { return nil }
        guard hasScale || next == "persen" || isNoun(i + count, in: a) else { return nil }
        let number = WrittenNumber(value: Decimal(value), fractionDigits: 0, notation: .words)
        return build(a, first: i, last: i + count - 1, number: number, currencyIndex: nil)
    }

    static func isNoun(_ index: Int, in a: TextAnalysis) -> Bool {
        guard a.isLowercaseWord(index), a.gap(index) == .space else { return false }
        let word = a.lower(index)
        let shape = a.lowerShape(index)
        // `canStart(word)` is `startWords.contains(word)` behind its filter; each filter, on the
        // shape of `word`, only skips a look-up that cannot succeed.
        return !FigureContext.stopWords.contains(word)
            && !(NumberWords.startWordFilter.mayContain(shape) && NumberWords.startWords.contains(word))
            && !(scalesFilter.mayContain(shape) && scales[word] != nil)
    }

    static let blockingWordsFilter = WordShapeFilter(blockingWords.members)
    static let scalesFilter = WordShapeFilter(scales.keys)
    static let timeZonesFilter = WordShapeFilter(timeZones.members)

    static func build(_ a: TextAnalysis, first: Int, last: Int, number: WrittenNumber, currencyIndex: Int?) -> (FigureClaim, Int) {
        var start = currencyIndex ?? first
        var currency = currencyIndex.map { currencyCode(a.string($0)) }
        var j = last + 1
        var scale: FigureScale?
        let scaleWord = a.lower(j)
        if a.gap(j) == .space, let found = scales[scaleWord], number.notation != .words || (scaleWord != "rb" && scaleWord != "jt") {
            scale = found
            j += 1
        } else if currency != nil, a.gap(j) <= .space, a.string(j) == "M" || a.string(j) == "T" {
            scale = a.string(j) == "M" ? .miliar : .triliun
            j += 1
        }
        var unit: FigureUnit = currency == nil ? .count : .currency
        if a.lower(j) == "persen", a.gap(j) == .space {
            unit = .percent
            j += 1
            if a.lower(j) == "poin" { unit = .percentagePoint; j += 1 }
        } else if a.lower(j) == "poin", a.lower(j + 1) == "persen" {
            unit = .percentagePoint
            j += 2
        } else if a.string(j) == "%", a.gap(j) <= .space {
            unit = .percent
            j += 1
        } else if currency == nil, a.lower(j) == "rupiah" {
            currency = "IDR"
            unit = .currency
            j += 1
        } else if currency == nil, a.lower(j) == "dolar" || a.lower(j) == "dollar" {
            currency = "USD"
            unit = .currency
            j += 1
            if a.string(j) == "AS" { j += 1 }
        }
        let hedge = FigureContext.hedge(endingBefore: start, in: a)
        if let hedge { start = a.tokenIndex(atOrAfter: hedge.span.start) }
        let multiplier = scale?.multiplier ?? 1
        // `x * 1` is `x` to the byte: skip the Decimal multiplication for figures without a scale.
        let value = scale == nil ? number.value : number.value * multiplier
        var half: Decimal = 0
        if number.fractionDigits > 0 || scale != nil {
            half = Decimal(sign: .plus, exponent: -number.fractionDigits - 1, significand: 5) * multiplier
        }
        let precision = DecimalInterval(low: value - half, high: value + half)
        let numberText = a.string(first)
        let (noun, subject) = nounPhrase(at: j, in: a)
        let claim = FigureClaim(
            span: a.span(from: start, through: j - 1), numberSpan: a.span(from: first, through: last),
            sentence: a.sentenceSpan(ofToken: first), notation: number.notation, writtenValue: number.value,
            fractionDigits: number.fractionDigits, scale: scale, value: value, unit: unit, currency: currency,
            hedge: hedge, precision: precision, interval: FigureContext.interval(precision, value: value, hedge: hedge?.kind),
            hasTrailingZeros: number.fractionDigits == 0 && number.notation != .words && numberText.hasSuffix("00"),
            noun: noun, subjectWords: subject, wordsBefore: FigureDateFastPathTests.referenceWordsBefore(start, in: a),
            periodYear: FigureContext.periodYear(near: first, in: a))
        return (claim, j)
    }

    /// `FigureContext.nounPhrase` as it was.
    static func nounPhrase(at index: Int, in a: TextAnalysis) -> (String?, [String]) {
        guard isNoun(index, in: a) else { return (nil, []) }
        var subject: [String] = []
        var next = index + 1
        while subject.count < 3, isNoun(next, in: a), a.sentenceIndex(ofToken: next) == a.sentenceIndex(ofToken: index) {
            let word = a.lower(next)
            if word.hasPrefix("mem") || word.hasPrefix("men") { break }
            subject.append(word)
            next += 1
        }
        return (a.lower(index), subject)
    }

    static func currencyCode(_ written: String) -> String {
        written.hasPrefix("US") || written == "$" ? "USD" : "IDR"
    }
}
