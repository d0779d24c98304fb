import Foundation
import SelarasText

/// The words of a registry's figure trigger phrases, to answer `FactRegistry.mayBeFigureTriggerWord`
/// for a token from its bytes, without building or hashing a string.
///
/// For a token whose text is ASCII, the registry's answer is: true when its lowercased text is
/// empty, holds a byte up to 0x20 or ends in `,;:` (`FactRegistry.figureTriggerWordNeedsNormalizing`;
/// lowercased ASCII has no capitals), else whether the set holds it. When every word of the set is
/// ASCII, an ASCII string is in it exactly when some word has the same bytes (ASCII strings are
/// canonically equivalent only when identical), which is what `contains(lowercasing:)` compares.
/// A set holding any non-ASCII word is not judged here (`isASCII` false): callers ask the registry.
struct TriggerWordTable: Sendable {
    /// The set this table was built from.
    let words: Set<String>
    /// Whether every word of `words` is ASCII, so the table alone can answer for ASCII tokens.
    let isASCII: Bool
    /// The words' bytes, grouped by first byte.
    private let byFirstByte: [[[UInt8]]]

    init(_ words: Set<String>) {
        self.words = words
        var table = [[[UInt8]]](repeating: [], count: 256)
        var ascii = true
        for word in words {
            let bytes = Array(word.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) { ascii = false }
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        self.isASCII = ascii
        self.byFirstByte = table
    }

    /// Whether `mayBeFigureTriggerWord` is true for the lowercased form of the ASCII `bytes`
    /// (a token's text); only meaningful when `isASCII`.
    func mayTrigger(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last != 0x2C, last != 0x3B, last != 0x3A else { return true }
        for byte in bytes where byte <= 0x20 { return true }
        return contains(lowercasing: bytes)
    }

    /// Whether the set holds the ASCII `bytes` lowercased.
    func contains(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        for word in byFirstByte[Int(Self.lower(first))] where word.count == bytes.count {
            var same = true
            for offset in 0..<bytes.count where Self.lower(bytes[offset]) != word[offset] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// The `TriggerWordTable` of a run's registry, kept between documents: every document of a run is
/// checked against the same registry, and building the table costs more than the trigger search
/// of a typical document. It is rebuilt whenever asked about another word set (compared with
/// `==`, quick for the same set storage), so it never answers with another registry's words.
final class TriggerWordTableCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table: TriggerWordTable?

    func table(for words: Set<String>) -> TriggerWordTable {
        lock.lock()
        defer { lock.unlock() }
        if let table, table.words == words { return table }
        let made = TriggerWordTable(words)
        table = made
        return made
    }
}
