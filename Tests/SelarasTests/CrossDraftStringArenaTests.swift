import Testing
import SelarasTestSupport
@testable import Selaras

/// Interning reads a string's bytes in place and compares stored bytes with `memcmp`: empty
/// strings (no bytes, perhaps no buffer) and strings that are not native must intern alike.
@Suite struct CrossDraftStringArenaTests {
    @Test func emptyStringsFirstAndBridgedSubstrings() {
        var arena = StringArena()
        let empty = arena.id("")
        #expect(arena.id("") == empty)
        #expect(arena.id(String("abc".dropFirst(3))) == empty)
        let long = "Kabupaten Hulu Sungai Tengah, “Kalimantan Selatan” 🙂"
        let id = arena.id(long)
        #expect(arena.id(String(Substring(long))) == id)
        #expect(arena.id(String(repeating: "x", count: long.utf8.count)) != id, "same length, other bytes")
        #expect(arena.string(empty) == "" && arena.string(id) == long)
        #expect(arena.count == 3)
    }

    /// Ids count first sightings whatever the slot hash: tens of thousands of strings (many
    /// sharing prefixes, lengths around the eight-byte steps of the hash, multibyte text)
    /// interned twice over several table growths keep their first ids and read back as written.
    @Test func idsCountFirstSightingsAcrossGrowth() {
        var generator = SeededGenerator(seed: 0xA7E_7A)
        let pieces = ["figure:", "count|", "kasus", " ", "é", "“", "2024", "|", "Kabupaten Banjar", "🙂", "a", "\u{00A0}", ""]
        var strings: [String] = []
        var seen: Set<String> = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...9, using: &generator)
            let string = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if seen.insert(string).inserted { strings.append(string) }
        }
        var arena = StringArena()
        for (index, string) in strings.enumerated() { #expect(arena.id(string) == UInt32(index)) }
        for (index, string) in strings.enumerated().reversed() {
            #expect(arena.id(string) == UInt32(index))
            #expect(arena.string(UInt32(index)) == string)
        }
        #expect(arena.count == strings.count)
    }

    /// The slot hash reads every byte: strings differing in one byte anywhere (in the
    /// eight-byte steps or the tail) hash apart, and equal bytes hash alike.
    @Test func slotHashReadsEveryByte() {
        for length in 1...40 {
            let base = [UInt8](repeating: 0x61, count: length)
            let hash = base.withUnsafeBufferPointer { StringArena.hash($0) }
            #expect(Array(base).withUnsafeBufferPointer { StringArena.hash($0) } == hash)
            for position in 0..<length {
                var changed = base
                changed[position] = 0x62
                #expect(changed.withUnsafeBufferPointer { StringArena.hash($0) } != hash, "\(length) \(position)")
            }
        }
    }
}
