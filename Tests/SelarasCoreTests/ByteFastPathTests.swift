import SelarasTestSupport
import Testing
@testable import SelarasCore

/// The word-at-a-time paths over every draft's bytes against plain byte-by-byte references.
@Suite struct ByteFastPathTests {
    /// Bytes that make the interesting cases likely: ASCII, every UTF-8 lead and continuation
    /// kind, overlongs, surrogates, out-of-range leads, and the line-break bytes.
    static let alphabet: [UInt8] = [
        0x61, 0x20, 0x0A, 0x0D, 0x09, 0x0E, 0x0C, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE2, 0xED,
        0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F,
    ]

    static func randomBuffers() -> [[UInt8]] {
        var generator = SeededGenerator(seed: 0xB17E5)
        var buffers: [[UInt8]] = []
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // Mostly ASCII letters, as in real drafts, so long ASCII runs meet every alignment.
                bytes.append(Int.random(in: 0..<3, using: &generator) == 0
                    ? alphabet.randomElement(using: &generator)! : 0x61)
            }
            buffers.append(bytes)
        }
        // Valid multi-byte text too, at every alignment.
        for shift in 0..<9 {
            buffers.append(Array((String(repeating: "a", count: shift) + "Kementrian “1.234” kasus\r\nJum’at 😀 é\rakhir").utf8))
        }
        return buffers
    }

    @Test func contiguousValidationAgreesWithTheGeneralValidator() {
        for bytes in Self.randomBuffers() {
            let general = UTF8Validation.firstInvalidByte(bytes)
            let contiguous = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte($0) }
            #expect(contiguous == general, "\(bytes)")
        }
    }

    @Test func lineStartsAgreeWithAByteByByteCount() {
        for bytes in Self.randomBuffers() {
            var expected = [0]
            for (index, byte) in bytes.enumerated() {
                if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                    expected.append(index + 1)
                }
            }
            #expect(SourceText(bytes: bytes).lineStarts == expected, "\(bytes)")
        }
    }

    /// Reference values from the `xxhash` Python package (XXH64, seeds 0 and 1).
    @Test func xxHash64MatchesTheReferenceImplementation() {
        let cases: [([UInt8], UInt64, UInt64)] = [
            ([], 0xEF46_DB37_51D8_E999, 0xD5AF_BA13_36A3_BE4B),
            (Array("a".utf8), 0xD24E_C4F1_A98C_6E5B, 0xDEC2_BC81_C3CD_46C6),
            (Array("abc".utf8), 0x44BC_2CF5_AD77_0999, 0xBEA9_CA81_9932_8908),
            (Array("Selaras".utf8), 0x402C_EA24_4B0B_8FFD, 0x8E53_5A55_DF50_DD12),
            (Array((0..<768).map { UInt8($0 % 256) }), 0x8E03_C838_C596_036F, 0xA802_5737_4B99_ADE3),
        ]
        for (bytes, seed0, seed1) in cases {
            #expect(XXHash64.digest(bytes, seed: 0) == seed0, "\(bytes.count) bytes")
            #expect(XXHash64.digest(bytes, seed: 1) == seed1, "\(bytes.count) bytes")
        }
    }
}
