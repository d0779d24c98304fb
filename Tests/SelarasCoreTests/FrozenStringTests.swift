import Foundation
@testable import SelarasCore
import SelarasTestSupport
import Testing

/// `FrozenStringSet`/`FrozenStringMap` must answer exactly as `Set<String>`/`Dictionary` do,
/// canonical equivalence included: they replaced those in every claim extractor.
@Suite struct FrozenStringTests {
    static let vocabulary = ["nomor", "no.", "tahun", "th.", "jum'at", "jum’at", "café", "", "K", "ribu", "rb", "pasal", "Pol."]

    @Test func membershipMatchesSetOnWordsAndNearMisses() {
        let frozen = FrozenStringSet(Self.vocabulary)
        let reference = Set(Self.vocabulary)
        let queries = Self.vocabulary + ["Nomor", "nomo", "nomorr", "no", "th", "tahu", "cafe", "cafe\u{301}", "ca", "jum`at",
                                         "\u{212A}", "k", " ", "Pol", "pol.", "ribu ", "rb.", "🙂", "nomor\u{0}"]
        for query in queries {
            #expect(frozen.contains(query) == reference.contains(query), "\(query.unicodeScalars.map { $0.value })")
        }
    }

    /// A decomposed `é` in the text equals a precomposed key, as `==` says.
    @Test func canonicallyEquivalentSpellingsAreMembers() {
        #expect(FrozenStringSet(["café"]).contains("cafe\u{301}"))
        #expect(FrozenStringSet(["cafe\u{301}"]).contains("café"))
        // A Kelvin sign decomposes to ASCII `K`: the byte path must not answer for ASCII queries.
        #expect(FrozenStringSet(["\u{212A}"]).contains("K"))
        #expect(FrozenStringSet(["K"]).contains("\u{212A}"))
        #expect(!FrozenStringSet(["K"]).contains("k"))
    }

    @Test func mapValuesMatchTheDictionary() {
        let dictionary = Dictionary(uniqueKeysWithValues: Self.vocabulary.enumerated().map { ($1, $0) })
        let frozen = FrozenStringMap(dictionary)
        for key in Self.vocabulary + ["missing", "Nomor", "cafe\u{301}"] { #expect(frozen[key] == dictionary[key], "\(key)") }
        #expect(frozen.count == dictionary.count)
        #expect(frozen.keys == dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let literal: FrozenStringMap<Int> = ["satu": 1, "dua": 2]
        #expect(literal["dua"] == 2 && literal["tiga"] == nil && literal.keys == ["satu", "dua"])
    }

    @Test func repeatedKeysKeepOneMember() {
        let set = FrozenStringSet(["setda", "kab.", "setda", "kab."])
        #expect(set.count == 2 && set.members == ["setda", "kab."])
    }

    /// Random words over a small alphabet (so hits and misses both happen, with multibyte
    /// letters and combining marks) against `Set<String>`, including byte-slice queries.
    @Test func randomVocabulariesAgreeWithSet() {
        var generator = SeededGenerator(seed: 0xF20_2E2)
        let alphabet: [String] = ["a", "b", "n", "A", ".", "é", "e\u{301}", "’", "'"]
        func word() -> String { (0..<Int.random(in: 0...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined() }
        for _ in 0..<200 {
            let keys = (0..<Int.random(in: 0...40, using: &generator)).map { _ in word() }
            let frozen = FrozenStringSet(keys)
            let reference = Set(keys)
            for _ in 0..<50 {
                var query = word()
                #expect(frozen.contains(query) == reference.contains(query), "\(query)")
                let viaBytes = query.withUTF8 { frozen.contains(bytes: $0) }
                #expect(viaBytes == reference.contains(query), "\(query)")
            }
        }
    }

    /// `contains(lowercasedBytes:)` / `subscript(lowercasedBytes:)` answer as the look-up of
    /// `lowercased()` does, on random mixed-case words (ASCII capitals, `İ`, `Ö`, a Kelvin sign,
    /// combining marks), with and without a key that sends ASCII queries off the byte path.
    @Test func lowercasedByteQueriesAgreeWithLowercasedStrings() {
        var generator = SeededGenerator(seed: 0x10_3E2)
        let alphabet: [String] = ["a", "B", "n", "N", "k", "K", "\u{212A}", "i", "I", "İ", "ö", "Ö", ".", "é", "E\u{301}", "’", "ß", "1"]
        var longest = 4
        func word() -> String { (0..<Int.random(in: 0...longest, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined() }
        for round in 0..<300 {
            longest = round % 2 == 0 ? 4 : 14  // across one, two and three eight-byte chunks
            var keys = (0..<Int.random(in: 0...40, using: &generator)).map { _ in word().lowercased() }
            if round % 3 == 0 { keys.append("\u{212A}") }  // no longer an exact ASCII byte path
            let frozen = FrozenStringSet(keys)
            let reference = Set(keys)
            let map = FrozenStringMap(Dictionary(keys.map { ($0, $0.utf8.count) }, uniquingKeysWith: { first, _ in first }))
            for _ in 0..<50 {
                var query = word()
                let lowered = query.lowercased()
                let viaBytes = query.withUTF8 { frozen.contains(lowercasedBytes: $0) }
                #expect(viaBytes == reference.contains(lowered), "\(query.unicodeScalars.map { $0.value })")
                #expect(viaBytes == frozen.contains(lowered))
                let value = query.withUTF8 { map[lowercasedBytes: $0] }
                #expect(value == map[lowered], "\(query.unicodeScalars.map { $0.value })")
            }
        }
        // A lowered ASCII query only matches lower-case keys; an upper-case key is never hit.
        let set = FrozenStringSet(["nomor", "Tahun"])
        var upper = "NOMOR"
        var title = "Tahun"
        #expect(upper.withUTF8 { set.contains(lowercasedBytes: $0) })
        #expect(!title.withUTF8 { set.contains(lowercasedBytes: $0) })
    }

    /// The eight-bytes-at-a-time lowering agrees with the byte-wise one for every ASCII byte at
    /// every position, next to any neighbour that could carry into it.
    @Test func chunkLoweringMatchesByteLowering() {
        for byte in UInt8(0)..<0x80 {
            for neighbour: UInt8 in [0x00, 0x40, 0x41, 0x5A, 0x5B, 0x7F] {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[position] = byte
                    let chunk = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let expected = bytes.map(FrozenStringIndex.lowered).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(FrozenStringIndex.lowered(chunk) == expected, "\(byte) at \(position) beside \(neighbour)")
                }
            }
        }
    }

    /// Keys of every length up to three chunks are found by their bytes and by a capitalised
    /// spelling, and a query one byte longer or shorter (a zero byte, the padding's value) is not.
    @Test func keysOfEveryLengthAreFound() {
        let keys = (0...24).map { String(repeating: "ab", count: $0 / 2) + ($0 % 2 == 1 ? "c" : "") }
        let set = FrozenStringSet(keys)
        for key in keys {
            #expect(set.contains(key))
            var upper = key.uppercased()
            #expect(upper.withUTF8 { set.contains(lowercasedBytes: $0) })
            #expect(!set.contains(key + "\u{0}") && !set.contains("\u{0}" + key))
        }
    }

    /// The last chunk of a key, read in overlapping loads, is its bytes padded with zeros.
    @Test func tailChunksAreTheBytesPadded() {
        let bytes: [UInt8] = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]
        for count in 1...8 {
            var expected: UInt64 = 0
            for position in 0..<count { expected |= UInt64(bytes[position]) << UInt64(8 * position) }
            #expect(bytes.withUnsafeBufferPointer { FrozenStringIndex.tail($0.baseAddress!, count) } == expected, "\(count)")
        }
    }
}
