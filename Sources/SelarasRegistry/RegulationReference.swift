import SelarasCore

/// A regulation named by type, number and year, parsed from what a person types or a draft says:
/// `UU 14/2008`, `UU No. 14 Tahun 2008`, `Undang-Undang Nomor 14 Tahun 2008`, `Keppres 160/P Tahun 2024`,
/// `Pergub 041/2023`.
public struct RegulationReference: Sendable, Hashable, CustomStringConvertible {
    public var type: RegulationType
    public var number: String
    public var year: Int

    public init(type: RegulationType, number: String, year: Int) {
        self.type = type
        self.number = number
        self.year = year
    }

    public var description: String { "\(type.shortForm) \(number)/\(year)" }

    /// Parses a citation; nil when the text is not one (no known type, no number or no year).
    public init?(parsing text: String) {
        var words = NameKey.words(NameKey.normalize(text)).map(String.init)
        guard words.count >= 2 else { return nil }
        // Type: the longest leading run of words that names a type.
        var type: RegulationType?
        var typeLength = 0
        for length in stride(from: min(6, words.count - 1), through: 1, by: -1) {
            if let parsed = RegulationType(parsing: words[0..<length].joined(separator: " ")) {
                type = parsed
                typeLength = length
                break
            }
        }
        guard let type else { return nil }
        words.removeFirst(typeLength)
        if words.first == "ri" || words.first == "republik" {
            words.removeFirst(words.first == "republik" && words.count > 2 ? 2 : 1)
        }
        if let first = words.first, ["nomor", "no.", "no", "nomor:", "no.:", "nmr."].contains(first) { words.removeFirst() }
        if words.first == ":" { words.removeFirst() }
        var year: Int?
        if words.count >= 2, ["tahun", "th.", "th", "thn", "thn."].contains(words[words.count - 2]),
           let last = words.last, last.count == 4, let value = Int(last) {
            year = value
            words.removeLast(2)
        } else if let last = words.last, let slash = last.lastIndex(of: "/") {
            let tail = last[last.index(after: slash)...]
            if tail.count == 4, let value = Int(tail) {
                year = value
                words[words.count - 1] = String(last[..<slash])
            }
        }
        guard let year, !words.isEmpty else { return nil }
        let number = words.joined(separator: " ").uppercased()
        guard !number.isEmpty, number.first?.isNumber == true || number.first?.isLetter == true else { return nil }
        self.init(type: type, number: number, year: year)
    }
}

extension FactRegistry {
    /// The regulations a citation names, by type/number/year or by alias (`UU KIP`).
    public func regulations(citedAs text: String) -> [RegulationRecord] {
        if let reference = RegulationReference(parsing: text) {
            let found = regulations(type: reference.type, number: reference.number, year: reference.year)
            if !found.isEmpty { return found }
        }
        return regulations(alias: text)
    }
}
