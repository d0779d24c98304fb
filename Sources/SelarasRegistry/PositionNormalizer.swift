import SelarasCore

/// Turns a position as written into a lookup key, so that "Gubernur Kalsel", "Gub. Kalimantan
/// Selatan" and "Gubernur Provinsi Kalimantan Selatan" meet.
///
/// Region short forms come from the `regions` table; position abbreviations come from a small
/// built-in list (only unambiguous ones: `Kadis` stays generic, `Kadinkes` is not guessed).
public struct PositionNormalizer: Sendable {
    /// Normalised phrase (1–3 words) → replacement words.
    private var replacements: [String: String]
    /// First words of multi-word phrases, so most words need a single dictionary probe.
    private var phraseStarts: Set<String>
    /// Acting markers a query may carry: they select a role, not a position.
    static let actingMarkers: [String: OfficialRole] = [
        "plt.": .plt, "plt": .plt, "plh.": .plh, "plh": .plh, "pj.": .pj, "pj": .pj, "pjs.": .pjs, "pjs": .pjs,
    ]
    static let builtIn: [String: String] = [
        "gub.": "gubernur", "gub": "gubernur", "wagub": "wakil gubernur", "wagub.": "wakil gubernur",
        "walikota": "wali kota", "wako": "wali kota", "wawali": "wakil wali kota", "wawako": "wakil wali kota",
        "wakil walikota": "wakil wali kota", "wabup": "wakil bupati", "sekda": "sekretaris daerah",
        "sekdaprov": "sekretaris daerah", "sekdakab": "sekretaris daerah", "sekdako": "sekretaris daerah",
        "kadis": "kepala dinas", "kaban": "kepala badan", "kapolda": "kepala kepolisian daerah",
        "kapolres": "kepala kepolisian resor", "kapolresta": "kepala kepolisian resor kota",
        "menkominfo": "menteri komunikasi dan informatika", "menkomdigi": "menteri komunikasi dan digital",
        "mendagri": "menteri dalam negeri", "prov.": "", "provinsi": "", "prov": "",
    ]

    public init(regions: [RegionRecord] = []) {
        var map = PositionNormalizer.builtIn
        for region in regions {
            let name = NameKey.normalize(region.name)
            for form in region.shortForms {
                let key = NameKey.normalize(form)
                if map[key] == nil, key != name { map[key] = name }
            }
        }
        replacements = map
        phraseStarts = Set(map.keys.compactMap { key in key.contains(" ") ? key.split(separator: " ").first.map(String.init) : nil })
    }

    /// The lookup key of a position, without acting markers.
    public func key(_ position: String) -> String {
        split(position).key
    }

    /// The key and the acting role a query names (`Plh. Gubernur Kalsel` → `gubernur kalimantan selatan`, Plh).
    public func split(_ position: String) -> (key: String, role: OfficialRole?) {
        var words = NameKey.words(NameKey.normalize(position)).map(String.init)
        var role: OfficialRole?
        if let first = words.first, let marker = PositionNormalizer.actingMarkers[first] {
            role = marker
            words.removeFirst()
        }
        var out: [String] = []
        var index = 0
        while index < words.count {
            var matched = false
            let longest = phraseStarts.contains(words[index]) ? min(3, words.count - index) : 1
            for length in stride(from: longest, through: 1, by: -1) {
                let phrase = length == 1 ? words[index] : words[index..<index + length].joined(separator: " ")
                if let replacement = replacements[phrase] {
                    if !replacement.isEmpty { out.append(replacement) }
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { out.append(words[index]); index += 1 }
        }
        return (out.joined(separator: " "), role)
    }
}
