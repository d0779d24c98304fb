import SelarasCore

/// A date as the registry writes it: a year (`2016`), a month (`2024-11`) or a day (`2024-11-14`).
///
/// A partial date stands for an interval: `2016` covers 2016-01-01 through 2016-12-31. A validity
/// *start* uses `start` (valid from "2016" = from 2016-01-01) and a validity *end* uses `end`
/// (valid to "2024-11" = through 2024-11-30), so a partial date never claims more certainty than it has.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Hashable {
        case year
        case month
        case day
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(parsing raw: String) {
        let text = raw.trimmingSpaces()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), LocalDate(year: year, month: month ?? 1, day: d) != nil
            else { return nil }
            day = d
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A full date.
    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// First day the date can mean.
    public var start: LocalDate {
        LocalDate(year: year, month: month ?? 1, day: day ?? 1) ?? LocalDate(daysSinceEpoch: 0)
    }

    /// Last day the date can mean.
    public var end: LocalDate {
        let m = month ?? 12
        let d = day ?? LocalDate.daysIn(month: m, year: year)
        return LocalDate(year: year, month: m, day: d) ?? LocalDate(daysSinceEpoch: 0)
    }

    /// As written: `2016`, `2024-11`, `2024-11-14`.
    public var description: String {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// Orders by first possible day, then by precision (a year before its first month).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        return lhs.end < rhs.end
    }
}

/// A validity period `[from, to]` with open ends; partial dates widen each end to its own interval.
public struct ValidityPeriod: Sendable, Hashable, CustomStringConvertible {
    public var from: PartialDate?
    public var to: PartialDate?

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    /// First day of validity (nil: open start).
    public var firstDay: LocalDate? { from?.start }
    /// Last day of validity (nil: still valid).
    public var lastDay: LocalDate? { to?.end }

    /// Whether the fact holds on `date`.
    public func contains(_ date: LocalDate) -> Bool {
        if let firstDay, date < firstDay { return false }
        if let lastDay, lastDay < date { return false }
        return true
    }

    /// Whether two periods share at least one day.
    public func overlaps(_ other: ValidityPeriod) -> Bool {
        if let a = lastDay, let b = other.firstDay, a < b { return false }
        if let a = other.lastDay, let b = firstDay, a < b { return false }
        return true
    }

    /// `2016 – 2024-11-13`, `2024-12-16 – …`.
    public var description: String {
        "\(from?.description ?? "…") – \(to?.description ?? "…")"
    }
}
