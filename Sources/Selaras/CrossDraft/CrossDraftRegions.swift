import SelarasRegistry

/// The registry's region names (below country level), normalised once per run, so naming the
/// regions in a sentence costs a few dictionary look-ups rather than a scan of every region.
struct CrossDraftRegions: Sendable {
    private var idByName: [String: String] = [:]
    /// Every leading run of words of a name (`kalimantan`, `kalimantan selatan`): a key outside
    /// it cannot grow into a name, so the scan from that word stops.
    private var prefixes: Set<String> = []
    private var maxWords = 0
    /// By first byte of a one-word prefix, a bit for each of its byte lengths (31: 31 or more).
    private var firstWords = [UInt32](repeating: 0, count: 256)

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
                if let first = key.split(separator: " ").first, let byte = first.utf8.first {
                    firstWords[Int(byte)] |= 1 << UInt32(min(first.utf8.count, 31))
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
        for start in words.indices where mayStartName(words[start]) {
            var key = ""
            for length in 1...maxWords where start + length <= words.count {
                key += (length == 1 ? "" : " ") + words[start + length - 1]
                guard prefixes.contains(key) else { break }
                if let id = idByName[key] { found.insert(id) }
            }
        }
        return found.sorted().joined(separator: "+")
    }

    /// False when no name starts with `word`: no one-word prefix has its first byte and length
    /// (lengths from 31 on share a bit). Saves hashing most words of a sentence; a word passing
    /// is looked up as before.
    private func mayStartName(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return prefixes.contains(word) }
        return firstWords[Int(first)] & (1 << UInt32(min(word.utf8.count, 31))) != 0
    }

    /// Lower-cased words: letters and digits, everything else separates. Text whose every scalar
    /// is a `Character` of its own (ASCII among them) is cut scalar by scalar with the classes
    /// from `CrossDraftScalars` (`isLetter`/`isNumber` are then the scalar's `isAlphabetic` or
    /// `numericType`, and lower-casing works per scalar; an ASCII word is lower-cased byte by
    /// byte, as `lowercased()` does).
    static func words(of text: String) -> [String] {
        if let scalars = CrossDraftScalars(text) { return tableWords(scalars) }
        return NameKey.normalize(String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })).split(separator: " ").map(String.init)
    }

    private static func tableWords(_ scalars: CrossDraftScalars) -> [String] {
        var words: [String] = []
        let classes = scalars.classes
        var index = 0
        while index < classes.count {
            guard classes[index] & CrossDraftScalars.word != 0 else { index += 1; continue }
            let start = index
            while index < classes.count, classes[index] & CrossDraftScalars.word != 0 { index += 1 }
            if scalars.isASCII(from: start, to: index) {
                let bytes = scalars.bytes[scalars.offsets[start]..<scalars.offsets[index]]
                words.append(String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
            } else {
                words.append(scalars.string(from: start, to: index).lowercased())
            }
        }
        return words
    }
}
