import Testing
import SelarasCore
@testable import SelarasText

@Suite struct DateExtractorTests {
    static func dates(_ text: String) -> [DateClaim] {
        DateExtractor.extract(TextAnalysis(SourceText(text)))
    }

    /// (text, day, month, year or 0, ISO weekday or 0)
    static let positives: [(String, Int, Int, Int, Int)] = [
        ("Selasa, 23 Januari 2018 lalu.", 23, 1, 2018, 2),
        ("pada Selasa (23/1/2018) siang.", 23, 1, 2018, 2),
        ("pada Selasa (23/1) siang.", 23, 1, 0, 2),
        ("terbit 23 Jan 2018.", 23, 1, 2018, 0),
        ("pada 23 Januari mendatang.", 23, 1, 0, 0),
        ("Jumat, 3 Maret 2023.", 3, 3, 2023, 5),
        ("Jum'at, 3 Maret 2023.", 3, 3, 2023, 5),
        ("Jum’at (3/3/2023) pagi.", 3, 3, 2023, 5),
        ("Minggu, 20 Oktober 2024.", 20, 10, 2024, 7),
        ("Ahad (20/10/2024).", 20, 10, 2024, 7),
        ("pada 5 Pebruari 2019.", 5, 2, 2019, 0),
        ("pada 10 Nopember 2020.", 10, 11, 2020, 0),
        ("tanggal 17 Agustus 1945.", 17, 8, 1945, 0),
        ("Senin (21/10/2024) pagi.", 21, 10, 2024, 1),
        ("Rabu, 1 Mei 2024.", 1, 5, 2024, 3),
        ("Kamis, (25/7/2022) lalu.", 25, 7, 2022, 4),
        ("Sabtu, 9 Desember 2023.", 9, 12, 2023, 6),
        ("tanggal 23/1/2018 lalu.", 23, 1, 2018, 0),
        ("tanggal 23-1-2018 lalu.", 23, 1, 2018, 0),
        ("pada (23/01/2018).", 23, 1, 2018, 0),
        ("pada (23/1/18).", 23, 1, 2018, 0),
        ("pada 31 Desember 2024.", 31, 12, 2024, 0),
        ("pada 1 Des 2024.", 1, 12, 2024, 0),
        ("pada 2 Agt 2024.", 2, 8, 2024, 0),
        ("pada 9 Sept 2024.", 9, 9, 2024, 0),
        ("pada 9 Okt. 2024.", 9, 10, 2024, 0),
        ("pada 14 Feb 2024.", 14, 2, 2024, 0),
        ("pada 29 Februari 2024.", 29, 2, 2024, 0),
        ("pada 16 Agustus 2022.", 16, 8, 2022, 0),
        ("pada 2 januari 2025.", 2, 1, 2025, 0),
        ("Selasa 23 Januari 2018 lalu.", 23, 1, 2018, 2),
        ("Selasa, tanggal 23 Januari 2018.", 23, 1, 2018, 2),
        ("“Senin (1/1)” katanya.", 1, 1, 0, 1),
        ("😀 Jumat, 3 Maret 2023.", 3, 3, 2023, 5),
        ("pada\u{00A0}3 Maret 2023.", 3, 3, 2023, 0),
        ("pada 30 Juni 2022 DPR.", 30, 6, 2022, 0),
        ("pada 8 Des 2022.", 8, 12, 2022, 0),
        ("pada 25 Juli 2022.", 25, 7, 2022, 0),
        ("pada 13 Nov 2024.", 13, 11, 2024, 0),
        ("pada 7 April.", 7, 4, 0, 0),
        ("Kamis (30/6) lalu.", 30, 6, 0, 4),
    ]

    @Test(arguments: positives)
    func findsDate(_ text: String, _ day: Int, _ month: Int, _ year: Int, _ weekday: Int) throws {
        let found = Self.dates(text)
        #expect(found.count == 1)
        let date = try #require(found.first)
        #expect(date.day == day && date.month == month)
        #expect(date.year == (year == 0 ? nil : year))
        #expect(date.weekday == (weekday == 0 ? nil : weekday))
        #expect(date.isPossible)
    }

    static let negatives: [String] = [
        "Sesuai UU 14/2008 tentang KIP.",
        "Setengah atau 1/2 bagian.",
        "Dandim 1006/Banjar hadir.",
        "Rasio 3/4 dari total.",
        "pada Selasa lalu.",
        "pada Januari 2024.",
        "Ada 23 peserta.",
        "Nomor 12/5 dikirim.",
        "Skor 2-1 untuk tuan rumah.",
        "Pukul 09.00 dimulai.",
        "Nilai (0/0) tidak sah.",
        "Nilai (13/13) tidak sah.",
        "Nilai (32/1) tidak sah.",
        "Sebanyak 28 jan tidak jelas.",
        "Sebanyak 5 des warga.",
        "Nomor 17/PER/M.KOMINFO/10/2010 berlaku.",
        "Tahun ajaran 2018/2019 dimulai.",
        "Di Jalan Kramat III/10 Jakarta.",
        "Minggu depan 5 orang hadir.",
        "Kode 12/3/45/6 dicatat.",
    ]

    @Test(arguments: negatives)
    func noDate(_ text: String) {
        #expect(Self.dates(text).isEmpty)
    }

    @Test func impossibleDatesAreKeptWithFlag() throws {
        let bad = try #require(Self.dates("pada (31/2) lalu").first)
        #expect(!bad.isPossible)
        let leap = try #require(Self.dates("pada 29 Februari 2023").first)
        #expect(!leap.isPossible && leap.date == nil)
        let noYear = try #require(Self.dates("pada 29 Februari").first)
        #expect(noYear.isPossible)
    }

    @Test func spellingAndForms() throws {
        let variant = try #require(Self.dates("pada 5 Pebruari 2019").first)
        #expect(variant.monthSpelling == .variant && variant.monthWritten == "Pebruari")
        let numeric = try #require(Self.dates("Selasa (23/01/2018)").first)
        #expect(numeric.form == .numeric && numeric.hasLeadingZero)
        #expect(numeric.weekdayWritten == "Selasa")
        let text = "Rapat Selasa, 23 Januari 2018 selesai."
        let long = try #require(Self.dates(text).first)
        #expect(SourceText(text).text(long.span) == "Selasa, 23 Januari 2018")
        #expect(SourceText(text).text(long.dateSpan) == "23 Januari 2018")
        #expect(long.weekdaySpan.map { SourceText(text).text($0) } == "Selasa")
        #expect(long.yearSpan.map { SourceText(text).text($0) } == "2018")
    }

    @Test func yearResolution() throws {
        let reference = try #require(LocalDate(year: 2024, month: 1, day: 5))
        let december = try #require(Self.dates("pada Kamis (28/12)").first)
        #expect(december.resolveYear(referenceDate: reference) == LocalDate(year: 2023, month: 12, day: 28))
        #expect(december.weekdayMatches(referenceDate: reference) == true)
        let january = try #require(Self.dates("pada (5/1)").first)
        #expect(january.resolveYear(referenceDate: reference) == LocalDate(year: 2024, month: 1, day: 5))
        let future = try #require(Self.dates("pada Senin (8/1)").first)
        #expect(future.resolveYear(referenceDate: reference) == LocalDate(year: 2023, month: 1, day: 8))
        #expect(future.resolveYear(referenceDate: reference, policy: .nearest) == LocalDate(year: 2024, month: 1, day: 8))
        let leap = try #require(Self.dates("pada (29/2)").first)
        #expect(leap.resolveYear(referenceDate: reference) == LocalDate(year: 2020, month: 2, day: 29))
    }

    @Test func weekdayMismatchIsDetectable() throws {
        let wrong = try #require(Self.dates("Kamis, (25/7/2022)").first)
        #expect(wrong.weekdayMatches() == false)
        let right = try #require(Self.dates("Selasa, 23 Januari 2018").first)
        #expect(right.weekdayMatches() == true)
    }
}

@Suite struct DatelineTests {
    /// (text, place, day or 0, month, year or 0 (after fallback 2018), source or "")
    static let positives: [(String, String, Int, Int, Int, String)] = [
        ("BANJARBARU, 23/1/2018 – Pemprov Kalsel menggelar rapat.", "BANJARBARU", 23, 1, 2018, ""),
        ("Banjarbaru (23/1) - Pemprov Kalsel menggelar rapat.", "Banjarbaru", 23, 1, 2018, ""),
        ("BANJARMASIN, Selasa (23/1/2018) - Gubernur hadir.", "BANJARMASIN", 23, 1, 2018, ""),
        ("Banjarmasin (ANTARA) - Gubernur hadir.", "Banjarmasin", 0, 0, 0, "ANTARA"),
        ("Gubernur Resmikan Jembatan\n\nBANJARBARU – Gubernur hadir.", "BANJARBARU", 0, 0, 0, ""),
        ("# Judul Rilis\n\nMARTAPURA, 5 Maret 2024 – Bupati hadir.", "MARTAPURA", 5, 3, 2024, ""),
        ("Banjarbaru, 23 Januari 2018 – Rapat digelar.", "Banjarbaru", 23, 1, 2018, ""),
        ("TANJUNG, Jumat (3/3/2023) – Bupati hadir.", "TANJUNG", 3, 3, 2023, ""),
        ("Kota Baru (ANTARA News) – Warga hadir.", "Kota Baru", 0, 0, 0, "ANTARA News"),
        ("BANJARBARU, 23/1 – Rapat.", "BANJARBARU", 23, 1, 2018, ""),
    ]

    @Test(arguments: positives)
    func findsDateline(_ text: String, _ place: String, _ day: Int, _ month: Int, _ year: Int, _ source: String) throws {
        let dateline = try #require(Dateline.find(in: SourceText(text), fallbackYear: 2018))
        #expect(dateline.place == place)
        #expect(dateline.source == (source.isEmpty ? nil : source))
        if day == 0 {
            #expect(dateline.date == nil)
        } else {
            #expect(dateline.resolvedDate == LocalDate(year: year, month: month, day: day))
        }
    }

    static let negatives: [String] = [
        "Gubernur Kalsel meresmikan jembatan pada Selasa.",
        "Gubernur Resmikan Jembatan – Warga Senang",
        "Rapat membahas anggaran (23 peserta).",
        "Selasa (23/1/2018) – rapat digelar.",
        "Pemprov Kalsel hadir.\nIa mengatakan (ANTARA) bukan sumber.",
        "",
    ]

    @Test(arguments: negatives)
    func noDateline(_ text: String) {
        #expect(Dateline.find(in: SourceText(text), fallbackYear: 2018) == nil)
    }

    @Test func onlyTheFirstLinesAreSearched() {
        let text = String(repeating: "Paragraf biasa.\n", count: 20) + "BANJARBARU, 23/1/2018 – Rapat."
        #expect(Dateline.find(in: SourceText(text), fallbackYear: nil) == nil)
    }
}
