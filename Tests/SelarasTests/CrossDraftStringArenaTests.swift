import Testing
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
}
