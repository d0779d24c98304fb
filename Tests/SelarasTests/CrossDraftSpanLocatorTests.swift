import Testing
import SelarasCore
@testable import Selaras

/// `SpanLocator` carries column counts on along a line; it must give what
/// `SourceText.location(ofByte:)` gives for every offset, in any order.
@Suite struct CrossDraftSpanLocatorTests {
    @Test func locationsLikeSourceText() {
        var generator = SplitMixLocator(state: 0x10CA_7E)
        let pieces = ["a", "Rapat ", "é", "“", "”", "👍🏽", "\n", "\r\n", "\r", " ", "\u{00A0}", "e\u{0301}", "漢", "\n\n", "1.234"]
        for _ in 0..<300 {
            let length = Int.random(in: 0...60, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let source = SourceText(text)
            var locator = SpanLocator(source)
            for _ in 0..<40 {
                // Mostly forward, sometimes back, sometimes out of range (clamped).
                let offset = Int.random(in: -2...(source.count + 2), using: &generator)
                let found = locator.location(ofByte: offset)
                let expected = source.location(ofByte: offset)
                #expect(found.line == expected.line && found.column == expected.column, "\(text.debugDescription) @\(offset)")
            }
            var ordered = SpanLocator(source)
            for offset in 0...source.count {
                let found = ordered.location(ofByte: offset)
                let expected = source.location(ofByte: offset)
                #expect(found.line == expected.line && found.column == expected.column, "\(text.debugDescription) @\(offset)")
            }
        }
    }
}

/// SplitMix64, as `SelarasTestSupport.SeededGenerator` (this test target does not link it).
private struct SplitMixLocator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
