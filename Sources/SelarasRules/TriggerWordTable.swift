import Foundation
import SelarasRegistry
import SelarasText

/// The words of a registry's figure trigger phrases, to answer `FactRegistry.mayBeFigureTriggerWord`
/// for a token from its bytes, without building or hashing a string, and to tell cheaply that a
/// run of such words is no registered phrase.
///
/// For a token whose text is ASCII, the registry's answer is: true when its lowercased text is
/// empty, holds a byte up to 0x20 or ends in `,;:` (`FactRegistry.figureTriggerWordNeedsNormalizing`;
/// lowercased ASCII has no capitals), else whether the set holds it. When every word of the set is
/// ASCII, an ASCII string is in it exactly when some word has the same bytes (ASCII strings are
/// canonically equivalent only when identical), which is what `answer(lowercasing:)` compares.
/// A set holding any non-ASCII word is not judged here (`isASCII` false): callers ask the registry.
public struct TriggerWordTable: Sendable {
    /// What the table says about one token.
    enum Answer: Equatable {
        /// Not part of any trigger phrase.
        case no
        /// The word with this id, written as the set holds it: nothing for `NameKey` to change.
        case word(Int)
        /// May be part of a phrase, but only the registry's look-up of the joined phrase can tell.
        case maybe
    }

    /// The set and phrases this table was built from.
    let words: Set<String>
    let phrases: [String: [Int]]
    /// Whether every word of `words` is ASCII, so the table alone can answer for ASCII tokens.
    let isASCII: Bool
    /// The words' bytes, by id.
    private let wordBytes: [[UInt8]]
    /// Word ids grouped by first byte.
    private let idsByFirstByte: [[Int]]
    /// Per word id, bit `n` set when the word starts (ends) a phrase of `n` words (`n` < 8).
    private let starts: [UInt8]
    private let ends: [UInt8]
    /// One bit per (first byte, last byte, length) of the words (`shapeBit`): a clear bit means
    /// no word has that shape, so `id(lowercasing:)` turns most tokens away without comparing.
    private let shapes: [UInt64]

    /// `words` and `phrases` are a registry's `figureTriggerWordSet` and `figureIndicesByTrigger`.
    public init(words: Set<String>, phrases: [String: [Int]]) {
        self.words = words
        self.phrases = phrases
        var bytesByID: [[UInt8]] = []
        var idOf: [String: Int] = [:]
        var byFirst = [[Int]](repeating: [], count: 256)
        var shapes = [UInt64](repeating: 0, count: Self.shapeWords)
        var ascii = true
        for word in words.sorted() {
            let bytes = Array(word.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) { ascii = false }
            idOf[word] = bytesByID.count
            if let first = bytes.first, let last = bytes.last {
                byFirst[Int(first)].append(bytesByID.count)
                let bit = Self.shapeBit(first: first, last: last, count: bytes.count)
                shapes[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            bytesByID.append(bytes)
        }
        var starts = [UInt8](repeating: 0, count: bytesByID.count)
        var ends = [UInt8](repeating: 0, count: bytesByID.count)
        for phrase in phrases.keys {
            // Only a phrase that is its words joined by single spaces can equal a joined run of words.
            let parts = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard parts.count < 8, let first = parts.first.flatMap({ idOf[$0] }), let last = parts.last.flatMap({ idOf[$0] }),
                  parts.allSatisfy({ !$0.isEmpty }) else { continue }
            starts[first] |= 1 << UInt8(parts.count)
            ends[last] |= 1 << UInt8(parts.count)
        }
        self.isASCII = ascii
        self.wordBytes = bytesByID
        self.idsByFirstByte = byFirst
        self.starts = starts
        self.ends = ends
        self.shapes = shapes
    }

    /// The table of `registry`'s trigger words and phrases.
    public init(registry: FactRegistry) {
        self.init(words: registry.figureTriggerWordSet, phrases: registry.figureIndicesByTrigger)
    }

    /// `registry.mayBeFigureTriggerWord(word)`, where `registry` is the one this table was made
    /// from. A word the registry need not normalise is non-empty ASCII without capitals,
    /// controls, spaces or a trailing `,;:`; its answer is whether the set holds it, and with an
    /// all-ASCII set that is whether some word has its bytes, which `id(lowercasing:)` finds
    /// (lowercasing changes nothing without capitals). Anything else is asked of the registry.
    public func mayBeTriggerWord(_ word: String, in registry: FactRegistry) -> Bool {
        guard isASCII, !FactRegistry.figureTriggerWordNeedsNormalizing(word) else {
            return registry.mayBeFigureTriggerWord(word)
        }
        var word = word
        return word.withUTF8 { id(lowercasing: $0) != nil }
    }

    /// Bits in `shapes`.
    private static let shapeBits = 1 << 14
    private static let shapeWords = shapeBits / 64

    /// The `shapes` bit of a word with these first and last bytes and byte count.
    @inline(__always) private static func shapeBit(first: UInt8, last: UInt8, count: Int) -> Int {
        (Int(first) &* 131 &+ Int(last) &* 7 &+ min(count, 63) &* 4099) & (shapeBits - 1)
    }

    /// `mayBeFigureTriggerWord` for the lowercased form of the ASCII `bytes` (a token's text),
    /// with the word's id when the set holds it as written; only meaningful when `isASCII`.
    func answer(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        guard let last = bytes.last, last != 0x2C, last != 0x3B, last != 0x3A else { return .maybe }
        for byte in bytes where byte <= 0x20 { return .maybe }
        return id(lowercasing: bytes).map(Answer.word) ?? .no
    }

    /// The id of the word equal to the ASCII `bytes` lowercased, if the set holds one.
    func id(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, let last = bytes.last else { return nil }
        // A word equal to the lowercased bytes has their first byte, last byte and count, so its
        // shape bit is set; a clear bit means no word can be equal.
        let bit = Self.shapeBit(first: Self.lower(first), last: Self.lower(last), count: bytes.count)
        guard shapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        for id in idsByFirstByte[Int(Self.lower(first))] where wordBytes[id].count == bytes.count {
            let word = wordBytes[id]
            var same = true
            for offset in 0..<bytes.count where Self.lower(bytes[offset]) != word[offset] {
                same = false
                break
            }
            if same { return id }
        }
        return nil
    }

    /// Whether some phrase of `count` words starts with word `first` and ends with word `last`
    /// (false means the words joined cannot be a registered phrase).
    func mayBePhrase(first: Int, last: Int, count: Int) -> Bool {
        guard count < 8 else { return true }  // longer phrases are not in the bits
        return starts[first] & (1 << UInt8(count)) != 0 && ends[last] & (1 << UInt8(count)) != 0
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// The `TriggerWordTable` of a run's registry, kept between documents: every document of a run is
/// checked against the same registry, and building the table costs more than the trigger search
/// of a typical document. It is rebuilt whenever asked about other words or phrases (compared
/// with `==`, quick for the same storage), so it never answers with another registry's words.
///
/// `shared` serves every user of a run (the figure rule and the cross-draft figures), so the
/// table is built once; a run with another registry rebuilds it, as above.
public final class TriggerWordTableCache: @unchecked Sendable {
    /// The cache of the process.
    public static let shared = TriggerWordTableCache()

    private let lock = NSLock()
    private var table: TriggerWordTable?

    /// The table of `registry`'s trigger words and phrases.
    public func table(for registry: FactRegistry) -> TriggerWordTable {
        let words = registry.figureTriggerWordSet
        let phrases = registry.figureIndicesByTrigger
        lock.lock()
        defer { lock.unlock() }
        if let table, table.words == words, table.phrases == phrases { return table }
        let made = TriggerWordTable(words: words, phrases: phrases)
        table = made
        return made
    }
}
