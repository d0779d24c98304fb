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

    /// Entries whose word starts with byte `f` and has `n` bytes (15 for 15 or more) are
    /// `bucketStart[b]..<bucketStart[b + 1]` for `b = f << 4 | n`: a token is compared with the
    /// few words of its first byte and length only.
    private let bucketStart: [Int32]
    private let wordStart: [Int32]
    private let wordLength: [Int32]
    private let bytes: [UInt8]
    private let values: [Value]

    private static func bucket(first: UInt8, length: Int) -> Int { Int(first) << 4 | min(length, 15) }

    init(_ pairs: [(String, Value)]) {
        precondition(pairs.allSatisfy { !$0.0.isEmpty && $0.0.utf8.allSatisfy { $0 < 0x80 } }, "ASCII words only")
        func bucket(_ word: String) -> Int { Self.bucket(first: word.utf8.first!, length: word.utf8.count) }
        let sorted = pairs.sorted { bucket($0.0) < bucket($1.0) }
        var bucketStart = [Int32](repeating: 0, count: 256 << 4 + 1)
        var wordStart: [Int32] = []
        var wordLength: [Int32] = []
        var bytes: [UInt8] = []
        for (word, _) in sorted {
            bucketStart[bucket(word) + 1] += 1
            wordStart.append(Int32(bytes.count))
            wordLength.append(Int32(word.utf8.count))
            bytes += word.utf8
        }
        for b in 0..<(256 << 4) { bucketStart[b + 1] += bucketStart[b] }
        self.bucketStart = bucketStart
        self.wordStart = wordStart
        self.wordLength = wordLength
        self.bytes = bytes
        self.values = sorted.map(\.1)
    }

    /// The value of `a.lower(index)` as the string table would give it, when the token is ASCII.
    @inline(__always)
    func lookup(_ index: Int, in a: TextAnalysis) -> Answer {
        guard index >= 0, index < a.tokens.count else { return .notASCII }  // `lower` is "" there: ask the table
        let shape = a.lowerShape(index)
        // An ASCII shape is an ASCII token (`TextAnalysis.texts`), whose lower-cased text is its
        // bytes with `A`–`Z` lower-cased; the bucket holds the words of its first byte and length.
        guard shape.isASCII else { return .notASCII }
        let b = Self.bucket(first: shape.first, length: shape.length)
        var entry = Int(bucketStart[b])
        let end = Int(bucketStart[b + 1])
        guard entry < end else { return .absent }
        let tokenStart = a.tokens[index].span.start
        while entry < end {
            if Int(wordLength[entry]) == shape.length {
                let start = Int(wordStart[entry])
                var offset = 1
                while offset < shape.length {
                    let byte = a.text.bytes[tokenStart + offset]
                    if ((byte &- 0x41) < 26 ? byte | 0x20 : byte) != bytes[start + offset] { break }
                    offset += 1
                }
                if offset == shape.length { return .found(values[entry]) }
            }
            entry += 1
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
