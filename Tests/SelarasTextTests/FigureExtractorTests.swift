import Foundation
import Testing
import SelarasCore
@testable import SelarasText

@Suite struct FigureExtractorTests {
    /// (text, expected value, unit, currency or nil)
    static let positives: [(String, String, FigureUnit, String?)] = [
        ("Sebanyak 1.234 kasus gizi buruk tercatat.", "1234", .count, nil),
        ("Anggaran Rp1,5 miliar disiapkan.", "1500000000", .currency, "IDR"),
        ("Bantuan Rp 5.000 per orang.", "5000", .currency, "IDR"),
        ("Prevalensi stunting 21,5 persen.", "21.5", .percent, nil),
        ("Inflasi 2,3% tahun ini.", "2.3", .percent, nil),
        ("Angka itu turun 2 poin persen.", "2", .percentagePoint, nil),
        ("Partisipasi naik 1,5 persen poin.", "1.5", .percentagePoint, nil),
        ("Hadir sekitar 300 orang.", "300", .count, nil),
        ("Diikuti lebih dari 1.000 peserta.", "1000", .count, nil),
        ("Tersisa kurang dari 50 orang.", "50", .count, nil),
        ("Mengungsi hampir 2.000 warga.", "2000", .count, nil),
        ("Terlibat tidak kurang dari 500 relawan.", "500", .count, nil),
        ("Capaian mencapai 12,5 persen.", "12.5", .percent, nil),
        ("Penduduknya 1,2 juta jiwa.", "1200000", .count, nil),
        ("Harganya US$3,50 per barel.", "3.5", .currency, "USD"),
        ("Nilainya 550 miliar rupiah.", "550000000000", .currency, "IDR"),
        ("Sebanyak dua ratus lima puluh peserta hadir.", "250", .count, nil),
        ("Ada sebelas kecamatan terdampak.", "11", .count, nil),
        ("Target seratus persen tercapai.", "100", .percent, nil),
        ("Dibangun seribu rumah layak huni.", "1000", .count, nil),
        ("Disiapkan tiga ratus ribu dosis vaksin.", "300000", .count, nil),
        ("Ditanam satu juta bibit pohon.", "1000000", .count, nil),
        ("Investasi Rp2,5 triliun masuk.", "2500000000000", .currency, "IDR"),
        ("Tercatat 1.234.567 pemilih.", "1234567", .count, nil),
        ("Produksi 12,5 ton beras.", "12.5", .count, nil),
        ("Dibagikan 5 ribu paket.", "5000", .count, nil),
        ("Denda Rp500.000,00 dikenakan.", "500000", .currency, "IDR"),
        ("Sedikitnya 20 rumah rusak.", "20", .count, nil),
        ("Kuota maksimal 30 peserta.", "30", .count, nil),
        ("Proyek Rp1,5 M rampung.", "1500000000", .currency, "IDR"),
        ("Lahan 4 hektare ditanami.", "4", .count, nil),
        ("Kurang lebih 75 persen warga setuju.", "75", .percent, nil),
        ("Tingkat kepuasan di atas 80 persen.", "80", .percent, nil),
        ("Dibagikan “1.500 paket” sembako.", "1500", .count, nil),
        ("😀 Sebanyak 42 desa terdampak.", "42", .count, nil),
        ("Terdata sebanyak\u{00A0}1.250 orang.", "1250", .count, nil),
        ("Biaya Rp10.000 per orang.", "10000", .currency, "IDR"),
        ("Panen 3,5 juta ton gabah.", "3500000", .count, nil),
        ("Produksi naik dua kali lipat.", "2", .count, nil),
        ("Inflasi hanya 0,5 persen.", "0.5", .percent, nil),
        ("Tercatat 12 % saja.", "12", .percent, nil),
        ("Ada sembilan belas sekolah baru.", "19", .count, nil),
        ("Dana desa Rp 1,2 miliar per desa.", "1200000000", .currency, "IDR"),
    ]

    @Test(arguments: positives)
    func findsFigure(_ text: String, _ value: String, _ unit: FigureUnit, _ currency: String?) throws {
        let figures = TestSupport.claims(text).figures
        #expect(figures.count == 1, "\(figures.map { SourceText(text).text($0.span) })")
        let figure = try #require(figures.first)
        #expect(figure.value == TestSupport.decimal(value))
        #expect(figure.unit == unit)
        #expect(figure.currency == currency)
        #expect(SourceText(text).text(figure.numberSpan).isEmpty == false)
    }

    static let negatives: [String] = [
        "Kegiatan itu digelar pada tahun 2024 lalu.",
        "Pada 2023 kegiatan itu digelar.",
        "Rapat digelar Selasa (23/1/2018) di aula.",
        "Acara dimulai pukul 09.00 WITA.",
        "Hubungi 0811-5000-123 untuk informasi.",
        "Pasal 7 ayat (2) mengatur hal itu.",
        "Ia meraih juara ke-3 lomba itu.",
        "UU Nomor 14 Tahun 2008 berlaku.",
        "Dandim 1006/Banjar hadir.",
        "Lihat halaman 5 laporan itu.",
        "NIP 198012312005011001 tercantum.",
        "Warga RT 03 RW 05 berkumpul.",
        "Salah satu warga hadir.",
        "Mereka maju satu per satu.",
        "Digelar 23 Januari 2018 di Banjarbaru.",
        "Kantor di Jl. A. Yani Km 17 Banjarbaru.",
        "1. Pertama\n2. Kedua",
        "Kasus COVID-19 menurun.",
        "Tren tahun 1990-an kembali.",
        "Rapat pukul dua siang.",
        "Siswa kelas 3 SD ikut.",
        "(1) Setiap orang berhak.",
        "Pemilu 2024 berjalan lancar.",
        "Kepala Dinas 2019-2024 diganti.",
        "Keppres Nomor 160/P Tahun 2024 terbit.",
        "Kode pos 70714 wilayah itu.",
        "Telepon (0511) 4772 dibuka.",
        "Kapal bernomor +62 811 berlabuh.",
        "Salah satunya Lima Puluh Kota.",
    ]

    @Test(arguments: negatives)
    func noFigure(_ text: String) {
        let figures = TestSupport.claims(text).figures
        #expect(figures.isEmpty, "\(figures.map { SourceText(text).text($0.span) })")
    }

    @Test func precisionFollowsWrittenDigits() throws {
        let figure = try #require(TestSupport.claims("Penduduk 1,2 juta jiwa.").figures.first)
        #expect(figure.precision == DecimalInterval(low: TestSupport.decimal("1150000"), high: TestSupport.decimal("1250000")))
        let exact = try #require(TestSupport.claims("Ada 1.234 kasus.").figures.first)
        #expect(exact.precision.isExact)
        #expect(!exact.hasTrailingZeros)
        let round = try #require(TestSupport.claims("Ada 1.200 kasus.").figures.first)
        #expect(round.precision.isExact && round.hasTrailingZeros)
    }

    @Test func hedgesBecomeIntervals() throws {
        let about = try #require(TestSupport.claims("sekitar 300 orang").figures.first)
        #expect(about.hedge?.kind == .approximately)
        #expect(about.interval == DecimalInterval(low: 270, high: 330))
        let more = try #require(TestSupport.claims("lebih dari 1.000 peserta").figures.first)
        #expect(more.interval.low == 1000 && more.interval.high == nil)
        let almost = try #require(TestSupport.claims("hampir 2.000 warga").figures.first)
        #expect(almost.interval == DecimalInterval(low: 1800, high: 2000))
        let atLeast = try #require(TestSupport.claims("tidak kurang dari 500 relawan").figures.first)
        #expect(atLeast.hedge?.kind == .atLeast && atLeast.hedge?.text == "tidak kurang dari")
    }

    @Test func nounAndContextWords() throws {
        let after = try #require(TestSupport.claims("Tercatat 1.234 kasus gizi buruk di Kalsel.").figures.first)
        #expect(after.noun == "kasus")
        #expect(after.subjectWords == ["gizi", "buruk"])
        let before = try #require(TestSupport.claims("Kasus gizi buruk sebanyak 1.234 pada 2024.").figures.first)
        #expect(before.wordsBefore == ["kasus", "gizi", "buruk"])
        #expect(before.periodYear == 2024)
        #expect(before.mentions("gizi"))
        let prevalence = try #require(TestSupport.claims("Angka prevalensi stunting 21,5 persen.").figures.first)
        #expect(prevalence.wordsBefore == ["angka", "prevalensi", "stunting"])
    }

    @Test func separatorStylesAreFlagged() throws {
        let comma = try #require(TestSupport.claims("Ada 1,250 orang.").figures.first)
        #expect(comma.notation == .ambiguousComma)
        #expect(comma.value == TestSupport.decimal("1.25"))
        let point = try #require(TestSupport.claims("Naik 12.5 persen.").figures.first)
        #expect(point.notation == .decimalPoint)
        #expect(point.value == TestSupport.decimal("12.5"))
        let millions = try #require(TestSupport.claims("Sebanyak 1,5 juta dosis.").figures.first)
        #expect(millions.notation == .decimal && millions.value == 1_500_000)
    }

    @Test func spanCoversHedgeCurrencyAndScale() throws {
        let text = "Dana sekitar Rp1,5 miliar cair."
        let figure = try #require(TestSupport.claims(text).figures.first)
        #expect(SourceText(text).text(figure.span) == "sekitar Rp1,5 miliar")
        #expect(SourceText(text).text(figure.numberSpan) == "1,5")
        #expect(SourceText(text).text(figure.sentence) == text)
    }

    @Test func timesAreOneOrTwoDigitsPeriodTwoDigits() {
        for time in ["09.00", "9.30", "24.00", "0.59"] { #expect(FigureExtractor.isTimeLike(time), "\(time)") }
        for other in ["25.00", "12.60", "1.234", "12.5", "123.45", "1.2.30", "12", "1230", ".30", "1.", "١.30"] {
            #expect(!FigureExtractor.isTimeLike(other), "\(other)")
        }
    }
}
