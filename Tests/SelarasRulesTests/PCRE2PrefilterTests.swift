import Foundation
import Testing
import SelarasCore
@testable import SelarasPCRE2
import SelarasTestSupport

/// The prefiltered search (`AttemptPrefilter`) must find exactly what the plain scan finds.
@Suite struct PCRE2PrefilterTests {
    /// Each prefiltered pattern with the rule file it was copied from.
    static let patterns: [(pattern: String, file: String)] = [
        (AttemptPrefilter.ordinalPattern, "angka/bilangan-tingkat.json5"),
        (AttemptPrefilter.sentenceStartPattern, "angka/angka-awal-kalimat.json5"),
        (AttemptPrefilter.thousandsCommaPattern, "angka/koma-ribuan.json5"),
        (AttemptPrefilter.percentWordPattern, "angka/persen-konsisten.json5"),
        (AttemptPrefilter.percentSignPattern, "angka/persen-konsisten.json5"),
        (AttemptPrefilter.percentSpacePattern, "angka/persen-spasi.json5"),
        (AttemptPrefilter.yearDotPattern, "angka/tahun-tanpa-titik.json5"),
        (AttemptPrefilter.rupiahPattern, "angka/rupiah.json5"),
    ]

    /// Pieces random texts are built from: the patterns' keywords and punctuation, digits of
    /// other scripts, blanks of every kind, line breaks, multibyte letters and symbols.
    static let pieces: [String] = [
        "ke", "Ke", "KE", "ke-", "hari", "HUT", "Tahun", "ulang tahun", "yang", "kali", "seri", "K", "e",
        "1", "2", "3", "19", "20", "2024", "1.500", "12,5", "1,250", "٣", "३", "３", "𝟙", "²",
        " ", " ", "  ", "\t", "\u{00A0}", "\u{2009}", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r",
        ".", "!", "?", ",", ".\"", ")", "”", "’", "“", "—", "%", " %", "persen", " persen", "persenan",
        "orang", " orang", " warga", "kepala keluarga", "No", "no", "hlm", "Rp", "é", "É", "ß", "😀",
        "peserta", "dibuka", "Acara", "_", "a", "x", "ſ", "K", "1,250 orang", "12,500\u{00A0}warga", "5 persen",
        "3,5\u{00A0}persen", "٣ persen", "1,٢٣٤ orang", "50 %", "2,5\u{00A0}%", "tahun 2.024", "Th. 1.998",
        "thn\u{00A0}2.0", "TAHUN", "th", "Thn.", "1.9", "Rp", "Rp.", "Rp ", "5.000", ",-", ".000", "RpX",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...40, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func patternsAreTheBuiltInRulesPatterns() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Rules").standardized
        for (pattern, file) in PCRE2PrefilterTests.patterns {
            let source = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
            // As written in JSON5: backslashes and quotes escaped.
            let escaped = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            #expect(AttemptPrefilter.forPattern(pattern, caseInsensitive: false) != nil)
            #expect(source.contains("pattern: \"\(escaped)\""), "\(file) no longer holds the prefiltered pattern")
        }
    }

    @Test func prefilteredMatchesEqualPlainMatchesOnRandomText() throws {
        var generator = SeededGenerator(seed: 0x9C4E_2A11)
        for (pattern, _) in PCRE2PrefilterTests.patterns {
            let fast = try PCRE2Matcher(pattern: pattern)
            let plain = try PCRE2Matcher(pattern: pattern, usePrefilter: false)
            var found = 0
            for _ in 0..<8_000 {
                let text = SourceText(PCRE2PrefilterTests.randomText(&generator))
                let expected = try plain.matches(in: text)
                found += expected.count
                #expect(try fast.matches(in: text) == expected, "\(pattern) on \(text.string.debugDescription)")
            }
            #expect(found > 100, "random texts should exercise \(pattern)")
        }
    }

    @Test func prefilteredMatchesEqualPlainMatchesOnSubranges() throws {
        var generator = SeededGenerator(seed: 0x51B_2A9E)
        for (pattern, _) in PCRE2PrefilterTests.patterns {
            let fast = try PCRE2Matcher(pattern: pattern)
            let plain = try PCRE2Matcher(pattern: pattern, usePrefilter: false)
            for _ in 0..<1_000 {
                let text = SourceText(PCRE2PrefilterTests.randomText(&generator))
                // Ranges on character boundaries, as rules give them.
                let boundaries = (0...text.count).filter { $0 == text.count || text.bytes[$0] & 0xC0 != 0x80 }
                let lower = boundaries.randomElement(using: &generator)!
                let upper = boundaries.filter { $0 >= lower }.randomElement(using: &generator)!
                #expect(try fast.matches(in: text, range: lower..<upper) == plain.matches(in: text, range: lower..<upper))
            }
        }
    }

    @Test func prefilteredMatchesEqualPlainMatchesOnProse() throws {
        let prose = """
        Rapat dibuka. 250 peserta hadir.\u{00A0}12 desa ikut. Bantuan tiba.\u{00A0}1.500 paket dibagikan.
        Catatan:

        250 peserta hadir; HUT ke 79 RI, hari ke\u{00A0}2, juara Ke 1, yang ke3 dan ke 3 lokasi.
        Sebanyak 1,250 orang dan 12,500\u{00A0}warga; 1,5 juta; 2,5 persen, 12 persen, 5%, 3 %.\r\n\r\n7 orang datang.
        “Ia berkata.” 5 hari lagi. Perda No. 5 tahun 2020, tahun 2.024 dan Th. 1.998. Rp. 3 juta, Rp 5.000,- dan Rp1,5 juta, 50 % dan 2,5\u{00A0}%. 2024 menjadi tahun penting.
        """
        let text = SourceText(prose)
        for (pattern, _) in PCRE2PrefilterTests.patterns {
            let fast = try PCRE2Matcher(pattern: pattern)
            let plain = try PCRE2Matcher(pattern: pattern, usePrefilter: false)
            let expected = try plain.matches(in: text)
            #expect(!expected.isEmpty, "\(pattern) should match the prose")
            #expect(try fast.matches(in: text) == expected)
        }
    }

    /// `mayStartDigit` leaves out lead bytes C2 (U+0080–U+00BF) and E2 (U+2000–U+2FFF) and ASCII
    /// other than digits: no `\d` of the linked PCRE2 may start with one of them.
    @Test func leftOutLeadBytesStartNoDigit() throws {
        let digit = try PCRE2Matcher(pattern: #"\A\d\z"#)
        let scalars = Array(0x00...0x7F) + Array(0x80...0xBF) + Array(0x2000...0x2FFF)
        for value in scalars {
            let scalar = Unicode.Scalar(UInt32(value))!
            let bytes = Array(String(Character(scalar)).utf8)
            if AttemptPrefilter.mayStartDigit(bytes[0]) { continue }
            #expect(try digit.matches(in: SourceText(bytes: bytes)).isEmpty, "U+\(String(value, radix: 16)) is a digit")
        }
    }

    @Test func digitStartScanVisitsExactlyTheBytesThatMayStartADigit() {
        var generator = SeededGenerator(seed: 0xD161_7)
        let alphabet: [UInt8] = Array(0x2E...0x3B) + [0x00, 0x0A, 0x20, 0x61, 0x7F, 0x80, 0xA0, 0xBF, 0xC2, 0xC3, 0xD9, 0xE2, 0xEF, 0xF0, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            var visited: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in AttemptPrefilter.forEachDigitStart(in: buffer) { visited.append($0) } }
            #expect(visited == bytes.indices.filter { AttemptPrefilter.mayStartDigit(bytes[$0]) }, "\(bytes)")
        }
    }

    @Test func invalidUTF8FailsAsInThePlainScan() throws {
        let text = SourceText(bytes: Array("Acara dibuka. 250 peserta ke 3".utf8) + [0xFF, 0x41])
        for (pattern, _) in PCRE2PrefilterTests.patterns {
            let fast = try PCRE2Matcher(pattern: pattern)
            let plain = try PCRE2Matcher(pattern: pattern, usePrefilter: false)
            var plainError: MatcherError?
            var fastError: MatcherError?
            do { _ = try plain.matches(in: text) } catch { plainError = error }
            do { _ = try fast.matches(in: text) } catch { fastError = error }
            #expect(plainError != nil)
            #expect(fastError == plainError)
        }
    }
}
