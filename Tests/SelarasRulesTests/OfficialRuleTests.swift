import Foundation
import Testing
import SelarasCore
import SelarasRegistry
import SelarasText
@testable import SelarasRules

/// Claims and registry from the sample registry, for the registry-backed rule kinds.
enum SampleClaims {
    static let registry: FactRegistry? = ClaimHarness.registry

    /// The registry's people, agencies and places as the extractors' lexicon (as the engine wires it).
    static let lexicon: CompiledNameLexicon = registry.map(RegistryNameLexicon.compile) ?? .empty

    static func context(_ text: String, date: String, agency: String? = nil, registry: FactRegistry? = SampleClaims.registry) -> RuleContext {
        var document = Document(plainText: text)
        document.metadata.agency = agency
        let day = LocalDate(iso: date)!
        return RuleContext(document: document, referenceDate: day, registry: registry,
                           claims: ClaimSet.extract(from: document.text, lexicon: lexicon, fallbackYear: day.year))
    }

    static func metadata(_ kind: String, _ message: String, level: Severity = .error) -> RuleMetadata {
        RuleMetadata(id: "uji.\(kind)", packID: "uji", kind: kind, level: level, message: message, description: "")
    }
}

@Suite struct OfficialRuleTests {
    func rule(_ check: OfficialRule.Check, _ message: String = "{match}|{expected}") -> OfficialRule {
        OfficialRule(metadata: SampleClaims.metadata("official", message), check: check)
    }

    func run(_ check: OfficialRule.Check, _ text: String, date: String, message: String = "{match}|{expected}") throws -> [Finding] {
        try rule(check, message).check(SampleClaims.context(text, date: date))
    }

    func flagged(_ findings: [Finding], in text: String) -> [String] {
        findings.map { SourceText(text).text($0.span) }
    }

    @Test func holderNamesWhoHeldThePositionOnTheDate() throws {
        let text = "Gubernur Kalimantan Selatan H. Muhidin meresmikan jembatan."
        let findings = try run(.holder, text, date: "2018-01-23", message: "pada {date} {position} adalah {holder}")
        #expect(findings.count == 1)
        #expect(findings.first?.message == "pada 23 Januari 2018 Gubernur Kalimantan Selatan adalah Sahbirin Noor")
        #expect(flagged(findings, in: text) == ["Gubernur Kalimantan Selatan H. Muhidin"])
        let evidence = try #require(findings.first?.evidence)
        #expect(evidence.record.hasPrefix("officials.csv:") && evidence.record.hasSuffix("(gub-kalsel-sahbirin)"))
        #expect(evidence.source == "Domain brief §5.4")
        #expect(evidence.verifiedAsOf == "2025-10-15")
        #expect(evidence.asOf == "2018-01-23")
        #expect(findings.first?.severity == .error)
    }

    @Test func holderNeedsAKnownExactNameAndAnotherHolder() throws {
        let good = [
            "Gubernur Kalimantan Selatan H. Muhidin meresmikan jembatan.",  // he holds it
            "Gubernur Kalimantan Selatan Budi Santoso meresmikan jembatan.",  // unknown person
            "Wakil Gubernur Kalimantan Selatan Roy Rizali Anwr hadir.",  // near miss: maybe someone else
            "Mantan Gubernur Kalimantan Selatan Sahbirin Noor hadir.",
            "Pada 2019, Wakil Gubernur Kalimantan Selatan Roy Rizali Anwar hadir.",
        ]
        for text in good { #expect(try run(.holder, text, date: "2025-06-10").isEmpty, "\(text)") }
        let bad = "Pada Selasa (10/6/2025), Wakil Gubernur Kalimantan Selatan Roy Rizali Anwar hadir."
        #expect(flagged(try run(.holder, bad, date: "2025-06-10"), in: bad) == ["Wakil Gubernur Kalimantan Selatan Roy Rizali Anwar"])
    }

    @Test func misspeltNameGetsTheRegisteredSpelling() throws {
        let text = "😀\u{00A0}“Gubernur Kalimantan Selatan H. Muhiddin membuka rapat.”"
        let findings = try run(.spelling, text, date: "2025-06-10", message: "tertulis '{match}', seharusnya '{expected}'")
        #expect(flagged(findings, in: text) == ["Muhiddin"])
        #expect(findings.first?.suggestions == ["Muhidin"])
        #expect(findings.first?.message == "tertulis 'Muhiddin', seharusnya 'Muhidin'")
        #expect(findings.first?.evidence?.asOf == "2025-06-10")
        // A registered variant, an exact name, and a near name for a position the person never held.
        for good in ["Kepala Dinas Kesehatan Provinsi Kalimantan Selatan dr. Fitri Contohwati, M.Kes., hadir.",
                     "Gubernur Kalimantan Selatan H. Muhidin membuka rapat.", "Bupati Banjar H. Muhiddin membuka rapat."] {
            #expect(try run(.spelling, good, date: "2025-06-10").isEmpty, "\(good)")
        }
    }

    @Test func actingMarkerMissingOrSuperfluous() throws {
        let missing = "Gubernur Kalsel Roy Rizali Anwar meninjau banjir."
        let first = try run(.acting, missing, date: "2024-11-20", message: "Pada {date}, {name} adalah {roleName} {position}: tulis '{expected}'.")
        #expect(flagged(first, in: missing) == ["Gubernur Kalsel"])
        #expect(first.first?.suggestions == ["Plh. Gubernur Kalsel"])
        #expect(first.first?.message == "Pada 20 November 2024, Roy Rizali Anwar adalah Pelaksana Harian (Plh.) Gubernur Kalimantan Selatan: tulis 'Plh. Gubernur Kalsel'.")
        #expect(first.first?.evidence?.record.hasSuffix("(plh-gub-kalsel-roy)") == true)
        let extra = "Plt. Gubernur H. Muhidin membuka rapat."
        let second = try run(.acting, extra, date: "2025-03-01")
        #expect(flagged(second, in: extra) == ["Plt. Gubernur"])
        #expect(second.first?.suggestions == ["Gubernur"])
        let wrong = "Plt. Gubernur Kalsel Roy Rizali Anwar meninjau banjir."
        #expect(try run(.acting, wrong, date: "2024-11-20").first?.suggestions == ["Plh. Gubernur Kalsel"])
    }

    @Test func actingMarkerRightIsQuiet() throws {
        #expect(try run(.acting, "Plh. Gubernur Kalsel Roy Rizali Anwar meninjau banjir.", date: "2024-11-20").isEmpty)
        #expect(try run(.acting, "Plt. Gubernur H. Muhidin membuka rapat.", date: "2024-12-01").isEmpty)
        #expect(try run(.acting, "Sekda Kalsel Roy Rizali Anwar membuka rapat.", date: "2024-11-20").isEmpty, "Sekda is definitif")
        #expect(try run(.acting, "Gubernur Kalsel Roy Rizali Anwar meninjau banjir.", date: "2025-06-10").isEmpty,
                "not his position then: a matter for the holder check")
    }

    @Test func tenureEndedNamesTheCurrentPosition() throws {
        let text = "Wakil Gubernur H. Muhidin meninjau posyandu."
        let findings = try run(.tenure, text, date: "2025-03-01", message: "{name} tidak lagi menjabat {position} sejak {until}{current}.")
        #expect(flagged(findings, in: text) == ["Wakil Gubernur"])
        #expect(findings.first?.message
                == "H. Muhidin tidak lagi menjabat Wakil Gubernur Kalimantan Selatan sejak 15 Desember 2024; pada 1 Maret 2025 menjabat Gubernur Kalimantan Selatan.")
        #expect(findings.first?.suggestions == ["Gubernur Kalimantan Selatan"])
        #expect(findings.first?.evidence?.record.hasSuffix("(wagub-kalsel-muhidin)") == true)
        #expect(try run(.tenure, text, date: "2024-06-01").isEmpty, "still Wakil Gubernur then")
        #expect(try run(.tenure, "Mantan Wakil Gubernur H. Muhidin hadir.", date: "2025-03-01").isEmpty)
        #expect(try run(.holder, text, date: "2025-03-01").isEmpty, "an ended term is a tenure warning, not a holder error")
    }

    @Test func nothingWithoutRegistryOrClaims() throws {
        let context = SampleClaims.context("Gubernur Kalimantan Selatan H. Muhidin hadir.", date: "2018-01-23", registry: nil)
        #expect(try rule(.holder).check(context).isEmpty)
        #expect(try rule(.holder).check(SampleClaims.context("Tidak ada pejabat.", date: "2018-01-23")).isEmpty)
    }

    @Test func paramsAreChecked() throws {
        let kind = try #require(RuleKinds.named("official"))
        #expect(kind.needsClaims)
        let metadata = SampleClaims.metadata("official", "{match}")
        #expect(throws: SelarasError.self) { _ = try kind.make(metadata, FakeRuleParameters(#"{ check: "pemegang" }"#)) }
        #expect(throws: (any Error).self) { _ = try kind.make(metadata, FakeRuleParameters(#"{ }"#)) }
        let custom = try kind.make(metadata, FakeRuleParameters(#"{ check: "tenure", historicalWords: ["dulu"] }"#))
        let text = "Mantan Wakil Gubernur H. Muhidin hadir."
        #expect(try custom.check(SampleClaims.context(text, date: "2025-03-01")).count == 1, "the list replaces the built-in one")
    }
}
