import Foundation
import Testing
@testable import SelarasText

@Suite struct WrittenNumberDecimalTests {
    private func bytes(_ value: Decimal?) -> [UInt8]? {
        value.map { decimal in withUnsafeBytes(of: decimal) { Array($0) } }
    }

    /// The integer fast path must build the same Decimal, to the byte, as `Decimal(string:)`:
    /// values are printed (`\(value)`) in reports, so even an equal value stored differently
    /// could change output.
    @Test func digitsGiveTheBytesDecimalStringGives() {
        var samples = (0..<5000).map(String.init) + ["0", "00", "007", "0000", "1000000", "4200000", "1234567890123"]
        samples += [String(UInt64.max), "18446744073709551616", "99999999999999999999999"]  // past UInt64: the string path
        for digits in samples {
            #expect(bytes(WrittenNumber.decimal(digits)) == bytes(Decimal(string: digits)), "\(digits)")
        }
    }

    @Test func parsedValuesAreUnchanged() throws {
        for (text, expected) in [("1.234", "1234"), ("12,5", "12.5"), ("22,40", "22.4"), ("0,05", "0.05"), ("1.234.567,89", "1234567.89")] {
            let number = try #require(WrittenNumber.parse(text))
            #expect("\(number.value)" == expected)
        }
    }
}
