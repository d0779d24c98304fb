import SelarasCore

/// Finds dates: `Selasa, 23 Januari 2018`, `Selasa (23/1/2018)`, `(23/1)`, `23 Jan 2018`,
/// `pada 23 Januari`, `23/1/2018`, `23-01-2018`.
///
/// Short numeric dates (`23/1`) count only in parentheses or after a weekday, so fractions,
/// regulation numbers (`14/2008`) and unit codes (`1006/Banjar`) are not dates.
public enum DateExtractor {
    public static func extract(_ analysis: TextAnalysis) -> [DateClaim] {
        var claims: [DateClaim] = []
        // Read once, not at every token (each static access is a `swift_once` check).
        let weekdayFilter = DateExtractor.weekdayFilter
        let monthFilter = DateExtractor.monthFilter
        var index = 0
        while index < analysis.tokens.count {
            // A date starts at a number, a bracket or a capitalised weekday: skip other tokens.
            if mayStart(at: index, in: analysis, weekdayFilter: weekdayFilter, monthFilter: monthFilter), let (claim, next) = parse(at: index, in: analysis, allowBareShort: false) {
                claims.append(claim)
                index = next
            } else {
                index += 1
            }
        }
        return claims
    }

    /// Whether `parse(at: index, in: a, allowBareShort: false)` can return a date: a cheap, exact
    /// rejection of most tokens, which `parse` would turn away only after its look-ups.
    ///
    /// - A weekday is a capitalised word in `weekdays` (its ASCII names pass `weekdayFilter`; a
    ///   non-ASCII word always passes the filter).
    /// - Without a weekday, `parseCore` needs `(` or a number. After a number, `parseLong` needs a
    ///   word or abbreviation after a space that is a month (`CalendarWords.month` looks up the same
    ///   lower-cased text as `lower`, so `monthFilter` on its shape is exact), and `parseNumeric`
    ///   needs punctuation written right after the number.
    @inline(__always)
    static func mayStart(at index: Int, in a: TextAnalysis, weekdayFilter: WordShapeFilter, monthFilter: WordShapeFilter) -> Bool {
        switch a.tokens[index].kind {
        case .number:
            guard let next = a.kind(index + 1) else { return false }
            switch a.gap(index + 1) {
            case .none: return next == .punctuation
            case .space: return (next == .word || next == .abbreviation) && monthFilter.mayContain(a.lowerShape(index + 1))
            default: return false
            }
        case .punctuation:
            // `isPunct(index, "(")` on the byte: an ASCII character equals only itself, so a longer
            // token is never `(` (and `isPunct` would compare its string).
            let span = a.tokens[index].span
            return span.end - span.start == 1 && a.text.bytes[span.start] == 0x28
        case .word:
            return a.isCapitalized(index) && weekdayFilter.mayContain(a.lowerShape(index))
        default:
            return false
        }
    }

    /// The shapes of the ASCII weekday names (`jum’at` is not ASCII: a non-ASCII word always passes).
    static let weekdayFilter = WordShapeFilter(CalendarWords.weekdays.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    /// The shapes of the month words (all ASCII).
    static let monthFilter = WordShapeFilter(CalendarWords.months.keys)

    /// Parses a date starting at token `index` (optionally with a weekday first). Returns the claim
    /// and the index of the token after it.
    static func parse(at index: Int, in a: TextAnalysis, allowBareShort: Bool) -> (DateClaim, Int)? {
        var position = index
        var weekday: Int?
        var weekdaySpan: Span?
        if a.kind(index) == .word, a.isCapitalized(index), let day = CalendarWords.weekdays[a.lower(index)] {  // `CalendarWords.weekday`, on the lowered token
            weekday = day
            weekdaySpan = a.tokens[index].span
            position += 1
            if a.isPunct(position, byte: 0x2C) { position += 1 }
            if a.lower(position) == "tanggal" { position += 1 }
            guard a.kind(position) == .number || a.isPunct(position, byte: 0x28) else { return nil }
        }
        guard let core = parseCore(at: position, in: a, loose: weekday != nil || allowBareShort) else { return nil }
        let start = weekdaySpan?.start ?? core.span.start
        let claim = DateClaim(
            span: Span(start: start, end: core.span.end), dateSpan: core.dateSpan,
            sentence: a.sentenceSpan(ofToken: position), form: core.form, weekday: weekday,
            weekdayWritten: weekdaySpan.map { a.text.text($0) }, weekdaySpan: weekdaySpan,
            day: core.day, month: core.month, year: core.year, yearSpan: core.yearSpan,
            monthWritten: core.monthWritten, monthSpelling: core.spelling,
            hasLeadingZero: core.leadingZero, hasTwoDigitYear: core.twoDigitYear)
        return (claim, core.next)
    }

    struct Core {
        var span: Span
        var dateSpan: Span
        var form: DateForm
        var day: Int
        var month: Int
        var year: Int?
        var yearSpan: Span?
        var monthWritten: String?
        var spelling: MonthSpelling
        var leadingZero = false
        var twoDigitYear = false
        var next: Int
    }

    static func parseCore(at index: Int, in a: TextAnalysis, loose: Bool) -> Core? {
        if a.isPunct(index, byte: 0x28), a.gap(index + 1) == .none, var core = parseNumeric(at: index + 1, in: a) {
            guard a.isPunct(core.next, byte: 0x29), a.gap(core.next) == .none else { return nil }
            core.span = a.span(from: index, through: core.next)
            core.next += 1
            return core
        }
        guard a.kind(index) == .number else { return nil }
        if let core = parseLong(at: index, in: a) { return core }
        guard let core = parseNumeric(at: index, in: a) else { return nil }
        let hasFullYear = core.year != nil && !core.twoDigitYear
        return hasFullYear || loose ? core : nil
    }

    /// `23 Januari 2018`, `23 Jan`, `1 Mei`.
    static func parseLong(at index: Int, in a: TextAnalysis) -> Core? {
        guard let day = dayValue(index, in: a), a.gap(index + 1) == .space,
              let kind = a.kind(index + 1), kind == .word || kind == .abbreviation,
              let (month, spelling) = CalendarWords.month(a.string(index + 1)) else { return nil }
        // Month abbreviations must be capitalised (`Des`, not the word `des`); full names may not be.
        if spelling == .abbreviation, !a.isCapitalized(index + 1) { return nil }
        if a.gap(index) == .none, a.isPunct(index - 1, byte: 0x2F) || a.kind(index - 1) == .word { return nil }
        var last = index + 1
        var year: Int?
        var yearSpan: Span?
        if a.kind(index + 2) == .number, a.gap(index + 2) == .space, let value = yearValue(index + 2, in: a) {
            year = value
            yearSpan = a.tokens[index + 2].span
            last = index + 2
        }
        let span = a.span(from: index, through: last)
        return Core(span: span, dateSpan: span, form: .long, day: day, month: month, year: year, yearSpan: yearSpan,
                    monthWritten: a.string(index + 1), spelling: spelling, next: last + 1)
    }

    /// `23/1`, `23/1/2018`, `23/01/18`, `23-1-2018` (the hyphen form needs a four-digit year).
    static func parseNumeric(at index: Int, in a: TextAnalysis) -> Core? {
        guard a.kind(index) == .number else { return nil }
        if a.gap(index) == .none, index > 0, a.kind(index - 1) != .punctuation || a.isPunct(index - 1, byte: 0x2F) || a.isPunct(index - 1, byte: 0x2E) {
            return nil
        }
        // `string(index + 1)` is the separator: `tokenEquals` compares it with `/` or `-` as `==`
        // would, on the bytes.
        let slash = a.tokenEquals(index + 1, 0x2F)
        let separator: UInt8 = slash ? 0x2F : 0x2D
        guard slash || a.tokenEquals(index + 1, 0x2D), a.kind(index + 1) == .punctuation, a.gap(index + 1) == .none,
              a.kind(index + 2) == .number, a.gap(index + 2) == .none,
              let day = dayValue(index, in: a), let month = monthValue(index + 2, in: a) else { return nil }
        var last = index + 2
        var year: Int?
        var yearSpan: Span?
        var twoDigit = false
        if a.tokenEquals(index + 3, separator), a.gap(index + 3) == .none, a.kind(index + 4) == .number, a.gap(index + 4) == .none {
            // `yearValue(index + 4, in: a)` is `text.count == 4 && yearValue(text) != nil`.
            if let value = yearValue(index + 4, in: a) {
                year = value
            } else if case let text = a.string(index + 4), text.count == 2, text.allSatisfy(\.isNumber), let value = Int(text) {
                year = 2000 + value
                twoDigit = true
            } else {
                return nil
            }
            yearSpan = a.tokens[index + 4].span
            last = index + 4
        }
        if !slash, year == nil || twoDigit { return nil }
        // A longer code (`1/2/3/4`, `17/PER/…`) is not a date.
        if a.gap(last + 1) == .none, let kind = a.kind(last + 1), kind == .word || kind == .number || a.isPunct(last + 1, byte: 0x2F)
            || a.isPunct(last + 1, byte: 0x2D) {
            return nil
        }
        let leadingZero = a.string(index).hasPrefix("0") || a.string(index + 2).hasPrefix("0")
        let span = a.span(from: index, through: last)
        return Core(span: span, dateSpan: span, form: .numeric, day: day, month: month, year: year, yearSpan: yearSpan,
                    monthWritten: nil, spelling: .numeric, leadingZero: leadingZero, twoDigitYear: twoDigit, next: last + 1)
    }

    static func dayValue(_ text: String) -> Int? {
        guard (1...2).contains(text.count), let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    static func monthValue(_ text: String) -> Int? {
        guard (1...2).contains(text.count), let value = Int(text), (1...12).contains(value) else { return nil }
        return value
    }

    /// `dayValue(a.string(index))`, `monthValue(…)`, `yearValue(…)` without building the string
    /// for an ASCII token (`TextAnalysis.integer(_:lengths:)` reads the same length and value).
    static func dayValue(_ index: Int, in a: TextAnalysis) -> Int? {
        a.integer(index, lengths: 1...2).flatMap { (1...31).contains($0) ? $0 : nil }
    }

    static func monthValue(_ index: Int, in a: TextAnalysis) -> Int? {
        a.integer(index, lengths: 1...2).flatMap { (1...12).contains($0) ? $0 : nil }
    }

    static func yearValue(_ index: Int, in a: TextAnalysis) -> Int? {
        a.integer(index, lengths: 4...4).flatMap { (1900...2199).contains($0) ? $0 : nil }
    }

    /// A four-digit year between 1900 and 2199.
    static func yearValue(_ text: String) -> Int? {
        guard text.count == 4, let value = Int(text), (1900...2199).contains(value) else { return nil }
        return value
    }
}
