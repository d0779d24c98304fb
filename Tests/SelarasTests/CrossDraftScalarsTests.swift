import Foundation
import Testing
import SelarasCore
import SelarasRegistry
@testable import Selaras
import SelarasTestSupport

/// The table-driven word cuts of the cross-draft statement builders against the plain
/// `Character` cuts they replace, on random text mixing ASCII, Latin-1, the general punctuation
/// block, whitespace of every kind, CR LF, combining marks, emoji and other scripts.
@Suite struct CrossDraftScalarsTests {
    static let pieces: [String] = [
        "Rapat", "Koordinasi", "Apel", "Siaga", "Kalimantan", "Selatan", "Banjar", "dan", "Se-Kalsel", "HUT", "ke-80",
        "a", "Z", "0", "9", "12", "2025", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", ",", ".", ";", ":", "(", ")",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "–", "—", "…", "\u{00A0}", "\u{2009}", "\u{200B}", "\u{2028}", "\u{2029}",
        "\u{202F}", "\u{205F}", "\u{3000}", "\u{0085}", "\u{200C}", "\u{200D}", "é", "É", "ß", "ÿ", "Ø", "ª", "º", "µ", "²", "½",
        "¹", "€", "₹", "⁰", "ⁿ", "₂", "Ⅻ", "ⅻ", "K", "İ", "e\u{0301}", "\u{0301}", "👍", "👍🏽", "🇮🇩", "ع", "漢", "Ω", "ſ",
        "ﬁ", "\u{FEFF}", "-", "/", "%", "Rp", "¿", "×", "÷", "°",
    ]

    static func randomTexts(seed: UInt64, count: Int) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func splitWordsLikeCharacters() {
        for text in Self.randomTexts(seed: 0x5E1A_2A5, count: 4000) + CrossDraftFilterTests.unicodeSentences {
            let raw = text.split { $0.isWhitespace }.map(String.init)
            let trimmed = raw.map { $0.trimmingCharacters(in: CrossDraftDates.trimmed) }
            let split = CrossDraftDates.splitWords(text)
            #expect(split.raw == raw, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(split.trimmed == trimmed, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func regionWordsLikeCharacters() {
        for text in Self.randomTexts(seed: 0xB0_11E5, count: 4000) {
            let reference = NameKey.normalize(String(text.map { $0.isLetter || $0.isNumber ? $0 : " " }))
                .split(separator: " ").map(String.init)
            #expect(CrossDraftRegions.words(of: text) == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Naming regions word by word on demand finds what the scan over every word finds, on
    /// random text strewn with the sample registry's region names in all cases.
    @Test func regionsNamedLikeOverAllWords() throws {
        let (registry, _) = try FactRegistry.load(directory: Harness.repositoryRoot + "/Samples/registry")
        let regions = CrossDraftRegions(registry: registry)
        let names = registry.regions.flatMap { [$0.name] + $0.shortForms }
        #expect(!names.isEmpty)
        var generator = SeededGenerator(seed: 0x4E_A11E)
        let texts = Self.randomTexts(seed: 0x4E_6105, count: 3000).map { text -> String in
            let name = names.randomElement(using: &generator)!
            let cased = [name, name.uppercased(), name.lowercased()].randomElement(using: &generator)!
            let cut = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &generator))
            return String(text[..<cut]) + " " + cased + " " + String(text[cut...])
        }
        var found = 0
        for text in texts {
            let named = regions.named(in: text)
            #expect(named == regions.named(words: CrossDraftRegions.words(of: text)), "\(text)")
            if !named.isEmpty { found += 1 }
        }
        #expect(found > 1000)
    }

    /// `CrossDraftDates.isEventWord` compares bytes where the set lookup of the lowered run was
    /// made before: the same answer for every run of ASCII letters, event words in every case
    /// among random letters, look-alike lengths and near misses.
    @Test func eventWordBytesAgreeWithTheSet() {
        var generator = SeededGenerator(seed: 0xE7_E50)
        let words = Array(CrossDraftDates.eventWords)
        #expect(words.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }, "event words are lowercase ASCII letters")
        var runs: [String] = []
        for word in words {
            runs += [word, word.uppercased(), word.capitalized, word.dropLast() + "x", word + "s", String(word.dropFirst())]
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...14, using: &generator)
            runs.append(String((0..<length).map { _ in letters.randomElement(using: &generator)! }))
        }
        let table = CrossDraftDates.eventWordBytes
        var found = 0
        for run in runs {
            let bytes = Array(run.utf8)
            let expected = bytes.count >= 3 && bytes[0] >= 0x41 && bytes[0] <= 0x5A
                && CrossDraftDates.eventWords.contains(String(decoding: bytes.map { $0 | 0x20 }, as: UTF8.self))
            #expect(bytes.withUnsafeBufferPointer { CrossDraftDates.isEventWord($0, words: table) } == expected, "\(run)")
            if expected { found += 1 }
        }
        #expect(found >= words.count)
    }

    /// `CrossDraftDates.lacksEventWord` says true only where the cut it stands in for is made
    /// and finds no event word, on random text strewn with event words in every case, wrapped
    /// in quotes and punctuation, next to letters, look-alikes and other scripts.
    @Test func lacksEventWordOnlyWhereTheCutFindsNone() {
        var generator = SeededGenerator(seed: 0xE7_E47)
        let words = Array(CrossDraftDates.eventWords)
        let wraps = ["", "“", "”", "\"", "(", ",", ".", "’", "é", "x", "-", "\u{00A0}", "漢", "\u{212A}", "K"]
        let texts = Self.randomTexts(seed: 0xE7_E48, count: 4000).map { text -> String in
            let word = words.randomElement(using: &generator)!
            let cased = [word, word.uppercased(), word.capitalized, word.lowercased()].randomElement(using: &generator)!
            let wrapped = wraps.randomElement(using: &generator)! + cased + wraps.randomElement(using: &generator)!
            let cut = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &generator))
            return String(text[..<cut]) + [" ", "", "\n"].randomElement(using: &generator)! + wrapped + " " + String(text[cut...])
        } + Self.randomTexts(seed: 0xE7_E49, count: 2000) + CrossDraftFilterTests.unicodeSentences
        var lacking = 0, named = 0
        for text in texts {
            if CrossDraftDates.lacksEventWord(text) {
                lacking += 1
                let scalars = CrossDraftScalars(text)
                #expect(scalars != nil, "\(text)")
                #expect(scalars.map { !CrossDraftDates.hasEventWord($0) } ?? false, "\(text)")
                #expect(CrossDraftDates.eventName(in: text) == nil, "\(text)")
            } else if CrossDraftDates.eventName(in: text) != nil {
                named += 1
            }
        }
        #expect(lacking > 500 && named > 50, "\(lacking) \(named)")
    }

    /// The table holds what each scalar's properties say, and only the scalars that are a
    /// `Character` of their own are given a slot.
    @Test func tableMatchesScalarProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            guard let slot = CrossDraftScalars.slot(value) else { continue }
            #expect(Character(scalar).unicodeScalars.count == 1)
            let classes = CrossDraftScalars.table[slot]
            #expect((classes & CrossDraftScalars.whitespace != 0) == scalar.properties.isWhitespace)
            #expect((classes & CrossDraftScalars.trimmed != 0) == CrossDraftDates.trimmed.contains(scalar))
            #expect((classes & CrossDraftScalars.word != 0) == (Character(scalar).isLetter || Character(scalar).isNumber))
        }
    }

    /// `hasEventWord` turns a sentence away only when no trimmed word starts uppercase and
    /// lower-cases to an event word, on random text strewn with event words in all cases.
    @Test func sentencesWithoutEventWordHaveNone() {
        var generator = SeededGenerator(seed: 0xE7_E27)
        let events = Array(CrossDraftDates.eventWords)
        let texts = Self.randomTexts(seed: 0xE7E_2715, count: 4000).map { text -> String in
            let word = events.randomElement(using: &generator)!
            let cased = [word, word.capitalized, word.uppercased(), "“" + word.capitalized + "”", word.capitalized + "é"]
                .randomElement(using: &generator)!
            return Bool.random(using: &generator) ? text + " " + cased + " " + text : text
        }
        var turnedAway = 0, named = 0
        for text in texts + CrossDraftFilterTests.sentences + CrossDraftFilterTests.unicodeSentences {
            guard let scalars = CrossDraftScalars(text) else { continue }
            let hasOne = CrossDraftDates.splitWords(text).trimmed.contains { word in
                (word.first?.isUppercase ?? false) && CrossDraftDates.eventWords.contains(word.lowercased())
            }
            #expect(CrossDraftDates.hasEventWord(scalars) == hasOne, "\(text)")
            if !hasOne { turnedAway += 1 } else { named += 1 }
        }
        #expect(turnedAway > 500 && named > 100, "\(turnedAway) turned away, \(named) named")
    }

    /// What `hasEventWord` relies on: event words are ASCII letters (three or more), and no
    /// non-ASCII scalar `CrossDraftScalars` accepts lower-cases to ASCII only.
    @Test func eventWordsAndLowerCasingAsAssumed() {
        for word in CrossDraftDates.eventWords {
            #expect(word.utf8.count >= 3 && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "\(word)")
        }
        for value in UInt32(0x80)...0x20CF {
            guard CrossDraftScalars.slot(value) != nil, let scalar = Unicode.Scalar(value) else { continue }
            let lowered = String(scalar).lowercased()
            #expect(lowered.unicodeScalars.contains { $0.value >= 0x80 }, "U+\(String(value, radix: 16))")
        }
    }

    @Test func startsUppercaseLikeCharacter() {
        for text in Self.randomTexts(seed: 0xCA_5E, count: 3000) {
            for word in text.split(separator: " ").map(String.init) + [text] {
                #expect(CrossDraftDates.startsUppercase(word) == (word.first?.isUppercase ?? false), "\(word)")
            }
        }
    }

    @Test func monthKeyLikeFormat() {
        for year in [0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2024, 2025, 9999, 10000, 12345] {
            for month in 1...12 {
                guard let date = LocalDate(year: year, month: month, day: 1) else { continue }
                #expect(CrossDraftMonth.key(date) == String(format: "%04d-%02d", year, month))
            }
        }
    }
}
