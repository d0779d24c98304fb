import Testing
import SelarasCore
@testable import Selaras
import SelarasTestSupport

/// `SpanLocator` carries column counts on along a line; it must give what
/// `SourceText.location(ofByte:)` gives for every offset, in any order.
@Suite struct CrossDraftSpanLocatorTests {
    @Test func locationsLikeSourceText() {
        var generator = SeededGenerator(seed: 0x10CA_7E)
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
