import Testing
import SelarasCore
@testable import SelarasText

@Suite struct SmokeTests {
    @Test func dump() {
        let lexicon = NameLexicon(
            people: [.init(id: "muhidin", name: "Muhidin"), .init(id: "siti", name: "Siti Aminah")],
            agencies: [.init(id: "komdigi", name: "Kementerian Komunikasi dan Informatika", shortForms: ["Kominfo"]),
                       .init(id: "pln", name: "PT PLN (Persero)", shortForms: ["PLN"])],
            places: ["Kalimantan Selatan"]).compile()
        let samples = [
            "BANJARBARU, Selasa (23/1/2018) – Gubernur Kalsel H. Muhidin, S.Sos., M.Si. hadir. Dana sekitar Rp1,5 miliar dan 12,5 persen.",
            "dr. Siti Aminah, M.Kes., Kepala Dinas Kesehatan Provinsi Kalimantan Selatan, mengatakan 1.234 kasus gizi buruk tercatat pada 2024.",
            "Kapolda Kalsel Irjen Pol. Rosyanto Yudha Hermawan dan Dandim 1006/Banjar Letkol Inf Budi Santoso hadir bersama Kementrian Komunikasi dan Informasi serta PLN.",
            "Angka prevalensi stunting 21,5 persen, turun 2 poin persen. Sebanyak dua ratus lima puluh peserta, hubungi 0511-4772 pukul 09.00 WITA, Pasal 7, ke-3, tahun 2023, 1,250 orang.",
            "Plt. Wali Kota Banjarbaru Aditya Mufti Ariffin menyerahkan bantuan, sedangkan para wali kota se-Kalimantan hadir.",
        ]
        for sample in samples {
            let claims = ClaimSet.extract(from: SourceText(sample), lexicon: lexicon, fallbackYear: 2018)
            let t = SourceText(sample)
            for f in claims.figures {
                print("FIG", t.text(f.span), f.value, f.unit, f.interval, f.hedge?.kind as Any, f.noun ?? "-", f.subjectWords, f.wordsBefore, f.periodYear as Any, f.notation)
            }
            for o in claims.officials {
                print("OFF", o.acting as Any, "|", o.position, "|", o.rank ?? "-", "|", o.name ?? "-", o.frontTitles, o.backTitles, o.order, o.matchedName ?? "-", o.distance as Any, "|", t.text(o.span))
            }
            for g in claims.agencies { print("AG", g.written, g.matchedName, g.kind, g.distance) }
        }
        let a = TextAnalysis(SourceText("Kapolda Kalsel Irjen Pol. Rosyanto Yudha Hermawan dan Dandim 1006/Banjar Letkol Inf Budi Santoso hadir"))
        print(a.tokens.map { "\($0.kind.rawValue.prefix(3)):\(a.text.text($0.span)):\($0.gapBefore.rawValue)" }.joined(separator: " "))
        #expect(Bool(true))
    }
}
