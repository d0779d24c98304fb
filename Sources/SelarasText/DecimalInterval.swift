import Foundation

/// A closed interval of exact decimals; a missing bound means "unbounded" on that side.
///
/// Open and closed ends are not told apart (`lebih dari 100` gives `[100, ∞)`): figures in
/// releases are compared for conflicts, where that difference does not change a verdict.
public struct DecimalInterval: Sendable, Hashable, CustomStringConvertible {
    public var low: Decimal?
    public var high: Decimal?

    public init(low: Decimal?, high: Decimal?) {
        self.low = low
        self.high = high
    }

    /// The interval holding exactly `value`.
    public static func exactly(_ value: Decimal) -> DecimalInterval { DecimalInterval(low: value, high: value) }

    public var isExact: Bool { low != nil && low == high }

    public func contains(_ value: Decimal) -> Bool {
        if let low, value < low { return false }
        if let high, value > high { return false }
        return true
    }

    /// Whether the two intervals share at least one value.
    public func overlaps(_ other: DecimalInterval) -> Bool {
        if let high, let otherLow = other.low, high < otherLow { return false }
        if let low, let otherHigh = other.high, otherHigh < low { return false }
        return true
    }

    public var description: String {
        "[\(low.map { "\($0)" } ?? "-∞"), \(high.map { "\($0)" } ?? "∞")]"
    }
}

extension Decimal {
    /// 10 to the power `exponent` (negative exponents give 0.1, 0.01 …), exactly.
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
