import SelarasCore

/// A type of regulation or legal instrument, with the forms drafts and tables write it in.
public struct RegulationType: Sendable, Hashable, CustomStringConvertible {
    /// Canonical key, e.g. `UU`, `PERPPU`, `KEPPRES`.
    public let key: String
    /// Short form as cited in news: `UU`, `Perppu`, `Keppres`.
    public let shortForm: String
    /// Full form: `Undang-Undang`, `Keputusan Presiden`.
    public let fullForm: String

    public var description: String { shortForm }

    /// All known types.
    public static let all: [RegulationType] = [
        .init(key: "UUD", shortForm: "UUD", fullForm: "Undang-Undang Dasar"),
        .init(key: "TAPMPR", shortForm: "Tap MPR", fullForm: "Ketetapan Majelis Permusyawaratan Rakyat"),
        .init(key: "UU", shortForm: "UU", fullForm: "Undang-Undang"),
        .init(key: "PERPPU", shortForm: "Perppu", fullForm: "Peraturan Pemerintah Pengganti Undang-Undang"),
        .init(key: "PP", shortForm: "PP", fullForm: "Peraturan Pemerintah"),
        .init(key: "PERPRES", shortForm: "Perpres", fullForm: "Peraturan Presiden"),
        .init(key: "KEPPRES", shortForm: "Keppres", fullForm: "Keputusan Presiden"),
        .init(key: "INPRES", shortForm: "Inpres", fullForm: "Instruksi Presiden"),
        .init(key: "PERMEN", shortForm: "Permen", fullForm: "Peraturan Menteri"),
        .init(key: "KEPMEN", shortForm: "Kepmen", fullForm: "Keputusan Menteri"),
        .init(key: "PERLEMBAGA", shortForm: "Peraturan Lembaga", fullForm: "Peraturan Badan/Lembaga"),
        .init(key: "KEPKA", shortForm: "Keputusan Kepala", fullForm: "Keputusan Kepala Badan/Lembaga"),
        .init(key: "PERDA", shortForm: "Perda", fullForm: "Peraturan Daerah"),
        .init(key: "PERGUB", shortForm: "Pergub", fullForm: "Peraturan Gubernur"),
        .init(key: "PERBUP", shortForm: "Perbup", fullForm: "Peraturan Bupati"),
        .init(key: "PERWALI", shortForm: "Perwali", fullForm: "Peraturan Wali Kota"),
        .init(key: "KEPGUB", shortForm: "Kepgub", fullForm: "Keputusan Gubernur"),
        .init(key: "KEPBUP", shortForm: "Kepbup", fullForm: "Keputusan Bupati"),
        .init(key: "KEPWALI", shortForm: "Kepwal", fullForm: "Keputusan Wali Kota"),
        .init(key: "INGUB", shortForm: "Ingub", fullForm: "Instruksi Gubernur"),
        .init(key: "SE", shortForm: "SE", fullForm: "Surat Edaran"),
        .init(key: "SKB", shortForm: "SKB", fullForm: "Surat Keputusan Bersama"),
        .init(key: "PUTUSAN_MK", shortForm: "Putusan MK", fullForm: "Putusan Mahkamah Konstitusi"),
    ]

    private static let byAlias: [String: RegulationType] = {
        var map: [String: RegulationType] = [:]
        for type in all {
            for form in [type.key, type.shortForm, type.fullForm] { map[NameKey.normalize(form)] = type }
        }
        let extra: [(String, String)] = [
            ("perpu", "PERPPU"), ("kepres", "KEPPRES"), ("perwal", "PERWALI"), ("undang undang", "UU"),
            ("undang-undang republik indonesia", "UU"), ("peraturan walikota", "PERWALI"), ("tap mpr", "TAPMPR"),
            ("kepwal", "KEPWALI"), ("putusan_mk", "PUTUSAN_MK"), ("peraturan daerah provinsi", "PERDA"),
            ("peraturan daerah kabupaten", "PERDA"), ("peraturan daerah kota", "PERDA"), ("qanun", "PERDA"),
            ("surat edaran", "SE"), ("kepmenkominfo", "KEPMEN"),
        ]
        for (alias, key) in extra {
            if let type = all.first(where: { $0.key == key }) { map[alias] = type }
        }
        return map
    }()

    /// Parses `UU`, `Undang-Undang`, `Perpu`, `keppres`, `PERGUB` …; nil when unknown.
    public init?(parsing text: String) {
        guard let type = RegulationType.byAlias[NameKey.normalize(text)] else { return nil }
        self = type
    }

    private init(key: String, shortForm: String, fullForm: String) {
        self.key = key
        self.shortForm = shortForm
        self.fullForm = fullForm
    }

    /// A regulation number for comparison: upper case, spaces dropped, leading zeros of the first
    /// number dropped, a letter suffix unified (`160/P` = `160P` = `160 P`, `041` = `41`).
    public static func normalizedNumber(_ number: String) -> String {
        var text = number.uppercased().filter { !$0.isWhitespace }
        // `160/P` and `160P`: a slash between digits and a final letter group is not significant.
        if let slash = text.lastIndex(of: "/") {
            let before = text[..<slash], after = text[text.index(after: slash)...]
            if !after.isEmpty, after.allSatisfy({ $0.isLetter }), before.allSatisfy({ $0.isNumber }) {
                text = String(before) + String(after)
            }
        }
        var digitsEnd = text.startIndex
        while digitsEnd < text.endIndex, text[digitsEnd].isNumber { digitsEnd = text.index(after: digitsEnd) }
        let digits = text[..<digitsEnd].drop { $0 == "0" }
        let lead = digits.isEmpty && digitsEnd > text.startIndex ? "0" : String(digits)
        return lead + text[digitsEnd...]
    }
}
