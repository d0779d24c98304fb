/// Name keys for officials: titles and honorifics stripped, case and spacing normalised, so
/// "H. Muhidin", "Muhidin" and "muhidin, S.E." meet.
enum OfficialNames {
    /// Front titles and honorifics (normalised, with and without the final period).
    static let frontTitles: Set<String> = {
        let titles = ["prof.", "dr.", "drg.", "drh.", "ir.", "drs.", "dra.", "h.", "hj.", "k.h.", "kh.", "ust.", "ns.",
                      "apt.", "bapak", "ibu", "pak", "bu", "sdr.", "yth."]
        var set = Set(titles)
        for title in titles where title.hasSuffix(".") { set.insert(String(title.dropLast())) }
        return set
    }()

    /// The key of a written name: back titles (after the first comma) and leading front titles dropped.
    static func key(_ name: String) -> String {
        var text = NameKey.normalize(name)
        // Fast path: no back titles and a first word that is not a title.
        if !text.utf8.contains(0x2C) {
            let firstWord = text.utf8.firstIndex(of: 0x20).map { String(text[..<$0]) } ?? text
            if !frontTitles.contains(firstWord) { return text }
        }
        if let comma = text.firstIndex(of: ",") { text = String(text[..<comma]) }
        var words = NameKey.words(text)
        while words.count > 1, let first = words.first, frontTitles.contains(String(first)) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
