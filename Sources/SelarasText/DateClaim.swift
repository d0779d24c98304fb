import SelarasCore

/// How a date was written.
public enum DateForm: String, Sendable, Hashable {
    /// `23 Januari 2018`, `23 Jan 2018`, `pada 23 Januari`.
    case long
    /// `23/1/2018`, `(23/1)`, `23-01-2018`.
    case numeric
}

/// How a year is filled in when the text leaves it out.
public enum YearResolution: Sendable, Hashable {
    /// The latest date with that day and month that is not after the reference date (the brief's
    /// rule: a release reports what happened).
    case nearestNotAfter
    /// The date with that day and month closest to the reference date, before or after (suits
    /// announcements of coming events).
    case nearest
}

/// A calendar date written in a text, with the weekday written beside it if any.
public struct DateClaim: Sendable, Hashable {
    /// Whole claim: weekday (if written) through the date.
    public var span: Span
    /// The date part only (`23 Januari 2018`, `23/1/2018`, without parentheses).
    public var dateSpan: Span
    /// The sentence holding the claim.
    public var sentence: Span
    public var form: DateForm
    /// ISO weekday written beside the date (1 = Senin … 7 = Minggu/Ahad), nil when none.
    public var weekday: Int?
    public var weekdayWritten: String?
    public var weekdaySpan: Span?
    public var day: Int
    public var month: Int
    /// The year as written (two-digit years become 20YY), nil when left out.
    public var year: Int?
    public var yearSpan: Span?
    /// The month word as written (`Januari`, `Pebruari`, `Jan`), nil for numeric dates.
    public var monthWritten: String?
    public var monthSpelling: MonthSpelling
    /// False for a day that no month has (`31/2`, `30 Februari`, `29/2/2023`); still a claim.
    public var isPossible: Bool
    /// `23/01/2018`: a zero-padded day or month in a numeric date (EYD avoids it).
    public var hasLeadingZero: Bool
    /// `23/1/18`.
    public var hasTwoDigitYear: Bool

    public init(
        span: Span, dateSpan: Span, sentence: Span, form: DateForm, weekday: Int?, weekdayWritten: String?,
        weekdaySpan: Span?, day: Int, month: Int, year: Int?, yearSpan: Span?, monthWritten: String?,
        monthSpelling: MonthSpelling, hasLeadingZero: Bool = false, hasTwoDigitYear: Bool = false
    ) {
        self.span = span
        self.dateSpan = dateSpan
        self.sentence = sentence
        self.form = form
        self.weekday = weekday
        self.weekdayWritten = weekdayWritten
        self.weekdaySpan = weekdaySpan
        self.day = day
        self.month = month
        self.year = year
        self.yearSpan = yearSpan
        self.monthWritten = monthWritten
        self.monthSpelling = monthSpelling
        self.hasLeadingZero = hasLeadingZero
        self.hasTwoDigitYear = hasTwoDigitYear
        let leapYear = year ?? 2024  // without a year, 29 February is possible
        self.isPossible = (1...12).contains(month) && day >= 1 && day <= LocalDate.daysIn(month: month, year: leapYear)
    }

    /// The date when the year is written and the day exists.
    public var date: LocalDate? {
        guard let year else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The date with a missing year filled in from `referenceDate` (the document's date).
    /// A written year is kept. Nil when the day does not exist in the chosen year.
    public func resolveYear(referenceDate: LocalDate, policy: YearResolution = .nearestNotAfter) -> LocalDate? {
        if let year { return LocalDate(year: year, month: month, day: day) }
        let candidates = (referenceDate.year - 4...referenceDate.year + 1).compactMap {
            LocalDate(year: $0, month: month, day: day)
        }
        switch policy {
        case .nearestNotAfter:
            return candidates.filter { $0 <= referenceDate }.max()
        case .nearest:
            let reference = referenceDate.daysSinceEpoch
            return candidates.min { abs($0.daysSinceEpoch - reference) < abs($1.daysSinceEpoch - reference) }
        }
    }

    /// Whether the written weekday agrees with the date (resolved against `referenceDate` when the
    /// year is missing). Nil when there is no weekday or no resolvable date.
    public func weekdayMatches(referenceDate: LocalDate? = nil, policy: YearResolution = .nearestNotAfter) -> Bool? {
        guard let weekday else { return nil }
        let resolved = date ?? referenceDate.flatMap { resolveYear(referenceDate: $0, policy: policy) }
        guard let resolved else { return nil }
        return resolved.isoWeekday == weekday
    }
}
