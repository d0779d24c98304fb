import Testing
import SelarasCore
@testable import SelarasRegistry

@Suite struct FigureAndTermTests {
    private let registry: FactRegistry

    init() throws {
        registry = try RegistryFixture([
            "figures.csv": """
                id,subject,triggers,value,unit,period,as_of,tolerance,source,verified_as_of
                gizi,Kasus gizi buruk,kasus gizi buruk | balita gizi buruk,312,kasus,2024,2025-01-20,0,fiktif,2025-10
                stunting,Prevalensi stunting,prevalensi stunting | Prevalensi Tengkes,"22,4",persen,2024,2025-05,"0,1",fiktif,2025-10
                penduduk,Penduduk,jumlah penduduk,4200000,jiwa,2024,2025-02,1%,fiktif,2025-10

                """,
            "terms.csv": """
                id,term,variants,status,preferred,valid_from,valid_to,note,source,verified_as_of
                p1,PUEBI,,preferred,,2015,2022-08-15,,brief §3,2025-10
                p2,PUEBI,,deprecated,EYD Edisi V,2022-08-16,,,brief §3,2025-10
                opd,OPD,,admitted,perangkat daerah,,,gaya rumah,brief §5.2,2025-10
                jumat,Jum'at,Jum’at,deprecated,Jumat,,,,brief §4,2025-10

                """,
        ]).load().0
    }

    @Test func triggerWordsRejectOnlyWordsNoPhraseHolds() {
        for word in ["kasus", "gizi", "buruk", "prevalensi", "tengkes"] { #expect(registry.mayBeFigureTriggerWord(word)) }
        for word in ["sebesar", "kasusnya", "giz", "2024"] { #expect(!registry.mayBeFigureTriggerWord(word)) }
        // Words normalisation could change are never rejected: the caller looks the phrase up.
        for word in ["Sebesar", "tengkes,", "", "a b", "gizi\u{00A0}", "jum’at"] { #expect(registry.mayBeFigureTriggerWord(word)) }
    }

    @Test func figuresByTriggerAndID() throws {
        #expect(registry.figures(triggeredBy: "Kasus  Gizi Buruk").map(\.id) == ["gizi"])
        #expect(registry.figures(triggeredBy: "prevalensi tengkes").map(\.id) == ["stunting"])
        #expect(registry.figures(triggeredBy: "gizi buruk").isEmpty)
        let stunting = try #require(registry.figure(id: "stunting"))
        #expect(stunting.value == 22.4)
        #expect(stunting.accepts(22.5) && !stunting.accepts(22.6))
        let people = try #require(registry.figure(id: "penduduk"))
        #expect(people.accepts(4_242_000) && !people.accepts(4_243_000))
        #expect(people.period?.description == "2024")
        #expect(registry.lexicon.figureTriggers.map(\.form).contains("balita gizi buruk"))
    }

    @Test func termStatusAsOfADate() throws {
        let before = try #require(registry.term("PUEBI", at: LocalDate(iso: "2022-08-15")!))
        #expect(before.status == .preferred && before.recommendedForm == "PUEBI")
        let after = try #require(registry.term("puebi", at: LocalDate(iso: "2022-08-16")!))
        #expect(after.status == .deprecated && after.recommendedForm == "EYD Edisi V")
        #expect(registry.term("PUEBI", at: LocalDate(iso: "2014-12-31")!) == nil)
        #expect(registry.term("OPD", at: LocalDate(iso: "2025-01-01")!)?.status == .admitted)
        let curly = try #require(registry.term("Jum’at", at: LocalDate(iso: "2025-01-01")!))
        #expect(curly.recommendedForm == "Jumat")
        #expect(registry.term("Jumat", at: LocalDate(iso: "2025-01-01")!) == nil)
    }
}

@Suite struct FigureDisplayTests {
    @Test func valuesAreWrittenTheIndonesianWay() {
        #expect(FigureRecord.indonesian(1234) == "1.234")
        #expect(FigureRecord.indonesian(22.4) == "22,4")
        #expect(FigureRecord.indonesian(1_250_000) == "1.250.000")
        #expect(FigureRecord.indonesian(999) == "999")
        #expect(FigureRecord.indonesian(-1500.5) == "-1.500,5")
    }
}
