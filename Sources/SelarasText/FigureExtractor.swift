import Foundation
import SelarasCore

/// Finds figures: numbers with their scale, currency, percent, hedge and counted noun.
///
/// Years, dates, times, regulation and article numbers, phone and ID numbers, list markers,
/// `ke-3` and codes (`1006/Banjar`, `93B`) are not figures. Spans in `excluding` (dates and
/// citations found first) are skipped.
public enum FigureExtractor {
    public static func extract(_ a: TextAnalysis, excluding excluded: [Span] = []) -> [FigureClaim] {
        let excluded = excluded.sorted()
        let periodYears = PeriodYears(a)
        var claims: [FigureClaim] = []
        // Most numbers are figures: room for them at once, not grown (and the claims moved) by doubling.
        claims.reserveCapacity(periodYears.numberCount)
        var pointer = 0
        var index = 0
        let startWordShapes = NumberWords.startWordFilter  // read once, not at every word
        while index < a.tokens.count {
            let span = a.tokens[index].span
            while pointer < excluded.count, excluded[pointer].end <= span.start { pointer += 1 }
            if pointer < excluded.count, excluded[pointer].overlaps(span) {
                index += 1
                continue
            }
            let kind = a.tokens[index].kind
            let isNumber = kind == .number
            // `canStart(word)` is `startWordFilter.mayContain(word) && startWords.contains(word)`,
            // asked of the token's shape and bytes without building its string.
            guard isNumber || (kind == .word && startWordShapes.mayContain(a.lowerShape(index))
                                   && a.lower(index, isIn: NumberWords.startWords)) else {
                index += 1
                continue
            }
            // A figure is appended where it is built: no copies of the large claim on the way back.
            if let next = isNumber ? digitFigure(at: index, in: a, periodYears, into: &claims)
                                   : wordFigure(at: index, in: a, periodYears, into: &claims) {
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
    /// The ASCII code joiners, as bytes.
    static let codeJoinerBytesBefore = ASCIIByteSet(singleCharactersOf: codeJoinersBefore.members)
    static let codeJoinerBytesAfter = ASCIIByteSet(singleCharactersOf: codeJoinersAfter.members)
    static let timeZones: FrozenStringSet = ["wib", "wita", "wit"]
    /// Words before a number word that make it no figure (`salah satu`, `pukul dua`).
    static let notBeforeNumberWords: FrozenStringSet = ["salah", "ke", "pukul", "jam", "per", "(", "rt", "rw", "nomor", "pasal", "ayat", "angka"]

    /// The figure of number token `i`, appended to `claims`; returns the token after it, or nil
    /// (nothing appended) when the number is no figure.
    static func digitFigure(at i: Int, in a: TextAnalysis, _ periodYears: PeriodYears,
                            into claims: inout [FigureClaim]) -> Int? {
        // A number token is ASCII (digits with single inner `.`/`,`, see `TokenScanner.scanNumber`):
        // its bytes are its characters, so its tests below read bytes, not its string.
        let span = a.tokens[i].span
        let length = span.end - span.start
        // Every test before the parse is a pure rejection: most numbers (phone numbers, times,
        // codes) are turned away without parsing them.
        if a.gap(i) == .none, i > 0 {
            if let kind = a.kind(i - 1), kind == .word || kind == .number || kind == .ordinal || kind == .abbreviation { return nil }
            if a.singleCharacterSetContains(i - 1, ascii: codeJoinerBytesBefore, orAsk: codeJoinersBefore) { return nil }
        }
        if a.tokenEquals(i - 1, 0x2B) { return nil }  // `+`
        if a.gap(i + 1) == .none, let kind = a.kind(i + 1) {
            if kind == .word || kind == .number || kind == .ordinal || kind == .abbreviation { return nil }
            if a.singleCharacterSetContains(i + 1, ascii: codeJoinerBytesAfter, orAsk: codeJoinersAfter), a.gap(i + 2) == .none,
               a.kind(i + 2) == .number || a.kind(i + 2) == .word {
                return nil
            }
        }
        var currencyIndex: Int?
        if a.kind(i - 1) == .currency, a.gap(i) <= .space { currencyIndex = i - 1 }
        // `monthFilter` on the shape of `before` (a `lower` entry) exactly rules out most non-months.
        // The shape filters (of `lower` entries, on their shapes) exactly rule out most words
        // before the hash look-ups. Without a currency, `before` is token `i - 1`.
        if currencyIndex == nil, blockingWordsFilter.mayContain(a.lowerShape(i - 1)) && blockingWords.contains(a.lower(i - 1))
            || DateExtractor.monthFilter.mayContain(a.lowerShape(i - 1)) && CalendarWords.month(a.lower(i - 1)) != nil { return nil }
        let followingShape = a.lowerShape(i + 1)
        let marked = a.lowerEquals(i + 1, "persen") || a.lowerEquals(i + 1, "%")
            || scalesFilter.mayContain(followingShape) && scales[a.lower(i + 1)] != nil
            || currencyIndex != nil
        // `isTimeLike` wants a period three bytes from the end (of four or more): test that first.
        if length >= 4, a.text.bytes[span.end - 3] == 0x2E, isTimeLike(a.string(i)), !marked || a.string(i + 1).hasPrefix("WI") {
            return nil
        }
        if timeZonesFilter.mayContain(followingShape), timeZones.contains(a.lower(i + 1)) { return nil }
        if length >= 2, a.text.bytes[span.start] == 0x30, a.text.bytes[span.start + 1] != 0x2C { return nil }
        guard let parsed = a.text.bytes.withUnsafeBufferPointer({
            WrittenNumber.parse(bytes: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]))
        }) else { return nil }
        if parsed.notation == .plain, currencyIndex == nil {
            if length >= 7 { return nil }
            // Four plain digits: `Int(text)` is their value.
            if length == 4, !marked {
                let bytes = a.text.bytes
                var value = 0
                for position in span.start..<span.end { value = value * 10 + Int(bytes[position] &- 0x30) }
                if (1900...2100).contains(value) { return nil }
            }
        }
        if i == 0 || a.gap(i) >= .lineBreak, a.gap(i + 1) == .none, a.isPunct(i + 1, ".") || a.isPunct(i + 1, ")") { return nil }
        if parsed.notation == .plain, currencyIndex == nil, isPhoneLike(i, in: a) { return nil }
        if a.isPunct(i - 1, "("), a.gap(i) == .none, a.isPunct(i + 1, ")"), currencyIndex == nil, parsed.notation == .plain { return nil }
        return build(a, first: i, last: i, number: parsed, currencyIndex: currencyIndex, periodYears: periodYears, into: &claims)
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

    /// The figure of number words starting at token `i`, appended to `claims`; returns the token
    /// after it, or nil (nothing appended).
    static func wordFigure(at i: Int, in a: TextAnalysis, _ periodYears: PeriodYears,
                           into claims: inout [FigureClaim]) -> Int? {
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
        return build(a, first: i, last: i + count - 1, number: number, currencyIndex: nil, periodYears: periodYears, into: &claims)
    }

    static func isNoun(_ index: Int, in a: TextAnalysis) -> Bool {
        guard a.isLowercaseWord(index), a.gap(index) == .space else { return false }
        // One look-up in the union of the three tables: `canStart(word)` is
        // `startWords.contains(word)` behind its filter, and the scale filter only skips a
        // look-up that cannot succeed, so the word is a noun exactly when the union lacks it.
        return !a.lower(index, isIn: notNounWords)
    }

    /// The words `isNoun` rejects: the stop words, the number words that start a figure and the
    /// scale words.
    static let notNounWords = FrozenStringSet(FigureContext.stopWords.members + NumberWords.startWordList + scales.keys)

    // The shape filters of the word tables: most words are turned away by their shape.
    static let blockingWordsFilter = WordShapeFilter(blockingWords.members)
    static let scalesFilter = WordShapeFilter(scales.keys)
    static let timeZonesFilter = WordShapeFilter(timeZones.members)

    /// Builds the claim of the number at `first...last` and appends it to `claims`; returns the
    /// token after the claim's unit.
    static func build(_ a: TextAnalysis, first: Int, last: Int, number: WrittenNumber, currencyIndex: Int?,
                      periodYears: PeriodYears, into claims: inout [FigureClaim]) -> Int {
        var start = currencyIndex ?? first
        var currency = currencyIndex.map { currencyCode(a.string($0)) }
        var j = last + 1
        var scale: FigureScale?
        // The scale filter on the word's shape only skips look-ups that cannot succeed.
        if a.gap(j) == .space, scalesFilter.mayContain(a.lowerShape(j)), let found = scales[a.lower(j)],
           number.notation != .words || (!a.lowerEquals(j, "rb") && !a.lowerEquals(j, "jt")) {
            scale = found
            j += 1
        } else if currency != nil, a.gap(j) <= .space, a.string(j) == "M" || a.string(j) == "T" {
            scale = a.string(j) == "M" ? .miliar : .triliun
            j += 1
        }
        var unit: FigureUnit = currency == nil ? .count : .currency
        if a.lowerEquals(j, "persen"), a.gap(j) == .space {
            unit = .percent
            j += 1
            if a.lowerEquals(j, "poin") { unit = .percentagePoint; j += 1 }
        } else if a.lowerEquals(j, "poin"), a.lowerEquals(j + 1, "persen") {
            unit = .percentagePoint
            j += 2
        } else if a.tokenEquals(j, 0x25), a.gap(j) <= .space {  // `%`
            unit = .percent
            j += 1
        } else if currency == nil, a.lowerEquals(j, "rupiah") {
            currency = "IDR"
            unit = .currency
            j += 1
        } else if currency == nil, a.lowerEquals(j, "dolar") || a.lowerEquals(j, "dollar") {
            currency = "USD"
            unit = .currency
            j += 1
            if a.string(j) == "AS" { j += 1 }
        }
        let hedge = FigureContext.hedge(endingBefore: start, in: a)
        if let hedge { start = a.tokenIndex(atOrAfter: hedge.span.start) }
        let value: Decimal
        let precision: DecimalInterval
        if scale == nil, number.fractionDigits == 0, !number.value.isZero {
            // No scale and no decimals: the multiplier is 1 and the half unit 0, and `x * 1`,
            // `x - 0` and `x + 0` give a non-zero `x` back to the byte (tested on the values the
            // parsers make); a zero may come back normalised, so it takes the arithmetic below.
            value = number.value
            precision = DecimalInterval(low: value, high: value)
        } else {
            let multiplier = scale?.multiplier ?? 1
            // `x * 1` is `x` to the byte: skip the Decimal multiplication for figures without a scale.
            value = scale == nil ? number.value : number.value * multiplier
            var half: Decimal = 0
            if number.fractionDigits > 0 || scale != nil {
                half = Decimal(sign: .plus, exponent: -number.fractionDigits - 1, significand: 5) * multiplier
            }
            precision = DecimalInterval(low: value - half, high: value + half)
        }
        // A number token is ASCII digits: `string(first).hasSuffix("00")` reads its last two bytes.
        let hasTrailingZeros: Bool
        if number.fractionDigits == 0 && number.notation != .words {
            let end = a.tokens[first].span.end
            hasTrailingZeros = end - a.tokens[first].span.start >= 2 && a.text.bytes[end - 1] == 0x30 && a.text.bytes[end - 2] == 0x30
        } else {
            hasTrailingZeros = false
        }
        let (noun, subject) = FigureContext.nounPhrase(at: j, in: a)
        claims.append(FigureClaim(
            span: a.span(from: start, through: j - 1), numberSpan: a.span(from: first, through: last),
            sentence: a.sentenceSpan(ofToken: first), notation: number.notation, writtenValue: number.value,
            fractionDigits: number.fractionDigits, scale: scale, value: value, unit: unit, currency: currency,
            hedge: hedge, precision: precision, interval: FigureContext.interval(precision, value: value, hedge: hedge?.kind),
            hasTrailingZeros: hasTrailingZeros,
            noun: noun, subjectWords: subject, wordsBefore: FigureContext.wordsBefore(start, in: a),
            periodYear: periodYears.year(near: first, in: a)))
        return j
    }

    static func currencyCode(_ written: String) -> String {
        written.hasPrefix("US") || written == "$" ? "USD" : "IDR"
    }
}
