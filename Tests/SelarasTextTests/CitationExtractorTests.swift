import Testing
import SelarasCore
@testable import SelarasText

@Suite struct CitationExtractorTests {
    static func citations(_ text: String) -> [CitationClaim] {
        CitationExtractor.extract(TextAnalysis(SourceText(text)))
    }

    /// (text, type, number, year or 0, issuer or "")
    static let positives: [(String, RegulationType, String, Int, String)] = [
        ("Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.", .uu, "14", 2008, ""),
        ("Inpres No. 9 Tahun 2015 mengatur hal itu.", .inpres, "9", 2015, ""),
        ("Inpres No 9/2015 mengatur hal itu.", .inpres, "9", 2015, ""),
        ("Permendagri No. 13 tahun 2011 berlaku.", .permen, "13", 2011, "Dalam Negeri"),
        ("PERMENPAN dan RB Nomor 30 Tahun 2011 berlaku.", .permen, "30", 2011, MinistryNames.panrb),
        ("PermenPAN-RB Nomor : 30 Tahun 2011 berlaku.", .permen, "30", 2011, MinistryNames.panrb),
        ("Peraturan Menteri Komunikasi dan Informatika Nomor: 17/PER/M.KOMINFO/10/2010 berlaku.", .permen,
         "17/PER/M.KOMINFO/10/2010", 2010, "Komunikasi dan Informatika"),
        ("Peraturan Menteri Kehutanan Nomor : P.5/Menhut-II/2012 berlaku.", .permen, "P.5/Menhut-II/2012", 2012, "Kehutanan"),
        ("Keputusan Presiden Nomor 160/P Tahun 2024 terbit.", .keppres, "160/P", 2024, ""),
        ("Keputusan Presiden Nomor 160P Tahun 2024 terbit.", .keppres, "160/P", 2024, ""),
        ("Keputusan Presiden Nomor 105 P tahun 2021 terbit.", .keppres, "105/P", 2021, ""),
        ("Keputusan Presiden RI Nomor 93B Tahun 2024 terbit.", .keppres, "93B", 2024, ""),
        ("Peraturan Presiden (PP) Nomor 80 Tahun 2024 terbit.", .perpres, "80", 2024, ""),
        ("UU No 19 Tahun 2023 tentang BUMN.", .uu, "19", 2023, ""),
        ("UU No. 1 Tahun 2025 berlaku.", .uu, "1", 2025, ""),
        ("Sesuai UU 14/2022 itu.", .uu, "14", 2022, ""),
        ("Sesuai Perpres 139/2024 itu.", .perpres, "139", 2024, ""),
        ("Sesuai PP 18 Tahun 2016 itu.", .pp, "18", 2016, ""),
        ("Sesuai UU No. 151/2024 itu.", .uu, "151", 2024, ""),
        ("Kepmenpan Rb No 321 Tahun 2024 terbit.", .kepmen, "321", 2024, MinistryNames.panrb),
        ("Sesuai peraturan menpan rb nomor 4 tahun 2025.", .permen, "4", 2025, MinistryNames.panrb),
        ("Sesuai KMK 89 2017 itu.", .kepmen, "89", 2017, "Keuangan"),
        ("PERATURAN BUPATI PATI NOMOR 21 TAHUN 2O16 berlaku.", .perbup, "21", 2016, "PATI"),
        ("putusan MK No. 228/PUU-XXIII/2025 dibacakan.", .putusanMK, "228/PUU-XXIII", 2025, ""),
        ("Undang-undang Nomor 28 Tahun 1999 Tentang Penyelenggaraan Negara.", .uu, "28", 1999, ""),
        ("Sesuai No.14/2008 UU No.14/2008 itu.", .uu, "14", 2008, ""),
        ("Sesuai UU Nomor 14 Th. 2008 itu.", .uu, "14", 2008, ""),
        ("Sesuai UU Nomor 14 Thn 2008 itu.", .uu, "14", 2008, ""),
        ("Sesuai UU Nomor 14/2008 itu.", .uu, "14", 2008, ""),
        ("Sesuai Perda Nomor 055 Tahun 2021 itu.", .perda, "55", 2021, ""),
        ("Peraturan Daerah Provinsi Kalimantan Selatan Nomor 4 Tahun 2019 tentang Pajak Daerah.", .perda, "4", 2019,
         "Kalimantan Selatan"),
        ("Perpres RI Nomor 63 Tahun 2019 mengatur.", .perpres, "63", 2019, ""),
        ("Pergub Kalsel Nomor 12 Tahun 2020 mengatur.", .pergub, "12", 2020, "Kalsel"),
        ("Peraturan Wali Kota Banjarbaru Nomor 3 Tahun 2022 mengatur.", .perwali, "3", 2022, "Banjarbaru"),
        ("Peraturan Walikota Banjarmasin Nomor 7 Tahun 2021 mengatur.", .perwali, "7", 2021, "Banjarmasin"),
        ("Permenkes Nomor 2 Tahun 2020 mengatur.", .permen, "2", 2020, "Kesehatan"),
        ("Permenkominfo Nomor 35 Tahun 2014 mengatur.", .permen, "35", 2014, "Komunikasi dan Informatika"),
        ("Surat Edaran Mendagri Nomor 440 Tahun 2020 terbit.", .se, "440", 2020, "Dalam Negeri"),
        ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja.", .perppu, "2", 2022, ""),
        ("Instruksi Presiden Nomor 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik.", .inpres, "9", 2015, ""),
        ("Qanun Aceh Nomor 6 Tahun 2014 tentang Hukum Jinayat.", .qanun, "6", 2014, "Aceh"),
        ("Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2011 berlaku.", .permen, "13", 2011, "Dalam Negeri"),
        ("Sesuai Perda Nomor 3 berlaku.", .perda, "3", 0, ""),
    ]

    @Test(arguments: positives)
    func findsCitation(_ text: String, _ type: RegulationType, _ number: String, _ year: Int, _ issuer: String) throws {
        let found = Self.citations(text)
        #expect(found.count == 1, "\(found.map(\.identity))")
        let citation = try #require(found.first)
        #expect(citation.type == type)
        #expect(citation.number == number)
        #expect(citation.year == (year == 0 ? nil : year))
        #expect(citation.issuer == (issuer.isEmpty ? nil : issuer))
    }

    static let negatives: [String] = [
        "Pasal 7 mengatur hal itu.",
        "Sesuai UU KIP, informasi terbuka.",
        "Perda tentang RTRW sedang dibahas.",
        "Peraturan Menteri Keuangan terbaru mengaturnya.",
        "Ia membaca peraturan itu pada 2024.",
        "Nomor 14 Tahun 2008 tidak jelas.",
        "Undang-undang itu disahkan DPR.",
        "PP Muhammadiyah menggelar rapat.",
        "Kepala SE 2024 hadir.",
        "Dia menulis pp 12 tahun 2020 dengan huruf kecil.",
        "Peraturan daerah baru akan dibahas tahun depan.",
        "Surat edaran itu dibagikan ke 30 sekolah.",
        "Keputusan Presiden ditunggu.",
        "Sebanyak 14 UU disahkan pada 2008.",
        "Peraturan Presiden tentang Stunting dibahas.",
        "Sesuai UU 14 saja.",
        "Permen karet dibagikan.",
        "Ia menyebut Inpres sebagai dasar.",
        "UU Cipta Kerja digugat.",
        "Kodim 1006/Banjar hadir.",
    ]

    @Test(arguments: negatives)
    func noCitation(_ text: String) {
        #expect(Self.citations(text).isEmpty, "\(Self.citations(text).map(\.identity))")
    }

    @Test func canonicalFormAndTitle() throws {
        let text = "Peraturan Daerah Provinsi Kalimantan Selatan Nomor 4 Tahun 2019 tentang Pajak Daerah dan Retribusi Daerah, kata dia."
        let citation = try #require(Self.citations(text).first)
        #expect(citation.isCanonical)
        #expect(citation.regionLevel == .provinsi)
        #expect(citation.title == "Pajak Daerah dan Retribusi Daerah")
        #expect(citation.titleSpan.map { SourceText(text).text($0) } == "Pajak Daerah dan Retribusi Daerah")
        #expect(SourceText(text).text(citation.numberSpan) == "4")
        let short = try #require(Self.citations("Sesuai UU 14/2008 itu.").first)
        #expect(!short.isCanonical && short.isAbbreviatedType)
        let lower = try #require(Self.citations("Permendagri No. 13 tahun 2011").first)
        #expect(!lower.isCanonical)
    }

    @Test func titleStops() throws {
        let cases: [(String, String)] = [
            ("UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik yang berlaku", "Keterbukaan Informasi Publik"),
            ("UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (KIP) berlaku", "Keterbukaan Informasi Publik"),
            ("UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik sebagaimana diubah", "Keterbukaan Informasi Publik"),
            ("PP Nomor 18 Tahun 2016 tentang Perangkat Daerah menjadi dasar", "Perangkat Daerah"),
            ("UU Nomor 1 Tahun 2025 tentang Perubahan Ketiga atas Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara.",
             "Perubahan Ketiga atas Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara"),
            ("UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 5 TAHUN 2014 TENTANG APARATUR SIPIL NEGARA\nisi", "APARATUR SIPIL NEGARA"),
        ]
        for (text, title) in cases {
            #expect(Self.citations(text).first?.title == title, "\(text)")
        }
    }

    @Test func typeConflictAndLocator() throws {
        let conflict = try #require(Self.citations("Peraturan Presiden (PP) Nomor 80 Tahun 2024").first)
        #expect(conflict.typeConflict && conflict.abbreviationWritten == "PP" && conflict.abbreviationType == .pp)
        #expect(!conflict.isCanonical)
        let agree = try #require(Self.citations("Peraturan Presiden (Perpres) Nomor 80 Tahun 2024").first)
        #expect(!agree.typeConflict)
        let text = "Pasal 7 ayat (2) huruf a Undang-Undang Nomor 14 Tahun 2008"
        let located = try #require(Self.citations(text).first)
        #expect(located.locator == "Pasal 7 ayat (2) huruf a")
        #expect(SourceText(text).text(located.span) == text)
    }

    @Test func nestedAndOcrDetails() throws {
        let nested = Self.citations("UU Nomor 1 Tahun 2025 tentang Perubahan Ketiga atas Undang-Undang Nomor 19 Tahun 2003 tentang BUMN.")
        #expect(nested.map(\.identity) == ["UU 1/2025", "UU 19/2003"])
        let ocr = try #require(Self.citations("PERATURAN BUPATI PATI NOMOR 21 TAHUN 2O16").first)
        #expect(ocr.yearHasLetterO)
        let zeros = try #require(Self.citations("Perda Nomor 041 Tahun 2021").first)
        #expect(zeros.numberWritten == "041" && zeros.number == "41")
        let missingYear = try #require(Self.citations("Perda Kalsel Nomor 3 mengatur").first)
        #expect(missingYear.year == nil && missingYear.identity == "PERDA Kalsel 3/?")
    }
}
