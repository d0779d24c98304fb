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
        // Byte-level parse: this runs for every date cell of every table (hundreds of thousands).
        let text = NameKey.trim(raw)
        var numbers: [Int] = []
        var widths: [Int] = []
        var current = 0, width = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                width += 1
                if width > 4 { return nil }
            } else if byte == 0x2D, width > 0, numbers.count < 2 {
                numbers.append(current); widths.append(width)
                current = 0; width = 0
            } else {
                return nil
            }
        }
        guard width > 0 else { return nil }
        numbers.append(current); widths.append(width)
        guard widths[0] == 4, numbers[0] > 0, widths.dropFirst().allSatisfy({ $0 == 2 }) else { return nil }
        let year = numbers[0]
        var month: Int?
        var day: Int?
        if numbers.count >= 2 {
            guard (1...12).contains(numbers[1]) else { return nil }
            month = numbers[1]
        }
        if numbers.count == 3 {
            guard LocalDate(year: year, month: numbers[1], day: numbers[2]) != nil else { return nil }
            day = numbers[2]
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
