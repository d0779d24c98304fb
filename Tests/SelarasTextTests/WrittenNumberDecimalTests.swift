import Foundation
import SelarasTestSupport
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

/// The parser before it read bytes (split strings), kept as the reference the byte parser must
/// match exactly: value bytes, decimals and notation.
enum SplittingWrittenNumber {
    static func parse(_ text: String) -> WrittenNumber? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) else { return nil }
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

    static func isGrouping(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    static func make(_ integer: String, fraction: String, notation: NumberNotation) -> WrittenNumber? {
        guard !integer.isEmpty, let whole = WrittenNumber.decimal(integer) else { return nil }
        var value = whole
        if !fraction.isEmpty {
            guard let digits = WrittenNumber.decimal(fraction) else { return nil }
            value += digits * Decimal.powerOfTen(-fraction.count)
        }
        return WrittenNumber(value: value, fractionDigits: fraction.count, notation: notation)
    }
}

@Suite struct WrittenNumberByteParserTests {
    private func same(_ text: String) -> Bool {
        let new = WrittenNumber.parse(text)
        let old = SplittingWrittenNumber.parse(text)
        guard let new, let old else { return new == nil && old == nil }
        let bytes = { (value: Decimal) in withUnsafeBytes(of: value) { Array($0) } }
        return bytes(new.value) == bytes(old.value) && new.fractionDigits == old.fractionDigits && new.notation == old.notation
    }

    @Test func tokensOfEveryShapeParseAsTheSplittingParserDid() {
        let cases = ["", "0", "00", "007", "1.234", "12,5", "22,40", "0,05", "1.234.567,89", "1,250", "0,250", "1,234,567",
                     "1,2,3", "12.5", "12.50", "1.2.3", "1.", ".5", ",5", "5,", "1..2", "1,,2", ",", ".", "1.234,", "1.234.56",
                     "18446744073709551615", "18446744073709551616", "99999999999999999999999,5", "1.000.000.000.000.000.000.000",
                     "12a", "1 2", "١٢", "1٫5", "+1", "-1", "1e5"]
        for text in cases { #expect(same(text), "\(text)") }
    }

    @Test func randomDigitRunsParseAsTheSplittingParserDid() {
        var generator = SeededGenerator(seed: 0x5E1A_5A5)
        let alphabet: [Character] = ["0", "1", "2", "5", "9", ".", ","]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...14, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(same(text), "\(text)")
        }
    }
}
