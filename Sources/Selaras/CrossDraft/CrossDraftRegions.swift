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
    ///
    /// A sentence whose every scalar `CrossDraftScalars` has in its table is cut straight from
    /// its UTF-8 (`wordBounds(utf8:)`, the same cut as `CrossDraftScalars` with `wordBounds`,
    /// without building its arrays) and makes its words one by one as the scan asks for them:
    /// an ASCII word no name starts with is turned away by its bytes (its lower-cased first byte
    /// and its length are the word's), so most words never become a `String`. The scan and its
    /// look-ups are the same as over `words(of:)`.
    func named(in sentence: String) -> String {
        guard maxWords > 0 else { return "" }
        let fast: String?? = sentence.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            guard let bounds = CrossDraftRegions.wordBounds(utf8: utf8) else { return nil }
            // Words are made as asked, not kept: few are asked at all (most sentences have no
            // word a name starts with), and one asked twice is made the same way twice.
            var lowered: [UInt8] = []
            func word(_ index: Int) -> String {
                let bound = bounds[index]
                guard bound.end - bound.start == bound.scalars else {
                    return String(decoding: UnsafeBufferPointer(rebasing: utf8[bound.start..<bound.end]), as: UTF8.self).lowercased()
                }
                lowered.removeAll(keepingCapacity: true)
                for byte in UnsafeBufferPointer(rebasing: utf8[bound.start..<bound.end]) {
                    lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                return String(decoding: lowered, as: UTF8.self)
            }
            return named(count: bounds.count, mayStart: { index in
                let bound = bounds[index]
                guard bound.end - bound.start == bound.scalars else { return mayStartName(word(index)) }
                let first = utf8[bound.start]
                return mayStart(first: first >= 0x41 && first <= 0x5A ? first | 0x20 : first, length: bound.scalars)
            }, word: word)
        }
        if let fast, let answer = fast { return answer }
        return named(words: CrossDraftRegions.words(of: sentence))
    }

    /// A word of a sentence: its bytes `start..<end` and how many scalars they hold (as many as
    /// bytes when it is ASCII).
    private struct ByteBound {
        var start: Int
        var end: Int
        var scalars: Int
    }

    /// The words of valid UTF-8 `utf8` as `CrossDraftScalars` and `wordBounds` cut them: runs of
    /// scalars of the `word` class. Nil, as `CrossDraftScalars.init` is, when a scalar is outside
    /// its table; the lead byte of valid UTF-8 tells each scalar's length, as there.
    private static func wordBounds(utf8: UnsafeBufferPointer<UInt8>) -> [ByteBound]? {
        CrossDraftScalars.table.withUnsafeBufferPointer { wordBounds(utf8: utf8, table: $0) }
    }

    private static func wordBounds(utf8: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>) -> [ByteBound]? {
        var bounds: [ByteBound] = []
        bounds.reserveCapacity(utf8.count / 2 + 1)  // words are separated: at most one per two bytes, rounded up
        var wordStart = -1
        var scalars = 0
        var index = 0
        while index < utf8.count {
            guard let (slot, length) = CrossDraftScalars.slot(at: index, in: utf8) else { return nil }
            if table[slot] & CrossDraftScalars.word != 0 {
                if wordStart < 0 {
                    wordStart = index
                    scalars = 0
                }
                scalars += 1
            } else if wordStart >= 0 {
                bounds.append(ByteBound(start: wordStart, end: index, scalars: scalars))
                wordStart = -1
            }
            index += length
        }
        if wordStart >= 0 { bounds.append(ByteBound(start: wordStart, end: utf8.count, scalars: scalars)) }
        return bounds
    }

    /// The same over the words of `words(of:)`, made all at once.
    func named(words: [String]) -> String {
        named(count: words.count, mayStart: { mayStartName(words[$0]) }, word: { words[$0] })
    }

    /// The scan of `named(in:)` over `count` words, `word(i)` giving word i.
    private func named(count: Int, mayStart: (Int) -> Bool, word: (Int) -> String) -> String {
        var found: Set<String> = []
        for start in 0..<count where mayStart(start) {
            var key = ""
            for length in 1...maxWords where start + length <= count {
                key += (length == 1 ? "" : " ") + word(start + length - 1)
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
        return mayStart(first: first, length: word.utf8.count)
    }

    private func mayStart(first: UInt8, length: Int) -> Bool {
        firstWords[Int(first)] & (1 << UInt32(min(length, 31))) != 0
    }

    /// Lower-cased words: letters and digits, everything else separates. Text whose every scalar
    /// is a `Character` of its own (ASCII among them) is cut scalar by scalar with the classes
    /// from `CrossDraftScalars` (`isLetter`/`isNumber` are then the scalar's `isAlphabetic` or
    /// `numericType`, and lower-casing works per scalar; an ASCII word is lower-cased byte by
    /// byte, as `lowercased()` does).
    static func words(of text: String) -> [String] {
        if let scalars = CrossDraftScalars(text) {
            var lowered: [UInt8] = []
            return wordBounds(scalars).map { word(scalars, $0, buffer: &lowered) }
        }
        return NameKey.normalize(String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })).split(separator: " ").map(String.init)
    }

    /// The scalar ranges of the words: runs of letters and numbers.
    private static func wordBounds(_ scalars: CrossDraftScalars) -> [(start: Int, end: Int)] {
        var bounds: [(start: Int, end: Int)] = []
        let classes = scalars.classes
        var index = 0
        while index < classes.count {
            guard classes[index] & CrossDraftScalars.word != 0 else { index += 1; continue }
            let start = index
            while index < classes.count, classes[index] & CrossDraftScalars.word != 0 { index += 1 }
            bounds.append((start, index))
        }
        return bounds
    }

    /// The word at `bound`, lower-cased (`buffer` is scratch space).
    private static func word(_ scalars: CrossDraftScalars, _ bound: (start: Int, end: Int), buffer: inout [UInt8]) -> String {
        guard scalars.isASCII(from: bound.start, to: bound.end) else {
            return scalars.string(from: bound.start, to: bound.end).lowercased()
        }
        buffer.removeAll(keepingCapacity: true)
        for byte in scalars.bytes[scalars.offsets[bound.start]..<scalars.offsets[bound.end]] {
            buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}
