import Testing
@testable import SelarasRules

@Suite struct WordScannerTests {
    /// The definition `isWordScalar` implements with its shortcuts: a letter (alphabetic), a
    /// decimal digit or a combining mark.
    static func reference(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @Test func shortcutsAgreeWithTheUnicodeDefinitionOnEveryScalarOfTheFirstPlanes() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WordScanner.isWordScalar(scalar) != Self.reference(scalar) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(!WordScanner.isWordScalar("\u{2019}") && !WordScanner.isWordScalar("\u{00A0}") && WordScanner.isWordScalar("é"))
    }
}
