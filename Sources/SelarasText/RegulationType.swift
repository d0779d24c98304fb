import SelarasCore
import Foundation

/// Normalised regulation type keys (brief §1.2). The raw value is the key rules and the registry use.
public enum RegulationType: String, Sendable, Hashable, CaseIterable {
    case uud = "UUD", tapMPR = "TAPMPR", uu = "UU", perppu = "PERPPU", pp = "PP", perpres = "PERPRES"
    case keppres = "KEPPRES", inpres = "INPRES", permen = "PERMEN", kepmen = "KEPMEN", perlembaga = "PERLEMBAGA"
    case perda = "PERDA", pergub = "PERGUB", perbup = "PERBUP", perwali = "PERWALI"
    case kepgub = "KEPGUB", kepbup = "KEPBUP", kepwali = "KEPWALI", ingub = "INGUB", inbup = "INBUP", inwali = "INWALI"
    case se = "SE", skb = "SKB", qanun = "QANUN", putusanMK = "PUTUSAN_MK"

    /// Types whose full name needs an issuer (`Peraturan Menteri ⟨X⟩`, `Peraturan Daerah ⟨P⟩`).
    public var needsIssuer: Bool {
        switch self {
        case .permen, .kepmen, .perlembaga, .perda, .pergub, .perbup, .perwali, .kepgub, .kepbup, .kepwali,
             .ingub, .inbup, .inwali, .se, .qanun:
            return true
        default:
            return false
        }
    }

    /// Full-name phrases (lowercased words) → type. Longest phrases are tried first.
    static let fullForms: [([String], RegulationType)] = [
        (["undang-undang", "dasar"], .uud), (["undang", "undang", "dasar"], .uud),
        (["peraturan", "pemerintah", "pengganti", "undang-undang"], .perppu),
        (["peraturan", "pemerintah", "pengganti", "undang", "undang"], .perppu),
        (["ketetapan", "majelis", "permusyawaratan", "rakyat"], .tapMPR),
        (["putusan", "mahkamah", "konstitusi"], .putusanMK),
        (["surat", "keputusan", "bersama"], .skb),
        (["peraturan", "wali", "kota"], .perwali), (["keputusan", "wali", "kota"], .kepwali),
        (["instruksi", "wali", "kota"], .inwali),
        (["peraturan", "pemerintah"], .pp), (["peraturan", "presiden"], .perpres),
        (["keputusan", "presiden"], .keppres), (["instruksi", "presiden"], .inpres),
        (["peraturan", "menteri"], .permen), (["keputusan", "menteri"], .kepmen),
        (["peraturan", "daerah"], .perda), (["peraturan", "gubernur"], .pergub), (["peraturan", "bupati"], .perbup),
        (["peraturan", "walikota"], .perwali), (["keputusan", "gubernur"], .kepgub), (["keputusan", "bupati"], .kepbup),
        (["keputusan", "walikota"], .kepwali), (["instruksi", "gubernur"], .ingub), (["instruksi", "bupati"], .inbup),
        (["instruksi", "walikota"], .inwali), (["surat", "edaran"], .se),
        (["peraturan", "badan"], .perlembaga), (["peraturan", "komisi"], .perlembaga), (["peraturan", "lembaga"], .perlembaga),
        (["peraturan", "kepolisian"], .perlembaga), (["peraturan", "mahkamah", "agung"], .perlembaga),
        (["undang-undang"], .uu), (["undang", "undang"], .uu), (["qanun"], .qanun),
    ]

    /// Abbreviated type words (lowercased) → type.
    static let abbreviations: FrozenStringMap<RegulationType> = [
        "uud": .uud, "uu": .uu, "perppu": .perppu, "perpu": .perppu, "pp": .pp, "perpres": .perpres,
        "keppres": .keppres, "kepres": .keppres, "inpres": .inpres, "permen": .permen, "kepmen": .kepmen,
        "kmk": .kepmen, "pmk": .permen, "perda": .perda, "perdasus": .perda, "perdasi": .perda, "perdais": .perda,
        "pergub": .pergub, "perbup": .perbup, "perwali": .perwali, "perwal": .perwali, "kepgub": .kepgub,
        "kepbup": .kepbup, "kepwal": .kepwali, "ingub": .ingub, "inbup": .inbup, "se": .se, "skb": .skb,
        "qanun": .qanun, "pojk": .perlembaga, "pbi": .perlembaga, "pkpu": .perlembaga, "perbawaslu": .perlembaga,
        "perma": .perlembaga, "perpol": .perlembaga, "perkap": .perlembaga, "perki": .perlembaga,
    ]

    /// Issuers implied by an abbreviation (`KMK` = Keputusan Menteri Keuangan).
    static let impliedIssuer: FrozenStringMap<String> = [
        "kmk": "Keuangan", "pojk": "Otoritas Jasa Keuangan", "pbi": "Bank Indonesia", "pkpu": "Komisi Pemilihan Umum",
        "perbawaslu": "Badan Pengawas Pemilihan Umum", "perma": "Mahkamah Agung", "perpol": "Kepolisian",
        "perkap": "Kepala Kepolisian",
    ]
}

/// Ministry codes in fused abbreviations and issuer aliases (brief §1.2, §1.5).
enum MinistryNames {
    static let panrb = "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
    static let byCode: FrozenStringMap<String> = [
        "dagri": "Dalam Negeri", "keu": "Keuangan", "kes": "Kesehatan", "dikbud": "Pendidikan dan Kebudayaan",
        "dikbudristek": "Pendidikan, Kebudayaan, Riset, dan Teknologi", "kominfo": "Komunikasi dan Informatika",
        "komdigi": "Komunikasi dan Digital", "panrb": panrb, "pan-rb": panrb, "pan": "Pendayagunaan Aparatur Negara",
        "hub": "Perhubungan", "tan": "Pertanian", "sos": "Sosial", "naker": "Ketenagakerjaan",
        "des": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "desa": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        "despdtt": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        "pupr": "Pekerjaan Umum dan Perumahan Rakyat", "lhk": "Lingkungan Hidup dan Kehutanan",
        "atr/bpn": "Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional", "ag": "Agama", "agama": "Agama",
        "kumham": "Hukum dan Hak Asasi Manusia", "dag": "Perdagangan", "perin": "Perindustrian", "hut": "Kehutanan",
        "kp": "Kelautan dan Perikanan", "esdm": "Energi dan Sumber Daya Mineral", "pora": "Pemuda dan Olahraga",
        "parekraf": "Pariwisata dan Ekonomi Kreatif", "par": "Pariwisata", "pppa": "Pemberdayaan Perempuan dan Perlindungan Anak",
        "bumn": "Badan Usaha Milik Negara", "ristekdikti": "Riset, Teknologi, dan Pendidikan Tinggi",
        "kominfo ri": "Komunikasi dan Informatika",
        "pendayagunaan aparatur negara dan reformasi birokrasi": panrb, "pan dan rb": panrb, "pan rb": panrb,
        "komunikasi dan informasi": "Komunikasi dan Informasi",
    ]

    /// The normalised issuer for a written issuer (`PANRB`, `Mendagri`, `Menteri Dalam Negeri`,
    /// `Provinsi Kalimantan Selatan`).
    static func normalise(_ written: String) -> String {
        var text = written.trimmingCharacters(in: .whitespaces)
        for prefix in ["Menteri Negara ", "Menteri ", "menteri ", "Provinsi ", "Prov. ", "Kabupaten ", "Kab. ", "Kota ",
                       "Gubernur ", "Bupati ", "Wali Kota ", "Walikota "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        let key = text.lowercased()
        if let name = byCode[key] { return name }
        if key.hasPrefix("men"), let name = byCode[String(key.dropFirst(3))] { return name }
        return text
    }
}
