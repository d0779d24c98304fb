import Foundation
import SelarasCore
@testable import SelarasText

/// Helpers shared by the SelarasText suites.
enum TestSupport {
    static func claims(_ text: String, lexicon: CompiledNameLexicon = .empty) -> ClaimSet {
        ClaimSet.extract(from: SourceText(text), lexicon: lexicon)
    }

    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text) ?? Decimal.nan
    }

    static let lexicon: CompiledNameLexicon = NameLexicon(
        people: [
            .init(id: "muhidin", name: "Muhidin"), .init(id: "sahbirin", name: "Sahbirin Noor"),
            .init(id: "siti", name: "Siti Aminah"), .init(id: "roy", name: "Roy Rizali Anwar"),
            .init(id: "aditya", name: "Aditya Mufti Ariffin"), .init(id: "saidi", name: "Saidi Mansyur"),
            .init(id: "hasnuryadi", name: "Hasnuryadi Sulaiman"), .init(id: "meutya", name: "Meutya Hafid"),
        ],
        agencies: [
            .init(id: "kominfo", name: "Kementerian Komunikasi dan Informatika", shortForms: ["Kominfo", "Kemenkominfo"]),
            .init(id: "komdigi", name: "Kementerian Komunikasi dan Digital", shortForms: ["Komdigi", "Kemkomdigi"]),
            .init(id: "pln", name: "PT PLN (Persero)", shortForms: ["PLN"]),
            .init(id: "bpbd-kalsel", name: "Badan Penanggulangan Bencana Daerah Provinsi Kalimantan Selatan", shortForms: ["BPBD Kalsel"]),
            .init(id: "bpbd", name: "Badan Penanggulangan Bencana Daerah", shortForms: ["BPBD"]),
            .init(id: "pemprov-kalsel", name: "Pemerintah Provinsi Kalimantan Selatan", shortForms: ["Pemprov Kalsel"]),
            .init(id: "dinkes-kalsel", name: "Dinas Kesehatan Provinsi Kalimantan Selatan", shortForms: ["Dinkes Kalsel"]),
            .init(id: "diskominfo-kalsel", name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan",
                  shortForms: ["Diskominfo Kalsel"]),
            .init(id: "kemendagri", name: "Kementerian Dalam Negeri", shortForms: ["Kemendagri"]),
            .init(id: "polda-kalsel", name: "Kepolisian Daerah Kalimantan Selatan", shortForms: ["Polda Kalsel"]),
            .init(id: "bgn", name: "Badan Gizi Nasional", shortForms: ["BGN"]),
            .init(id: "panrb", name: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                  shortForms: ["KemenPAN-RB", "Kementerian PANRB"], aliases: ["Kemenpan RB"]),
            .init(id: "kodim-1006", name: "Kodim 1006/Banjar"),
            .init(id: "bkp", name: "Badan Komunikasi Pemerintah", shortForms: ["BKP", "Bakom"]),
        ],
        places: ["Kalimantan Selatan", "Banjarbaru", "Banjarmasin", "Banjar", "Tanah Laut"]
    ).compile()
}
