import Foundation

/// `Decimal.description`, without Foundation's digit-by-digit division for the usual values.
///
/// Foundation writes a decimal's mantissa digits as stored (trailing zeros kept), the exponent
/// placing the point: zeros appended for a positive exponent, the point that many digits from
/// the end for a negative one (`0.` and leading zeros when the digits run out), `-` in front
/// when negative. A mantissa below 2^53 is an integer a `Double` holds exactly, so its digits
/// are `String(Int(mantissa))`; the mantissa is the significand (the same digits, exponent 0).
/// Any other value (NaN, a wider mantissa, a far exponent) asks Foundation.
enum CrossDraftDecimal {
    static func description(_ value: Decimal) -> String {
        guard !value.isNaN, value.exponent >= -40, value.exponent <= 40 else { return value.description }
        let mantissa = NSDecimalNumber(decimal: value.significand).doubleValue
        guard mantissa >= 0, mantissa < 9_007_199_254_740_992, mantissa == mantissa.rounded(.towardZero) else { return value.description }
        if mantissa == 0 { return "0" }
        let digits = String(Int(mantissa))
        let exponent = value.exponent
        var out = value.isSignMinus ? "-" : ""
        if exponent >= 0 {
            out += digits + String(repeating: "0", count: exponent)
        } else if digits.utf8.count > -exponent {
            let point = digits.index(digits.endIndex, offsetBy: exponent)
            out += digits[..<point] + "." + digits[point...]
        } else {
            out += "0." + String(repeating: "0", count: -exponent - digits.utf8.count) + digits
        }
        return out
    }
}
