import SelarasRegistry

/// The registry's region names (below country level), normalised once per run, so naming the
/// regions in a sentence costs a few dictionary look-ups rather than a scan of every region.
struct CrossDraftRegions: Sendable {
    private var idByName: [String: String] = [:]
    /// Every leading run of words of a name (`kalimantan`, `kalimantan selatan`): a key outside
    /// it cannot grow into a name, so the scan from that word stops.
    private var prefixes: Set<String> = []
    private var maxWords = 0

    init(registry: FactRegistry?) {
        guard let registry else { return }
        for region in registry.regions where region.kind.rawValue != "negara" {
            for name in [region.name] + region.shortForms {
                let key = CrossDraftRegions.words(of: name).joined(separator: " ")
                guard !key.isEmpty else { continue }
                idByName[key] = idByName[key] ?? region.origin.id
                var prefix = ""
                for word in key.split(separator: " ") {
                    prefix += (prefix.isEmpty ? "" : " ") + word
                    prefixes.insert(prefix)
                }
                maxWords = max(maxWords, key.split(separator: " ").count)
            }
        }
    }

    /// Ids of the regions named in `sentence`, sorted and joined with `+` (empty when none).
    func named(in sentence: String) -> String {
        guard maxWords > 0 else { return "" }
        let words = CrossDraftRegions.words(of: sentence)
        var found: Set<String> = []
        for start in words.indices {
            var key = ""
            for length in 1...maxWords where start + length <= words.count {
                key += (length == 1 ? "" : " ") + words[start + length - 1]
                guard prefixes.contains(key) else { break }
                if let id = idByName[key] { found.insert(id) }
            }
        }
        return found.sorted().joined(separator: "+")
    }

    /// Lower-cased words: letters and digits, everything else separates.
    static func words(of text: String) -> [String] {
        if let words = asciiWords(of: text) { return words }
        if let scalars = CrossDraftText.singleScalarCharacters(text) { return scalarWords(of: text, scalars) }
        return NameKey.normalize(String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })).split(separator: " ").map(String.init)
    }

    /// The same scalar by scalar, for text whose every scalar is a `Character` of its own
    /// (`isLetter`/`isNumber` are then its scalar's properties, and lower-casing works per scalar).
    private static func scalarWords(of text: String, _ scalars: [(scalar: Unicode.Scalar, offset: Int)]) -> [String] {
        var words: [String] = []
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        while index < scalars.count {
            guard isWordScalar(scalars[index].scalar) else { index += 1; continue }
            let start = index
            while index < scalars.count, isWordScalar(scalars[index].scalar) { index += 1 }
            words.append(CrossDraftText.slice(text, scalars, from: start, to: index).lowercased())
        }
        return words
    }

    /// The same for ASCII text, byte by byte (ASCII letters and digits are exactly the ASCII
    /// characters `isLetter`/`isNumber` accept); nil when the text is not ASCII.
    private static func asciiWords(of text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            switch byte {
            case 0x30...0x39, 0x61...0x7A: word.append(byte)
            case 0x41...0x5A: word.append(byte | 0x20)
            default:
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
