import Testing
@testable import SelarasRules

@Suite struct RuleExampleTests {
    @Test func markersBecomeByteSpans() {
        let example = RuleExample(raw: "Kata “«Kementrian»” dan «praktek».")
        #expect(example.text == "Kata “Kementrian” dan praktek.")
        #expect(example.expectedSpans.count == 2)
        let bytes = Array(example.text.utf8)
        #expect(String(decoding: bytes[example.expectedSpans[0]], as: UTF8.self) == "Kementrian")
        #expect(String(decoding: bytes[example.expectedSpans[1]], as: UTF8.self) == "praktek")
        #expect(example.markersAreBalanced)
        #expect(!RuleExample(raw: "a «b «c»» d").markersAreBalanced)
    }

    @Test func messageTemplateFillsPlaceholders() {
        let metadata = RuleMetadata(id: "p.r", packID: "p", kind: "substitution", level: .error,
                                    message: "Tulis '{expected}', bukan '{match}' {unknown}", description: "")
        #expect(metadata.renderMessage(["match": "praktek", "expected": "praktik"]) == "Tulis 'praktik', bukan 'praktek' {unknown}")
    }
}
