import Testing
import SelarasCore
@testable import SelarasText

@Suite struct AgencyMatcherTests {
    static func agencies(_ text: String) -> [AgencyClaim] {
        AgencyMatcher.extract(TextAnalysis(SourceText(text)), lexicon: TestSupport.lexicon)
    }

    /// (text, agency id, kind, written)
    static let positives: [(String, String, AgencyMatchKind, String)] = [
        ("Kementerian Komunikasi dan Informatika menggelar rapat.", "kominfo", .name, "Kementerian Komunikasi dan Informatika"),
        ("kementerian komunikasi dan informatika menggelar rapat.", "kominfo", .name, "kementerian komunikasi dan informatika"),
        ("Kominfo menggelar rapat.", "kominfo", .shortForm, "Kominfo"),
        ("Kemenkominfo menggelar rapat.", "kominfo", .shortForm, "Kemenkominfo"),
        ("Komdigi menggelar rapat.", "komdigi", .shortForm, "Komdigi"),
        ("Kementerian Komunikasi dan Digital menggelar rapat.", "komdigi", .name, "Kementerian Komunikasi dan Digital"),
        ("PLN memadamkan listrik.", "pln", .shortForm, "PLN"),
        ("PT PLN (Persero) memadamkan listrik.", "pln", .name, "PT PLN (Persero)"),
        ("Petugas BPBD Kalsel siaga.", "bpbd-kalsel", .shortForm, "BPBD Kalsel"),
        ("Petugas BPBD siaga.", "bpbd", .shortForm, "BPBD"),
        ("Badan Penanggulangan Bencana Daerah Provinsi Kalimantan Selatan siaga.", "bpbd-kalsel", .name,
         "Badan Penanggulangan Bencana Daerah Provinsi Kalimantan Selatan"),
        ("Badan Penanggulangan Bencana Daerah siaga.", "bpbd", .name, "Badan Penanggulangan Bencana Daerah"),
        ("Pemprov Kalsel menggelar rapat.", "pemprov-kalsel", .shortForm, "Pemprov Kalsel"),
        ("Pemerintah Provinsi Kalimantan Selatan menggelar rapat.", "pemprov-kalsel", .name, "Pemerintah Provinsi Kalimantan Selatan"),
        ("Dinkes Kalsel mencatat kasus.", "dinkes-kalsel", .shortForm, "Dinkes Kalsel"),
        ("Dinas Kesehatan Provinsi Kalimantan Selatan mencatat kasus.", "dinkes-kalsel", .name, "Dinas Kesehatan Provinsi Kalimantan Selatan"),
        ("Diskominfo Kalsel merilis data.", "diskominfo-kalsel", .shortForm, "Diskominfo Kalsel"),
        ("Kemendagri menerbitkan surat.", "kemendagri", .shortForm, "Kemendagri"),
        ("Kementerian Dalam Negeri menerbitkan surat.", "kemendagri", .name, "Kementerian Dalam Negeri"),
        ("Polda Kalsel menangkap pelaku.", "polda-kalsel", .shortForm, "Polda Kalsel"),
        ("Kepolisian Daerah Kalimantan Selatan menangkap pelaku.", "polda-kalsel", .name, "Kepolisian Daerah Kalimantan Selatan"),
        ("BGN menyalurkan makanan.", "bgn", .shortForm, "BGN"),
        ("Badan Gizi Nasional menyalurkan makanan.", "bgn", .name, "Badan Gizi Nasional"),
        ("KemenPAN-RB menerbitkan aturan.", "panrb", .shortForm, "KemenPAN-RB"),
        ("Kementerian PANRB menerbitkan aturan.", "panrb", .shortForm, "Kementerian PANRB"),
        ("Kemenpan RB menerbitkan aturan.", "panrb", .alias, "Kemenpan RB"),
        ("Kodim 1006/Banjar menggelar apel.", "kodim-1006", .name, "Kodim 1006/Banjar"),
        ("Badan Komunikasi Pemerintah dibentuk.", "bkp", .name, "Badan Komunikasi Pemerintah"),
        ("Bakom dibentuk.", "bkp", .shortForm, "Bakom"),
        ("“Kominfo” menggelar rapat.", "kominfo", .shortForm, "Kominfo"),
        ("😀 PLN memadamkan listrik.", "pln", .shortForm, "PLN"),
        ("Pemprov\u{00A0}Kalsel menggelar rapat.", "pemprov-kalsel", .shortForm, "Pemprov\u{00A0}Kalsel"),
        ("Kementrian Komunikasi dan Informasi menggelar rapat.", "kominfo", .nearMiss, "Kementrian Komunikasi dan Informasi"),
        ("Kementrian Komunikasi dan Informatika menggelar rapat.", "kominfo", .nearMiss, "Kementrian Komunikasi dan Informatika"),
        ("Kementerian Komunikasi Informatika menggelar rapat.", "kominfo", .nearMiss, "Kementerian Komunikasi Informatika"),
        ("Kementerian Komunikasi dan Informasi menggelar rapat.", "kominfo", .nearMiss, "Kementerian Komunikasi dan Informasi"),
        ("Badan Penanggulangan Bencana Dearah siaga.", "bpbd", .nearMiss, "Badan Penanggulangan Bencana Dearah"),
        ("Pemerintah Propinsi Kalimantan Selatan menggelar rapat.", "pemprov-kalsel", .nearMiss,
         "Pemerintah Propinsi Kalimantan Selatan"),
        ("Dinas Kesehatan Propinsi Kalimantan Selatan mencatat.", "dinkes-kalsel", .nearMiss, "Dinas Kesehatan Propinsi Kalimantan Selatan"),
        ("Kementrian Dalam Negeri menerbitkan surat.", "kemendagri", .nearMiss, "Kementrian Dalam Negeri"),
        ("Badan Gizi Nasionl menyalurkan makanan.", "bgn", .nearMiss, "Badan Gizi Nasionl"),
    ]

    @Test(arguments: positives)
    func findsAgency(_ text: String, _ id: String, _ kind: AgencyMatchKind, _ written: String) throws {
        let found = Self.agencies(text)
        #expect(found.count == 1, "\(found.map(\.written))")
        let agency = try #require(found.first)
        #expect(agency.agencyID == id)
        #expect(agency.kind == kind)
        #expect(agency.written == written)
        #expect((agency.distance > 0) == (kind == .nearMiss))
    }

    static let negatives: [String] = [
        "pln memadamkan listrik.",
        "Pln memadamkan listrik.",
        "Dinas Pendidikan Provinsi Kalimantan Selatan mencatat.",
        "Dinas Perhubungan menggelar razia.",
        "Badan Pusat Statistik merilis data.",
        "Kementerian Keuangan menerbitkan aturan.",
        "Kementerian Agama menggelar rapat.",
        "Pemerintah Kabupaten Banjar menggelar rapat.",
        "Polres Banjarbaru menangkap pelaku.",
        "Korem 101/Antasari menggelar apel.",
        "Kodim 1007/Banjarmasin menggelar apel.",
        "Badan Kepegawaian Daerah membuka seleksi.",
        "Kementerian Kesehatan merilis data.",
        "Pemkot Banjarbaru menggelar rapat.",
        "Ia membeli komdigital baru.",
        "Dinas Sosial membagikan bantuan.",
        "Badan Komunikasi dan Informasi Daerah dibentuk.",
        "Kementerian Komunikasi dan Pariwisata dibentuk.",
        "PLNX bukan lembaga.",
        "Kemenkeu merilis data.",
    ]

    @Test(arguments: negatives)
    func noAgency(_ text: String) {
        #expect(Self.agencies(text).isEmpty, "\(Self.agencies(text).map { ($0.written, $0.matchedName) })")
    }

    @Test func longestMatchWins() throws {
        let found = Self.agencies("BPBD Kalsel dan BPBD bekerja sama.")
        #expect(found.map(\.agencyID) == ["bpbd-kalsel", "bpbd"])
    }

    @Test func emptyLexiconFindsNothing() {
        #expect(AgencyMatcher.extract(TextAnalysis(SourceText("PLN dan Kominfo")), lexicon: .empty).isEmpty)
    }
}
