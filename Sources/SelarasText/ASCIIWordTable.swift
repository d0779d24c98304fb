import SelarasCore

/// A small table of ASCII lower-case words, asked about a token's lower-cased text from the
/// token's bytes: the look-up a `FrozenStringSet`/`FrozenStringMap` of the same words does for an
/// ASCII token (two ASCII strings are equal exactly when their bytes are), without fetching or
/// hashing the string. A non-ASCII token gets `.notASCII`: the caller asks the string table,
/// which compares by canonical equivalence.
struct ASCIIWordTable<Value: Sendable>: Sendable {
    /// What the table knows of a token's lower-cased text.
    enum Answer {
        case found(Value)
        case absent
        /// The token is not ASCII: only a string look-up can tell.
        case notASCII
    }

    /// Entries whose word starts with byte `b` are `firstStart[b]..<firstStart[b + 1]`.
    private let firstStart: [Int]
    private let wordStart: [Int]
    private let wordLength: [Int]
    private let bytes: [UInt8]
    private let values: [Value]

    init(_ pairs: [(String, Value)]) {
        precondition(pairs.allSatisfy { !$0.0.isEmpty && $0.0.utf8.allSatisfy { $0 < 0x80 } }, "ASCII words only")
        let sorted = pairs.sorted { $0.0.utf8.first! < $1.0.utf8.first! }
        var firstStart = [Int](repeating: 0, count: 257)
        var wordStart: [Int] = []
        var wordLength: [Int] = []
        var bytes: [UInt8] = []
        for (word, _) in sorted {
            firstStart[Int(word.utf8.first!) + 1] += 1
            wordStart.append(bytes.count)
            wordLength.append(word.utf8.count)
            bytes += word.utf8
        }
        for b in 0..<256 { firstStart[b + 1] += firstStart[b] }
        self.firstStart = firstStart
        self.wordStart = wordStart
        self.wordLength = wordLength
        self.bytes = bytes
        self.values = sorted.map(\.1)
    }

    /// The value of `a.lower(index)` as the string table would give it, when the token is ASCII.
    func lookup(_ index: Int, in a: TextAnalysis) -> Answer {
        guard a.tokens.indices.contains(index) else { return .notASCII }  // `lower` is "" there: ask the table
        let shape = a.lowerShape(index)
        // An ASCII shape is an ASCII token (`TextAnalysis.texts`), whose lower-cased text is its
        // bytes with `A`–`Z` lower-cased.
        guard shape.isASCII else { return .notASCII }
        let first = Int(shape.first)
        let span = a.tokens[index].span
        let text = a.text.bytes
        var entry = firstStart[first]
        let end = firstStart[first + 1]
        while entry < end {
            defer { entry += 1 }
            guard wordLength[entry] == shape.length else { continue }
            let start = wordStart[entry]
            var offset = 1
            while offset < shape.length {
                let byte = text[span.start + offset]
                if ((byte &- 0x41) < 26 ? byte | 0x20 : byte) != bytes[start + offset] { break }
                offset += 1
            }
            if offset == shape.length { return .found(values[entry]) }
        }
        return .absent
    }
}

extension ASCIIWordTable {
    /// The value the string table gives `a.lower(index)`: from the bytes for an ASCII token,
    /// else from `ask` (the string table itself).
    @inline(__always)
    func value(_ index: Int, in a: TextAnalysis, orAsk ask: (String) -> Value?) -> Value? {
        switch lookup(index, in: a) {
        case .found(let value): return value
        case .absent: return nil
        case .notASCII: return ask(a.lower(index))
        }
    }
}

extension ASCIIWordTable where Value == Bool {
    /// A set of words (each with the value `true`).
    init(_ words: some Sequence<String>) {
        self.init(words.map { ($0, true) })
    }

    /// Whether `a.lower(index)` is a word of the table, from the bytes for an ASCII token, else
    /// `ask(a.lower(index))`.
    @inline(__always)
    func contains(_ index: Int, in a: TextAnalysis, orAsk ask: (String) -> Bool) -> Bool {
        value(index, in: a) { ask($0) ? true : nil } ?? false
    }

    /// `set.contains(a.lower(index))`, from the bytes for an ASCII token.
    @inline(__always)
    func contains(_ index: Int, in a: TextAnalysis, orAsk set: FrozenStringSet) -> Bool {
        value(index, in: a) { set.contains($0) ? true : nil } ?? false
    }
}
