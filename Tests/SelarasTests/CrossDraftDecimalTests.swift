import Foundation
import Testing
@testable import Selaras
import SelarasTestSupport

/// `CrossDraftDecimal.description` writes what `Decimal.description` writes, for decimals made
/// the ways figures are made: parsed, scaled, with trailing zeros, negative, tiny and huge.
@Suite struct CrossDraftDecimalTests {
    @Test func likeFoundation() {
        var generator = SeededGenerator(seed: 0xDEC_1AA1)
        var values: [Decimal] = [0, 1, -1, 10, 100, 0.5, 1.25, -0.001, .nan, Decimal(string: "1.50")!, Decimal(string: "0.000")!,
                                 Decimal(string: "-0")!, Decimal(string: "9007199254740991")!, Decimal(string: "9007199254740993")!,
                                 Decimal(string: "123456789012345678901234567890")!, Decimal(string: "1e100")!, Decimal(string: "1e-100")!,
                                 Decimal.greatestFiniteMagnitude, Decimal.leastNonzeroMagnitude]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...22, using: &generator)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            if Bool.random(using: &generator) {
                let point = Int.random(in: 0...text.count, using: &generator)
                text.insert(".", at: text.index(text.startIndex, offsetBy: point))
            }
            if Int.random(in: 0..<4, using: &generator) == 0 { text = "-" + text }
            if Int.random(in: 0..<3, using: &generator) == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
            guard let parsed = Decimal(string: text) else { continue }
            values.append(parsed)
            let scale = [Decimal(1000), Decimal(1_000_000), Decimal(string: "0.01")!, Decimal(1_000_000_000_000)]
                .randomElement(using: &generator)!
            values.append(parsed * scale)
            values.append(Decimal(sign: .plus, exponent: Int.random(in: -20...20, using: &generator), significand: parsed))
        }
        for value in values {
            #expect(CrossDraftDecimal.description(value) == value.description, "\(value)")
        }
    }
}
