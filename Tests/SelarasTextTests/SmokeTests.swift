import Testing
import SelarasCore
@testable import SelarasText

@Suite struct SmokeTests {
    @Test func dump() {
        let samples = [
            "BANJARBARU, Selasa (23/1/2018) – Gubernur Kalsel H. Muhidin, S.Sos., M.Si. hadir. Dana Rp1,5 miliar dan 12,5 persen.",
            "Sesuai Peraturan Presiden (PP) Nomor 80 Tahun 2024 tentang Percepatan Penurunan Stunting di Daerah, kata dia.",
            "Permendagri No. 13 tahun 2011, UU 14/2008, Keppres Nomor 160P Tahun 2024 dan Keputusan Presiden Nomor 105 P tahun 2021.",
            "Peraturan Menteri Kehutanan Nomor : P.5/Menhut-II/2012 dan PERATURAN BUPATI PATI NOMOR 21 TAHUN 2O16 serta KMK 89 2017.",
            "Pasal 7 ayat (2) huruf a Undang-Undang Nomor 1 Tahun 2025 tentang Perubahan Ketiga atas Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara sebagaimana telah diubah.",
            "Jumat, 3 Maret 2023 dan pada 23 Pebruari serta Kamis, (25/7/2022) atau 31/2/2024.",
        ]
        for sample in samples {
            let a = TextAnalysis(SourceText(sample))
            print(a.tokens.map { "\($0.kind.rawValue.prefix(3)):\(a.text.text($0.span))" }.joined(separator: " "))
            print(a.sentences.map { a.text.text($0.span) })
            for c in CitationExtractor.extract(a) {
                print("CIT", c.identity, c.typeWritten, c.numberWritten, c.title ?? "-", c.issuerWritten ?? "-", c.typeConflict, c.isCanonical, c.locator ?? "-", a.text.text(c.span))
            }
            for d in DateExtractor.extract(a) {
                print("DATE", d.weekday ?? 0, d.day, d.month, d.year ?? 0, d.isPossible, a.text.text(d.span))
            }
        }
        print(Dateline.find(in: SourceText(samples[0]), fallbackYear: 2018) as Any)
        #expect(Bool(true))
    }
}
