import Foundation
import Testing
import SelarasCore
import SelarasRegistry
import SelarasText
@testable import SelarasRules

@Suite struct FigureRuleTests {
    let message = "Angka {match} berbeda dengan registri. Registri: {expected} ({period}), sumber: {source}."

    func run(_ text: String, date: String = "2025-06-10", agency: String? = nil, rule: FigureRule? = nil) throws -> [Finding] {
        let checked = rule ?? FigureRule(metadata: SampleClaims.metadata("figure", message))
        return try checked.check(SampleClaims.context(text, date: date, agency: agency))
    }

    func flagged(_ text: String, date: String = "2025-06-10", agency: String? = nil) throws -> [String] {
        try run(text, date: date, agency: agency).map { SourceText(text).text($0.span) }
    }

    @Test func countOutsideToleranceIsAnErrorWithRegistryValuePeriodAndSource() throws {
        let text = "Sepanjang 2024 tercatat 1.243 kasus gizi buruk pada balita."
        let findings = try run(text)
        #expect(findings.map { SourceText(text).text($0.span) } == ["1.243"])
        #expect(findings.first?.message
                == "Angka 1.243 berbeda dengan registri. Registri: 1.234 kasus gizi buruk (2024), sumber: ILUSTRATIF: angka contoh, bukan statistik resmi.")
        let evidence = try #require(findings.first?.evidence)
        #expect(evidence.record.hasPrefix("figures.csv:") && evidence.record.hasSuffix("(gizi-buruk-kalsel-2024)"))
        #expect(evidence.verifiedAsOf == "2025-10-15")
        #expect(evidence.asOf == "2025-06-10")
    }

    @Test func percentMoneyAndScaledCounts() throws {
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 sebesar 21,4 persen.") == ["21,4 persen"])
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 sebesar 22,4 persen.").isEmpty)
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 sebesar 22,5 persen.").isEmpty, "22,5 ± 0,05 meets 22,4 ± 0,1")
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 sebesar 22,6 persen.") == ["22,6 persen"])
        let money = try run("APBD Kalsel 2025 ditetapkan sebesar Rp11,5 triliun.")
        #expect(money.first?.message.contains("Registri: Rp10,5 triliun (2025)") == true)
        #expect(try flagged("APBD Kalsel 2025 ditetapkan sebesar Rp10,5 triliun.").isEmpty)
        #expect(try flagged("Jumlah penduduk Kalsel mencapai 4,2 juta jiwa.").isEmpty)
        #expect(try flagged("Jumlah penduduk Kalsel mencapai 4,5 juta jiwa.") == ["4,5 juta"])
        #expect(try flagged("Penerima MBG di Kalsel mencapai 185 ribu orang pada September 2025.").isEmpty)
    }

    @Test func writtenPrecisionAndHedgesWiden() throws {
        #expect(try flagged("Tercatat sekitar 1.200 kasus gizi buruk pada 2024.").isEmpty)
        #expect(try flagged("Tercatat 1.200 kasus gizi buruk pada 2024.").isEmpty, "a round number is rounded")
        #expect(try flagged("Tercatat 1.300 kasus gizi buruk pada 2024.") == ["1.300"], "rounded to hundreds: 1.250–1.350")
        #expect(try flagged("Tercatat lebih dari 1.000 kasus gizi buruk pada 2024.").isEmpty)
        #expect(try flagged("Tercatat hampir 1.300 kasus gizi buruk pada 2024.").isEmpty)
        #expect(try flagged("Tercatat lebih dari 1.500 kasus gizi buruk pada 2024.") == ["lebih dari 1.500"])
        #expect(try flagged("Tercatat kurang dari 1.000 kasus gizi buruk pada 2024.") == ["kurang dari 1.000"])
    }

    @Test func otherMeasuresRegionsPeriodsAndTargetsAreNotCompared() throws {
        let good = [
            "Prevalensi stunting Kalsel turun 2 poin persen pada 2024.",
            "Prevalensi stunting Kalsel turun 2 persen pada 2024.",
            "Prevalensi stunting Kalsel pada 2024 tercatat 5.000 balita.",
            "Di Kabupaten Banjar tercatat 40 kasus gizi buruk pada 2024.",
            "Prevalensi stunting nasional pada 2024 sebesar 19,8 persen.",
            "Prevalensi stunting Kalsel pada 2023 sebesar 24,7 persen.",
            "Pemprov menargetkan prevalensi stunting turun menjadi 14 persen.",
            "Jumlah penduduk miskin Kalsel tercatat 195.000 jiwa.",
            "Angka kemiskinan Kalsel pada Maret 2024 sebesar 4,4 persen.",
            "Jumlah penduduk yang menerima bantuan 300 ribu jiwa.",
            "APBD Kalsel 2025 sebesar Rp10,5 triliun dialokasikan untuk 41 perangkat daerah.",
        ]
        for text in good { #expect(try flagged(text).isEmpty, "\(text)") }
        // A draft without a year is read as current only for the period and the year after.
        #expect(try flagged("Tercatat 500 kasus gizi buruk.", date: "2025-06-10") == ["500"])
        #expect(try flagged("Tercatat 500 kasus gizi buruk.", date: "2027-06-10").isEmpty)
        // The agency's region decides when the sentence names none.
        #expect(try flagged("Prevalensi stunting pada 2024 sebesar 15,8 persen.", agency: "pemkot-banjarbaru").isEmpty)
        #expect(try flagged("Prevalensi stunting pada 2024 sebesar 15,8 persen.", agency: "dinkes-kalsel") == ["15,8 persen"])
    }

    @Test func changeVerbNeedsMenjadi() throws {
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 turun menjadi 20,1 persen.") == ["20,1 persen"])
        #expect(try flagged("Prevalensi stunting Kalsel pada 2024 turun 3,1 persen.").isEmpty)
    }

    @Test func multibyteTextKeepsByteSpans() throws {
        let text = "😀\u{00A0}“Sepanjang 2024 tercatat 1.243 kasus gizi buruk,” katanya."
        #expect(try flagged(text) == ["1.243"])
    }

    @Test func paramsRestrictAndExtend() throws {
        let kind = try #require(RuleKinds.named("figure"))
        #expect(kind.needsClaims)
        let metadata = SampleClaims.metadata("figure", "{match}")
        let only = try kind.make(metadata, FakeRuleParameters(#"{ figures: ["stunting-kalsel-2024"] }"#))
        let text = "Sepanjang 2024 tercatat 1.243 kasus gizi buruk."
        #expect(try only.check(SampleClaims.context(text, date: "2025-06-10")).isEmpty)
        let excluding = try kind.make(metadata, FakeRuleParameters(#"{ exclusionWords: ["sepanjang"] }"#))
        #expect(try excluding.check(SampleClaims.context(text, date: "2025-06-10")).isEmpty)
        let linked = "Kasus gizi buruk Kalsel pada 2024 dilaporkan 500 kasus gizi buruk."
        #expect(try run(linked).isEmpty == false, "the noun phrase after the figure ties it")
        let linking = try kind.make(metadata, FakeRuleParameters(#"{ linkWords: ["dilaporkan"] }"#))
        #expect(try linking.check(SampleClaims.context("Kasus gizi buruk Kalsel pada 2024 dilaporkan 500.", date: "2025-06-10")).count == 1)
        #expect(try run("Kasus gizi buruk Kalsel pada 2024 dilaporkan 500.").isEmpty, "dilaporkan is not a built-in link word")
        #expect(throws: SelarasError.self) { _ = try kind.make(metadata, FakeRuleParameters(#"{ maxGapWords: 40 }"#)) }
        #expect(throws: SelarasError.self) { _ = try kind.make(metadata, FakeRuleParameters(#"{ figures: [] }"#)) }
    }

    @Test func valuesAreWrittenTheIndonesianWay() {
        #expect(FigureValueFormat.digits(1450.5) == "1.450,5")
        #expect(FigureValueFormat.digits(12850) == "12.850")
        #expect(FigureValueFormat.scaled(10_500_000_000_000) == "10,5 triliun")
        #expect(FigureValueFormat.scaled(4_213_457) == "4.213.457")
    }
}
