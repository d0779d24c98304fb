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
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    /// `parse(_:)` on the UTF-8 bytes of the text. Every number token of a draft comes here, so
    /// the groups are byte ranges, not split strings.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> WrittenNumber? {
        guard !bytes.isEmpty else { return nil }
        var periods = 0
        var commas = 0
        for byte in bytes {
            if byte == 0x2E {
                periods += 1
            } else if byte == 0x2C {
                commas += 1
            } else if byte < 0x30 || byte > 0x39 {
                return nil
            }
        }
        let whole = 0..<bytes.count
        // Digits only (most numbers): read in one pass, no array of groups. `decimal(_:_:)` on
        // `[whole]` builds the same `Decimal(UInt64)` (and falls back the same way past `UInt64.max`).
        if periods == 0 && commas == 0 {
            return decimal(bytes, whole).map { WrittenNumber(value: $0, fractionDigits: 0, notation: .plain) }
        }
        let commaParts = split(bytes, whole, at: 0x2C)
        if commaParts.count > 2 {
            guard periods == 0, isGrouping(commaParts) else { return nil }
            return make(bytes, commaParts, fraction: nil, notation: .commaGrouped)
        }
        let integerPart = commaParts[0]
        let fraction = commaParts.count == 2 ? commaParts[1] : nil
        let hasFraction = fraction.map { !$0.isEmpty } ?? false
        let groups = split(bytes, integerPart, at: 0x2E)
        if groups.count > 1 {
            if isGrouping(groups) {
                return make(bytes, groups, fraction: fraction, notation: hasFraction ? .decimal : .grouped)
            }
            guard groups.count == 2, !hasFraction else { return nil }
            return make(bytes, [groups[0]], fraction: groups[1], notation: .decimalPoint)
        }
        if let fraction, hasFraction {
            let isZero = integerPart.count == 1 && bytes[integerPart.lowerBound] == 0x30
            let notation: NumberNotation = fraction.count == 3 && integerPart.count <= 3 && !isZero ? .ambiguousComma : .decimal
            return make(bytes, [integerPart], fraction: fraction, notation: notation)
        }
        return make(bytes, [integerPart], fraction: nil, notation: .plain)
    }

    /// The ranges of `range` between the `separator` bytes (empty ones kept).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for position in range where bytes[position] == separator {
            parts.append(start..<position)
            start = position + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// `1.234.567`: the first group 1–3 digits, every later group exactly 3.
    static func isGrouping(_ groups: [Range<Int>]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The value of the digits in `parts` read as one run. Up to `UInt64.max` through the
    /// integer initialiser, which builds the very bytes `Decimal(string:)` does (compared byte for
    /// byte for every value below 3,000,000, leading zeros and 600,000 random values up to
    /// `UInt64.max`) without a `Scanner`; longer runs through the string.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ parts: [Range<Int>]) -> Decimal? {
        var value: UInt64 = 0
        for part in parts {
            for position in part {
                let digit = bytes[position] &- 0x30
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
                // Past `UInt64.max`, or not only digits (a decimal part may hold a period:
                // `1.234,5.6`): read as the string, exactly as before.
                if digit > 9 || o1 || o2 {
                    var text: [UInt8] = []
                    for part in parts { text += bytes[part] }
                    return decimal(String(decoding: text, as: UTF8.self))
                }
                value = sum
            }
        }
        return Decimal(value)
    }

    /// `decimal(bytes, [part])` without the array: the same `Decimal(UInt64)`, or the same string
    /// reading past `UInt64.max` or at a non-digit.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Decimal? {
        var value: UInt64 = 0
        for position in part {
            let digit = bytes[position] &- 0x30
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
            if digit > 9 || o1 || o2 { return decimal(String(decoding: UnsafeBufferPointer(rebasing: bytes[part]), as: UTF8.self)) }
            value = sum
        }
        return Decimal(value)
    }

    /// The value of a run of ASCII digits, as `decimal(_:_:)` reads it (the reference its byte
    /// path is tested against).
    static func decimal(_ digits: String) -> Decimal? {
        if let value = UInt64(digits) { return Decimal(value) }
        return Decimal(string: digits)
    }

    /// The number whose integer digits are `integer` (joined) and decimals `fraction` (nil or
    /// empty: none). Nil when there are no integer digits.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ integer: [Range<Int>], fraction: Range<Int>?,
                     notation: NumberNotation) -> WrittenNumber? {
        guard integer.contains(where: { !$0.isEmpty }), let whole = decimal(bytes, integer) else { return nil }
        var value = whole
        let fractionDigits = fraction?.count ?? 0
        if let fraction, !fraction.isEmpty {
            guard let digits = decimal(bytes, fraction) else { return nil }
            value += digits * Decimal.powerOfTen(-fractionDigits)
        }
        return WrittenNumber(value: value, fractionDigits: fractionDigits, notation: notation)
    }
}
