import Testing
import SelarasCore
@testable import SelarasText

@Suite struct OfficialExtractorTests {
    static func officials(_ text: String, lexicon: CompiledNameLexicon = .empty) -> [OfficialClaim] {
        OfficialExtractor.extract(TextAnalysis(SourceText(text)), lexicon: lexicon)
    }

    /// (text, normalised position, name or "")
    static let positives: [(String, String, String)] = [
        ("Gubernur Kalimantan Selatan Sahbirin Noor meresmikan jembatan.", "Gubernur Kalimantan Selatan", "Sahbirin Noor"),
        ("Gubernur Kalimantan Selatan H. Muhidin membuka acara.", "Gubernur Kalimantan Selatan", "Muhidin"),
        ("Kepala Dinas Kesehatan Provinsi Kalimantan Selatan dr. Siti Aminah, M.Kes. hadir.",
         "Kepala Dinas Kesehatan Provinsi Kalimantan Selatan", "Siti Aminah"),
        ("Kapolda Kalsel Irjen Pol. Rosyanto Yudha Hermawan hadir.", "Kepala Kepolisian Daerah Kalimantan Selatan", "Rosyanto Yudha Hermawan"),
        ("Wali Kota Banjarbaru Aditya Mufti Ariffin hadir.", "Wali Kota Banjarbaru", "Aditya Mufti Ariffin"),
        ("Bupati Banjar Saidi Mansyur hadir.", "Bupati Banjar", "Saidi Mansyur"),
        ("Sekda Kalsel Roy Rizali Anwar hadir.", "Sekretaris Daerah Kalimantan Selatan", "Roy Rizali Anwar"),
        ("Kadiskominfo Kalsel Muhammad Muslim hadir.", "Kepala Dinas Komunikasi dan Informatika Kalimantan Selatan", "Muhammad Muslim"),
        ("Dandim 1006/Banjar Letkol Inf Budi Santoso hadir.", "Komandan Komando Distrik Militer 1006/Banjar", "Budi Santoso"),
        ("Direktur Utama PT PLN (Persero) Darmawan Prasodjo hadir.", "Direktur Utama PT PLN (Persero)", "Darmawan Prasodjo"),
        ("Plt. Gubernur Kalsel Roy Rizali Anwar hadir.", "Gubernur Kalimantan Selatan", "Roy Rizali Anwar"),
        ("Plh Sekda Kalsel Ahmad Fauzi hadir.", "Sekretaris Daerah Kalimantan Selatan", "Ahmad Fauzi"),
        ("Pj. Bupati Tanah Laut Syamsir Rahman hadir.", "Bupati Tanah Laut", "Syamsir Rahman"),
        ("Kapolres Banjarbaru AKBP Pius X Febry Aceng Loda hadir.", "Kepala Kepolisian Resor Banjarbaru", "Pius X Febry Aceng Loda"),
        ("Kapolresta Banjarmasin Kombes Pol. Cony Aprianto hadir.", "Kepala Kepolisian Resor Kota Banjarmasin", "Cony Aprianto"),
        ("Kepala Dinas Pendidikan Drs. H. Ahmad Fauzi, M.Si. hadir.", "Kepala Dinas Pendidikan", "Ahmad Fauzi"),
        ("Wakil Gubernur Kalsel Hasnuryadi Sulaiman hadir.", "Wakil Gubernur Kalimantan Selatan", "Hasnuryadi Sulaiman"),
        ("Wagub Kalsel Hasnuryadi Sulaiman hadir.", "Wakil Gubernur Kalimantan Selatan", "Hasnuryadi Sulaiman"),
        ("Walikota Banjarmasin Ibnu Sina hadir.", "Wali Kota Banjarmasin", "Ibnu Sina"),
        ("Kalak BPBD Kalsel Raden Suria Fadliansyah hadir.", "Kepala Pelaksana BPBD Kalimantan Selatan", "Raden Suria Fadliansyah"),
        ("Kabid Humas Polda Kalsel Kombes Pol Adam Erwindi hadir.", "Kepala Bidang Humas Polda Kalimantan Selatan", "Adam Erwindi"),
        ("Danrem 101/Antasari Brigjen TNI Ahmad Ridha hadir.", "Komandan Komando Resor Militer 101/Antasari", "Ahmad Ridha"),
        ("Pangdam XXII/Tambun Bungai Mayjen TNI Nama Lengkap hadir.", "Panglima Komando Daerah Militer XXII/Tambun Bungai",
         "Nama Lengkap"),
        ("Menteri Komunikasi dan Digital Meutya Hafid hadir.", "Menteri Komunikasi dan Digital", "Meutya Hafid"),
        ("Camat Banjarbaru Selatan Rahmat Hidayat hadir.", "Camat Banjarbaru Selatan", "Rahmat Hidayat"),
        ("Kepala Badan Perencanaan Pembangunan Daerah Kalsel Ariadi Noor hadir.",
         "Kepala Badan Perencanaan Pembangunan Daerah Kalimantan Selatan", "Ariadi Noor"),
        ("Kepala Dinas Kesehatan Diauddin mengatakan hal itu.", "Kepala Dinas Kesehatan", "Diauddin"),
        ("Kasat Reskrim Polres Banjar AKP Doni Hadi hadir.", "Kepala Satuan Reskrim Polres Banjar", "Doni Hadi"),
        ("Kapolsek Martapura Iptu Andi Wijaya hadir.", "Kepala Kepolisian Sektor Martapura", "Andi Wijaya"),
        ("Dirut PLN Darmawan Prasodjo hadir.", "Direktur Utama PLN", "Darmawan Prasodjo"),
        ("Kepala Biro Administrasi Pimpinan Setda Kalsel Hj. Siti Nurul, S.Sos., M.Si. hadir.",
         "Kepala Biro Administrasi Pimpinan Setda Kalimantan Selatan", "Siti Nurul"),
        ("Ketua DPRD Kalsel Supian HK hadir.", "Ketua DPRD Kalimantan Selatan", "Supian HK"),
        ("“Gubernur Kalsel H. Muhidin hadir,” katanya.", "Gubernur Kalimantan Selatan", "Muhidin"),
        ("😀 Bupati Banjar Saidi Mansyur hadir.", "Bupati Banjar", "Saidi Mansyur"),
        ("Bupati\u{00A0}Banjar Saidi Mansyur hadir.", "Bupati Banjar", "Saidi Mansyur"),
        ("dr. Siti Aminah, M.Kes., Kepala Dinas Kesehatan Provinsi Kalimantan Selatan, mengatakan itu.",
         "Kepala Dinas Kesehatan Provinsi Kalimantan Selatan", "Siti Aminah"),
        ("Hal itu disampaikan Roy Rizali Anwar, Sekda Kalsel, kemarin.", "Sekretaris Daerah Kalimantan Selatan", "Roy Rizali Anwar"),
        ("Menurut Ahmad Fauzi, Kepala Dinas Pendidikan Kalsel, program berjalan.", "Kepala Dinas Pendidikan Kalimantan Selatan",
         "Ahmad Fauzi"),
        ("Gubernur Kalimantan Selatan meresmikan jembatan.", "Gubernur Kalimantan Selatan", ""),
        ("Kapolda Kalsel memimpin apel.", "Kepala Kepolisian Daerah Kalimantan Selatan", ""),
        ("Kepala Kantor Wilayah Kementerian Agama Kalsel Muhammad Tambrin hadir.",
         "Kepala Kantor Wilayah Kementerian Agama Kalimantan Selatan", "Muhammad Tambrin"),
    ]

    @Test(arguments: positives)
    func findsOfficial(_ text: String, _ position: String, _ name: String) throws {
        let found = Self.officials(text)
        #expect(found.count == 1, "\(found.map { ($0.position, $0.name ?? "-") })")
        let official = try #require(found.first)
        #expect(official.position == position)
        #expect(official.name == (name.isEmpty ? nil : name))
    }

    static let negatives: [String] = [
        "Para wali kota se-Kalimantan hadir.",
        "Ia dilantik menjadi wali kota tahun lalu.",
        "Setiap kepala dinas wajib hadir.",
        "Gubernur juga menyampaikan terima kasih.",
        "Gubernur Resmikan Jembatan Baru Di Banjarbaru",
        "Para gubernur se-Indonesia berkumpul.",
        "Bupati dan wali kota diundang.",
        "Pemprov Kalsel menggelar rapat.",
        "Terima kasih, Pak Gubernur.",
        "Kepala sekolah hadir.",
        "Sebagai ketua panitia, ia hadir.",
        "Menteri menyampaikan arahan.",
        "Presiden hadir.",
        "Kepala desa se-Kabupaten Banjar hadir.",
        "Rapat Selasa Pagi Dihadiri Warga",
        "Direktur mengatakan hal itu.",
        "Kapolda menegaskan hal itu.",
        "camat Banjarbaru hadir.",
        "Inspektur upacara adalah dia.",
        "Sekretaris membacakan laporan.",
    ]

    @Test(arguments: negatives)
    func noOfficialWithName(_ text: String) {
        let found = Self.officials(text)
        #expect(found.allSatisfy { $0.name == nil }, "\(found.map { ($0.position, $0.name ?? "-") })")
        #expect(found.allSatisfy { $0.unit != nil })
    }

    @Test func partsAreSeparated() throws {
        let text = "Plt. Kepala Dinas Kesehatan Provinsi Kalimantan Selatan dr. Siti Aminah, M.Kes. hadir."
        let official = try #require(Self.officials(text).first)
        #expect(official.acting == .plt && official.actingWritten == "Plt.")
        #expect(official.frontTitles == ["dr."] && official.backTitles == ["M.Kes."])
        #expect(official.nameWithTitles == "dr. Siti Aminah, M.Kes.")
        #expect(official.positionWritten == "Kepala Dinas Kesehatan Provinsi Kalimantan Selatan")
        #expect(SourceText(text).text(official.span) == "Plt. Kepala Dinas Kesehatan Provinsi Kalimantan Selatan dr. Siti Aminah, M.Kes.")
        let ranked = try #require(Self.officials("Kapolres Banjar AKBP Dody Harza hadir.").first)
        #expect(ranked.rank == "AKBP" && ranked.name == "Dody Harza")
        let appositive = try #require(Self.officials("Drs. H. Ahmad Fauzi, M.Si., Kepala Dinas Pendidikan Kalsel, hadir.").first)
        #expect(appositive.order == .nameFirst && appositive.frontTitles == ["Drs.", "H."] && appositive.backTitles == ["M.Si."])
    }

    @Test func lexiconMatchingWithEditDistance() throws {
        let lexicon = TestSupport.lexicon
        let exact = try #require(Self.officials("Gubernur Kalsel H. Muhidin hadir.", lexicon: lexicon).first)
        #expect(exact.matchedPersonID == "muhidin" && exact.distance == 0)
        let typo = try #require(Self.officials("Gubernur Kalsel Sahbirin Nor hadir.", lexicon: lexicon).first)
        #expect(typo.matchedName == "Sahbirin Noor" && typo.distance == 1)
        let transposed = try #require(Self.officials("Wali Kota Banjarbaru Aditya Mufti Arfiifn hadir.", lexicon: lexicon).first)
        #expect(transposed.matchedName == "Aditya Mufti Ariffin" && transposed.distance == 2)
        let short = try #require(Self.officials("Gubernur Kalsel H. Muhidn hadir.", lexicon: lexicon).first)
        #expect(short.matchedName == "Muhidin" && short.distance == 1)  // 6 letters: budget 1
        let far = try #require(Self.officials("Bupati Banjar Saidi Mansur Hakim hadir.", lexicon: lexicon).first)
        #expect(far.matchedName == "Saidi Mansyur" && far.name == "Saidi Mansur")
        let stranger = try #require(Self.officials("Bupati Banjar Budi Santoso hadir.", lexicon: lexicon).first)
        #expect(stranger.matchedName == nil && stranger.name == "Budi Santoso")
    }
}

@Suite struct EditDistanceTests {
    static let cases: [(String, String, Int, Int?)] = [
        ("Muhidin", "Muhidin", 1, 0), ("Muhidin", "Muhidn", 1, 1), ("Sahbirin", "Sahbriin", 1, 1),
        ("Sahbirin Noor", "Sahbirin Nor", 2, 1), ("abc", "xyz", 2, nil), ("Kementrian", "Kementerian", 1, 1),
        ("Ariffin", "Arifin", 1, 1), ("", "ab", 2, 2), ("Meutya Hafid", "Meutia Hafidz", 2, 2),
    ]

    @Test(arguments: cases)
    func bounded(_ a: String, _ b: String, _ limit: Int, _ expected: Int?) {
        #expect(EditDistance.bounded(a, b, limit: limit) == expected)
    }

    @Test func budgets() {
        #expect(EditDistance.nameBudget(letters: 5) == 0)
        #expect(EditDistance.nameBudget(letters: 6) == 1)
        #expect(EditDistance.nameBudget(letters: 12) == 2)
    }
}
