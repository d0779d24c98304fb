import SelarasCore

/// The dateline at the top of a release: `BANJARBARU, 23/1/2018 –`, `Banjarbaru (23/1)`,
/// `BANJARMASIN, Selasa (23/1/2018) -`, `Banjarmasin (ANTARA) - `.
public struct DatelineClaim: Sendable, Hashable {
    /// From the place to the end of the date or source (the dash excluded).
    public var span: Span
    public var place: String
    public var placeSpan: Span
    /// A news-agency or outlet name in parentheses: `ANTARA`.
    public var source: String?
    /// The date as written, if any.
    public var date: DateClaim?
    /// The date with the year filled from `fallbackYear` when the dateline leaves it out.
    public var resolvedDate: LocalDate?

    public init(span: Span, place: String, placeSpan: Span, source: String?, date: DateClaim?, resolvedDate: LocalDate?) {
        self.span = span
        self.place = place
        self.placeSpan = placeSpan
        self.source = source
        self.date = date
        self.resolvedDate = resolvedDate
    }
}

/// Finds the dateline in the first lines of a text.
public enum Dateline {
    /// How many lines from the top are searched (a headline and a subtitle may come first).
    static let lineLimit = 12

    /// How far past the start of the text a dateline is looked for.
    static let byteLimit = 2048

    /// Where the search for a dateline ends: after `lineLimit` lines, and at most `byteLimit`
    /// bytes past the first non-blank byte (on a character boundary). A dateline opens the first
    /// paragraph, and drafts written one paragraph per line must not be analysed whole for it.
    static func searchLimit(_ text: SourceText) -> Int {
        var limit = text.lineCount > lineLimit ? text.lineStarts[lineLimit] : text.count
        let firstText = text.bytes.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } ?? 0
        if limit > firstText + byteLimit {
            limit = firstText + byteLimit
            while limit > 0, text.bytes[limit] & 0xC0 == 0x80 { limit -= 1 }
        }
        return limit
    }

    /// The dateline, or nil. `fallbackYear` fills a date written without a year (`(23/1)`).
    public static func find(in text: SourceText, fallbackYear: Int?) -> DatelineClaim? {
        let head = SourceText(bytes: Array(text.bytes[0..<searchLimit(text)]))
        return find(in: TextAnalysis(head), fallbackYear: fallbackYear)
    }

    /// The longest line prefix `resolvedDate(in:fallbackYear:)` analyses: a dateline is a place of
    /// at most four words, a date and an optional source in parentheses, all on one line.
    static let windowLimit = 512

    /// The dateline's date, as `find(in:fallbackYear:)?.resolvedDate` gives it, found cheaply.
    ///
    /// Every draft is dated before its rules run, so this runs on every file even when no claim
    /// kind is active. Instead of analysing the first 2 KB whole, it analyses only the lines that
    /// can hold a dateline (`mayHoldDateline`), each on its own and only up to its end: a dateline
    /// never continues past its line (every part of it must follow the previous one on the same
    /// line), so the result is the same.
    public static func resolvedDate(in text: SourceText, fallbackYear: Int?) -> LocalDate? {
        let bytes = text.bytes
        let limit = searchLimit(text)
        for line in 0..<min(lineLimit, text.lineCount) {
            let start = text.lineStarts[line]
            guard start < limit else { break }
            guard mayHoldDateline(bytes, from: start, before: limit) else { continue }
            let end = windowEnd(bytes, from: start, limit: limit)
            let window = SourceText(bytes: Array(bytes[start..<end]))
            let analysis = TextAnalysis(window)
            guard !analysis.tokens.isEmpty, let claim = match(at: 0, in: analysis, fallbackYear: fallbackYear) else { continue }
            return claim.resolvedDate
        }
        return nil
    }

    /// Whether the line at `start` can hold a dateline, judged on bytes. A dateline is one to four
    /// capitalised place words followed by a comma, a date (which may open with a weekday in any
    /// case), a source in parentheses or a dash. So, after blanks and Markdown `*`/`_`: the line
    /// starts with a capital (ASCII, or any multi-byte letter); within its first `chunkLimit`
    /// space-separated chunks one holds a comma, parenthesis, digit, hyphen or multi-byte
    /// character (other dashes and digits); and every chunk before that one starts with a letter,
    /// capitals first and at most one lower-case word (the weekday) last.
    static func mayHoldDateline(_ bytes: [UInt8], from start: Int, before limit: Int) -> Bool {
        var index = start
        while index < limit, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x2A || bytes[index] == 0x5F { index += 1 }
        guard index < limit, (0x41...0x5A).contains(bytes[index]) || bytes[index] >= 0xC0 else { return false }
        var chunks = 0
        var lowercaseSeen = false
        while index < limit, chunks < chunkLimit {
            // One chunk: does it hold a byte a dateline needs?
            let first = bytes[index]
            while index < limit, bytes[index] != 0x20, bytes[index] != 0x09 {
                switch bytes[index] {
                case 0x0A, 0x0D: return false
                case 0x2C, 0x28, 0x2D, 0x30...0x39, 0x80...0xFF: return true
                default: index += 1
                }
            }
            // No: it must be a place word or the weekday before the date.
            switch first {
            case 0x41...0x5A where !lowercaseSeen: break
            case 0x61...0x7A where !lowercaseSeen: lowercaseSeen = true
            default: return false
            }
            chunks += 1
            while index < limit, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        return false
    }

    /// Chunks `mayHoldDateline` reads: four place words, a weekday and the date's first chunk.
    static let chunkLimit = 6

    /// The end of the line at `start`, within `limit` and at most `windowLimit` bytes on, cut at a
    /// blank so no word is split (the text's own 2 KB limit is kept exactly as `find` cuts it).
    static func windowEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        let cap = min(limit, start + windowLimit)
        var index = start
        while index < cap, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        if index < cap || cap == limit { return index }
        var cut = cap
        while cut > start, bytes[cut] != 0x20, bytes[cut] != 0x09 { cut -= 1 }
        if cut > start { return cut }
        cut = cap
        while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// The dateline among the tokens of an analysed text (its first `lineLimit` lines).
    public static func find(in a: TextAnalysis, fallbackYear: Int?) -> DatelineClaim? {
        var index = 0
        while index < a.tokens.count {
            if a.text.lineIndex(ofByte: a.tokens[index].span.start) >= lineLimit { return nil }
            if index == 0 || a.gap(index) >= .lineBreak, let claim = match(at: index, in: a, fallbackYear: fallbackYear) {
                return claim
            }
            index += 1
        }
        return nil
    }

    static func match(at start: Int, in a: TextAnalysis, fallbackYear: Int?) -> DatelineClaim? {
        var index = start
        // Markdown emphasis or a bullet before the place is allowed.
        while a.kind(index) == .punctuation || a.kind(index) == .symbol, a.tokenEquals(index, 0x2A) || a.tokenEquals(index, 0x5F) { index += 1 }
        let placeStart = index
        var allCaps = true
        while a.kind(index) == .word, a.isCapitalized(index), index - placeStart < 4, a.gap(index) <= .space || index == placeStart {
            // `CalendarWords.weekday(a.string(index))` on a capitalised word (its first scalar is
            // upper case, the weekday's own test): the look-up of its lowered text, on the bytes.
            if index > placeStart, a.lower(index, in: CalendarWords.weekdays) != nil { break }
            let word = a.string(index)
            allCaps = allCaps && word == word.uppercased() && word.count >= 3
            index += 1
        }
        // `placeStart` is a capitalised word here (the loop took it): as above.
        guard index > placeStart, a.lower(placeStart, in: CalendarWords.weekdays) == nil else { return nil }
        let placeEnd = index - 1
        let comma = a.isPunct(index, byte: 0x2C)
        var source: String?
        var date: DateClaim?
        var last = placeEnd
        if a.isPunct(index, byte: 0x2C) { index += 1 }
        if let (claim, next) = DateExtractor.parse(at: index, in: a, allowBareShort: true), a.gap(index) <= .space {
            date = claim
            last = next - 1
            index = next
        }
        if date == nil, a.isPunct(index, byte: 0x28), a.gap(index) <= .space, let close = closingParen(after: index, in: a),
           close - index <= 4, (index + 1..<close).allSatisfy({ a.kind($0) == .word && a.isCapitalized($0) }) {
            source = a.text.text(a.span(from: index + 1, through: close - 1))
            last = close
            index = close + 1
        }
        let dash = a.kind(index) == .punctuation && a.gap(index) <= .space
            && ScalarClass.isDash(ScalarClass.decode(a.text.bytes, at: a.tokens[index].span.start).scalar)
        guard date != nil || (dash && (source != nil || allCaps)) else { return nil }
        if !dash, !(allCaps || comma) { return nil }
        let placeSpan = a.span(from: placeStart, through: placeEnd)
        var resolved = date?.date
        if let date, date.year == nil, let fallbackYear {
            resolved = LocalDate(year: fallbackYear, month: date.month, day: date.day)
        }
        return DatelineClaim(span: a.span(from: placeStart, through: last), place: a.text.text(placeSpan), placeSpan: placeSpan,
                             source: source, date: date, resolvedDate: resolved)
    }

    static func closingParen(after open: Int, in a: TextAnalysis) -> Int? {
        var index = open + 1
        while index < a.tokens.count, index - open <= 6 {
            if a.isPunct(index, byte: 0x29) { return index }
            index += 1
        }
        return nil
    }
}
