import Testing
import SelarasCore
import SelarasTestSupport
@testable import SelarasText

/// The per-word prefilters in front of the citation and agency extractors may only turn away
/// words the full tests would turn away too: checked on every token of random and tricky text.
@Suite struct ExtractorPrefilterTests {
    static let pieces = [
        "Peraturan", "peraturan", "PERATURAN", "Permendagri", "permen", "Kepmenpan-RB", "kepmenkes", "PP", "pp", "UU", "uu",
        "Perpres", "Perda", "Tap", "MPR", "Putusan", "MK", "Keputusan", "Menteri", "Nomor", "No.", "Tahun", "2024",
        "Kementerian", "kementrian", "Kementrian", "Komunikasi", "dan", "Informatika", "Dinas", "Kesehatan", "Provinsi",
        "Kalimantan", "Selatan", "Badan", "Penanggulangan", "Bencana", "Daerah", "PLN", "PT", "(Persero)", "Pemprov",
        "Kalsel", "BPBD", "Dinkes", "Diskominfo", "Kemendagri", "serta", "Gubernur", "Kepala", "pemerintah", "Polda",
        "Pérāturan", "Ke\u{0301}menterian", "Dinas\u{00A0}Kesehatan", "\u{201C}Badan\u{201D}", "😀", "Ünïcode", "K\u{212A}",
        "kota", ",", ".", "-", "\r\n", "\n\n", "pérmen", "kepmen\u{0301}", "p", "k", "pemerintahan",
    ]

    static func randomTexts() -> [String] {
        var generator = SeededGenerator(seed: 0x5E1A_4A5)
        return (0..<300).map { _ in
            (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "  ")
        }
    }

    @Test func citationShapeTableTurnsAwayOnlyWordsMayStartTypeRejects() {
        let table = CitationExtractor.typeStartShapes
        for text in Self.randomTexts() + Self.pieces {
            let a = TextAnalysis(SourceText(text))
            for index in a.tokens.indices where !CitationExtractor.mayPass(a.lowerShape(index), table) {
                #expect(!CitationExtractor.mayStartType(at: index, in: a), "\(a.string(index)) in \(text)")
            }
        }
    }

    @Test func agencyStartFilterTurnsAwayOnlyWordsThatStartNoMatch() {
        let lexicon = TestSupport.lexicon
        for text in Self.randomTexts() + Self.pieces {
            let a = TextAnalysis(SourceText(text))
            for index in a.tokens.indices where !lexicon.agencyStartFilter.mayContain(a.lowerShape(index)) {
                #expect(AgencyMatcher.exact(at: index, in: a, lexicon) == nil, "\(a.string(index)) in \(text)")
                #expect(AgencyMatcher.nearMiss(at: index, in: a, lexicon) == nil, "\(a.string(index)) in \(text)")
            }
        }
    }

    /// `AgencyMatcher.extract` with its prefilters against the plain loop: every word or
    /// abbreviation tried with `exact`, then `nearMiss`.
    @Test func agencyExtractMatchesThePlainLoop() {
        let lexicon = TestSupport.lexicon
        for text in Self.randomTexts() + Self.pieces {
            let a = TextAnalysis(SourceText(text))
            var plain: [AgencyClaim] = []
            var index = 0
            while index < a.tokens.count {
                guard a.kind(index) == .word || a.kind(index) == .abbreviation else { index += 1; continue }
                if let (claim, next) = AgencyMatcher.exact(at: index, in: a, lexicon) ?? AgencyMatcher.nearMiss(at: index, in: a, lexicon) {
                    plain.append(claim)
                    index = next
                } else {
                    index += 1
                }
            }
            #expect(AgencyMatcher.extract(a, lexicon: lexicon) == plain, "\(text)")
        }
    }
}
