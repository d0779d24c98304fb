import Foundation

/// How a number was written with digits, as far as separators go (EYD: `.` groups thousands,
/// `,` marks decimals).
public enum NumberNotation: String, Sendable, Hashable {
    /// Digits only: `250`, `1500`.
    case plain
    /// `1.234`, `1.234.567`.
    case grouped
    /// `12,5`, `1.234,56`.
    case decimal
    /// `12.5`: a period that cannot group thousands, read as an English decimal point.
    case decimalPoint
    /// `1,250`: a comma followed by exactly three digits. Read as Indonesian (1,25) but probably
    /// meant as English thousands; rules may warn.
    case ambiguousComma
    /// `1,234,567`: English thousands grouping, read as English.
    case commaGrouped
    /// Written in words: `dua ratus lima puluh`.
    case words
}

/// The exact value of a number as written, and how many decimals the writing shows.
public struct WrittenNumber: Sendable, Hashable {
    public var value: Decimal
    /// Digits after the decimal mark (`12,5` → 1; `1.234` → 0).
    public var fractionDigits: Int
    public var notation: NumberNotation

    public init(value: Decimal, fractionDigits: Int, notation: NumberNotation) {
        self.value = value
        self.fractionDigits = fractionDigits
        self.notation = notation
    }

    /// Parses a number token (`1.234`, `12,5`, `1.234.567,89`). Nil for anything else.
    public static func parse(_ text: String) -> WrittenNumber? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) else { return nil }
        // Digits only (most numbers): what the splitting below comes to, without it.
        if !text.utf8.contains(where: { $0 == 0x2E || $0 == 0x2C }) { return make(text, fraction: "", notation: .plain) }
        let commaParts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let periodCount = text.utf8.filter { $0 == 0x2E }.count
        if commaParts.count > 2 {
            guard periodCount == 0, isGrouping(commaParts) else { return nil }
            return make(commaParts.joined(), fraction: "", notation: .commaGrouped)
        }
        let integerPart = commaParts[0]
        let fraction = commaParts.count == 2 ? commaParts[1] : ""
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if groups.count > 1 {
            if isGrouping(groups) {
                return make(groups.joined(), fraction: fraction, notation: fraction.isEmpty ? .grouped : .decimal)
            }
            guard groups.count == 2, fraction.isEmpty else { return nil }
            return make(groups[0], fraction: groups[1], notation: .decimalPoint)
        }
        if !fraction.isEmpty {
            let notation: NumberNotation = fraction.count == 3 && integerPart.count <= 3 && integerPart != "0" ? .ambiguousComma : .decimal
            return make(integerPart, fraction: fraction, notation: notation)
        }
        return make(integerPart, fraction: "", notation: .plain)
    }

    /// `1.234.567`: the first group 1–3 digits, every later group exactly 3.
    static func isGrouping(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The value of a run of ASCII digits. Up to `UInt64.max` through the integer initialiser,
    /// which builds the very bytes `Decimal(string:)` does (compared byte for byte for every
    /// value below 3,000,000, leading zeros and 600,000 random values up to `UInt64.max`) without
    /// a `Scanner`; longer runs through the string.
    static func decimal(_ digits: String) -> Decimal? {
        if let value = UInt64(digits) { return Decimal(value) }
        return Decimal(string: digits)
    }

    static func make(_ integer: String, fraction: String, notation: NumberNotation) -> WrittenNumber? {
        guard !integer.isEmpty, let whole = decimal(integer) else { return nil }
        var value = whole
        if !fraction.isEmpty {
            guard let digits = decimal(fraction) else { return nil }
            value += digits * Decimal.powerOfTen(-fraction.count)
        }
        return WrittenNumber(value: value, fractionDigits: fraction.count, notation: notation)
    }
}
