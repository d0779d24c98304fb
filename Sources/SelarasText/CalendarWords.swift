import SelarasCore
/// How a month name was spelled.
public enum MonthSpelling: String, Sendable, Hashable {
    /// `Januari`, `Februari`, `November`.
    case standard
    /// Non-standard full spellings: `Pebruari`, `Nopember`, `Febuari` (other typos are not guessed).
    case variant
    /// `Jan`, `Feb`, `Agt`, `Sept`, `Des` (with or without a period).
    case abbreviation
    /// `23/1/2018`: the month is a number.
    case numeric
}

/// Month and weekday names as written in Indonesian releases.
public enum CalendarWords {
    static let months: FrozenStringMap<(Int, MonthSpelling)> = {
        var table: [String: (Int, MonthSpelling)] = [:]
        let standard = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                        "oktober", "november", "desember"]
        for (index, name) in standard.enumerated() { table[name] = (index + 1, .standard) }
        let variants: [(String, Int)] = [("pebruari", 2), ("nopember", 11), ("febuari", 2), ("pebuari", 2)]
        for (name, month) in variants { table[name] = (month, .variant) }
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("peb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("agu", 8),
            ("agt", 8), ("ags", 8), ("agust", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("nop", 11), ("des", 12),
        ]
        for (name, month) in abbreviations {
            table[name] = (month, .abbreviation)
            table[name + "."] = (month, .abbreviation)
        }
        return FrozenStringMap(table)
    }()

    /// The month (1–12) and spelling of a month word, case-insensitive.
    public static func month(_ word: String) -> (month: Int, spelling: MonthSpelling)? {
        months[lowercased(word)].map { (month: $0.0, spelling: $0.1) }
    }

    static let weekdays: FrozenStringMap<Int> = [
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum’at": 5, "sabtu": 6,
        "minggu": 7, "ahad": 7,
    ]

    /// The ISO weekday (1 = Senin … 7 = Minggu/Ahad) of a capitalised weekday word.
    public static func weekday(_ word: String) -> Int? {
        guard let first = word.unicodeScalars.first, ScalarClass.isUpper(first) else { return nil }
        return weekdays[lowercased(word)]
    }

    /// `word.lowercased()`, without building a new string when there is nothing to lower (ASCII
    /// without capitals: the callers mostly pass words already lowered).
    static func lowercased(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) } ? word : word.lowercased()
    }

    /// Indonesian weekday names by ISO number, for messages.
    public static let weekdayNames = ["", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    /// Indonesian month names by number, for messages.
    public static let monthNames = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                    "September", "Oktober", "November", "Desember"]
}
