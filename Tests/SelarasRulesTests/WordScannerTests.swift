import SelarasTestSupport
import Testing
@testable import SelarasRules

@Suite struct WordScannerTests {
    /// The definition `isWordScalar` implements with its shortcuts: a letter (alphabetic), a
    /// decimal digit or a combining mark.
    static func reference(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @Test func shortcutsAgreeWithTheUnicodeDefinitionOnEveryScalarOfTheFirstPlanes() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WordScanner.isWordScalar(scalar) != Self.reference(scalar) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(!WordScanner.isWordScalar("\u{2019}") && !WordScanner.isWordScalar("\u{00A0}") && WordScanner.isWordScalar("é"))
    }

    @Test func theSpaceShortcutAgreesWithTheWhiteSpacePropertyOnEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WordScanner.isSpace(scalar) != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// Pieces random drafts are made of: ASCII words in every case, digits, hyphens and
    /// apostrophes in and beside words, non-ASCII letters and marks, spaces of every kind, line
    /// breaks and punctuation, and a byte that is not UTF-8.
    static let pieces: [[UInt8]] = [
        "Kementrian", "kerja", "SAMA", "2025", "x", "antar-instansi", "Jum’at", "Jum'at", "l'", "-", "'", "’",
        "pérusahaan", "É", "e\u{301}", "ß", "İstanbul", "ǅ", "١٢٣", " ", "  ", "\u{00A0}", "\t", "\n", "\n\n", "\r\n",
        ".", ",", "«", "»", "—", "🙂", "A-1", "1-A", "-kata", "kata-", "o'o", "9'a",
        // Words around the 8-byte chunks of the fast path, and letters whose folding changes length.
        "Pertanggungjawabannya", "ABCDEFGH", "abcdefghi", "Keberlangsungan2025", "\u{212A}elvin", "İ", "ıI", "@", "[", "`", "{", "/", ":",
    ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80]]

    /// Every word the fast ASCII path scans must come out exactly as the general scan gives it:
    /// source and folded ranges, hash, hyphen parts and whether it joins the next word.
    @Test func theASCIIFastPathAgreesWithTheGeneralScanOnRandomText() {
        var generator = SeededGenerator(seed: 0x5E1A_4A5)
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                bytes += Self.pieces.randomElement(using: &generator)!
            }
            let start = Int.random(in: 0...min(3, bytes.count), using: &generator)
            bytes.withUnsafeBufferPointer { buffer in
                let fast = WordScanner.scan(buffer, range: start..<bytes.count)
                let general = WordScanner.scan(buffer, range: start..<bytes.count, asciiFastPath: false)
                #expect(fast.folded == general.folded, "\(bytes)")
                #expect(fast.tokens.map(Self.describe) == general.tokens.map(Self.describe), "\(bytes)")
                #expect(fast.parts.map(Self.describe) == general.parts.map(Self.describe), "\(bytes)")
            }
        }
    }

    /// The eight-bytes-at-a-time run length agrees with `isASCIIWordByte` for every byte value
    /// at every position of a chunk.
    @Test func theChunkRunAgreesWithTheByteTest() {
        var generator = SeededGenerator(seed: 0xC4_0E)
        for byte in 0...255 {
            for position in 0..<8 {
                // A word byte before `position`, the tested byte at it, random bytes after.
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[position] = UInt8(byte)
                for later in (position + 1)..<8 { bytes[later] = UInt8.random(in: 0...255, using: &generator) }
                var chunk: UInt64 = 0
                for (offset, value) in bytes.enumerated() { chunk |= UInt64(value) << UInt64(8 * offset) }
                let expected = bytes.firstIndex { !WordScanner.isASCIIWordByte($0) } ?? 8
                #expect(WordScanner.asciiWordRun(chunk) == expected, "\(bytes)")
            }
        }
    }

    /// Every word's and part's hash is `WordTable.hash` of its folded bytes, whichever path
    /// scanned it (the fast path hashes chunks as it folds them).
    @Test func scannedHashesAreTheHashesOfTheFoldedBytes() {
        var generator = SeededGenerator(seed: 0x4A54)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &generator) { bytes += Self.pieces.randomElement(using: &generator)! }
            let scanned = bytes.withUnsafeBufferPointer { WordScanner.scan($0, range: 0..<bytes.count) }
            for unit in scanned.tokens.map(\.unit) + scanned.parts {
                #expect(unit.hash == WordTable.hash(Array(scanned.folded[unit.folded])), "\(bytes)")
            }
        }
        #expect(WordTable.hash([]) != WordTable.hash([0]))
    }

    /// Hashing a range of a buffer (the last chunk read with one load ending at the range's end
    /// when it can) gives the hash of the range's bytes alone, for every range of a buffer.
    @Test func aRangeHashesLikeItsBytesAlone() {
        var generator = SeededGenerator(seed: 0x4A_5E)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    for end in start...length {
                        #expect(WordTable.hash(buffer, start..<end) == Self.referenceHash(bytes[start..<end]))
                    }
                }
            }
        }
    }

    /// The word hash by its definition: 8-byte little-endian chunks assembled byte by byte (the
    /// last zero-padded), then the length.
    static func referenceHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value = WordTable.hashSeed
        let array = Array(bytes)
        for chunkStart in stride(from: 0, to: array.count, by: 8) {
            var chunk: UInt64 = 0
            for (offset, byte) in array[chunkStart..<min(chunkStart + 8, array.count)].enumerated() {
                chunk |= UInt64(byte) << UInt64(8 * offset)
            }
            value = WordTable.hash(value, chunk: chunk)
        }
        return WordTable.finish(value, length: array.count)
    }

    @Test func wordsAndTheirJoinsOnAKnownLine() {
        let text = Array("Di Jum’at, antar-instansi\u{00A0}KERJA  sama\n\nlagi".utf8)
        let scanned = text.withUnsafeBufferPointer { WordScanner.scan($0, range: 0..<text.count) }
        let words = scanned.tokens.map { String(decoding: scanned.folded[$0.unit.folded], as: UTF8.self) }
        #expect(words == ["di", "jum'at", "antar-instansi", "kerja", "sama", "lagi"])
        #expect(scanned.tokens.map(\.joinsNext) == [true, false, true, true, false, false])
        #expect(scanned.tokens[2].parts.count == 2)
    }

    static func describe(_ token: WordToken) -> String {
        "\(describe(token.unit)) \(token.parts) \(token.joinsNext)"
    }

    static func describe(_ unit: WordUnit) -> String {
        "\(unit.source) \(unit.folded) \(unit.hash)"
    }
}
