import SelarasTestSupport
import Testing
import SelarasCore
@testable import SelarasRules

/// The fast paths of the term passes and of message rendering must agree with the plain ones.
@Suite struct WordKeysTests {
    /// Pieces of random drafts: words some lists start with, in every case, with and without a
    /// suffix, hyphenated and apostrophised words, non-ASCII letters, spaces of every kind.
    static let pieces: [String] = [
        "praktek", "PRAKTEKNYA", "prakteknya", "Praktek-praktek", "himbau", "himbaunya", "nya", "wali", "Kota",
        "kota", "Walikota", "di", "mana", "kerja", "sama", "Jum’at", "jum'at", "antar-instansi", "résiko", "RÉSIKO",
        "resiko", "anya", "tanya", "x", "2025", "e\u{301}", "ß", "🙂", " ", "  ", "\u{00A0}", "\t", "\n", "\n\n", "\r\n",
        ".", ",", "—", "-", "'", "’", "«", "»", "lah", "kahlah", "penyanya", "karyanya",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            text += pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    static let lists: [(terms: [String], suffixes: [String])] = [
        (["praktek", "himbau", "resiko", "di mana"], ["nya"]),
        (["wali kota", "Walikota", "kerja sama", "Jum'at"], []),
        (["tanya", "karya", "antar", "instansi", "résiko"], ["nya", "lah", "kah"]),
        (["praktek", "kota"], ["a"]),
        (["sama"], ["abcdef"]),
    ]

    private static func describe(_ match: RawTermMatch) -> String {
        "\(match.source) \(match.term) \(match.suffixLength)"
    }

    /// Visiting only the candidates of a filter some lists are registered in, a pass must find
    /// exactly what the plain walk finds; a list not registered must ignore the candidates.
    @Test func passesOverCandidatesAgreeWithPlainPasses() throws {
        var generator = SeededGenerator(seed: 0x7E4D_5EED)
        let indexes = try Self.lists.map { list in
            try TermIndex(terms: list.terms, ignoreCase: true, suffixes: list.suffixes)
        }
        let allUseCandidates = indexes.allSatisfy { $0.usesWordKeys }
        #expect(allUseCandidates)
        for round in 0..<600 {
            let filter = CandidateFilter()
            // Each round registers a different subset: the others must walk every word.
            for (number, index) in indexes.enumerated() where (round >> number) & 1 == 0 { index.register(in: filter) }
            let bytes = Array(Self.randomText(&generator).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let plain = WordScanner.scan(buffer, range: 0..<bytes.count)
                var sparse = plain
                sparse.candidates = filter.candidates(of: plain)
                sparse.candidateFilter = filter
                sparse.candidatesVersion = filter.version
                #expect(sparse.candidates.count <= plain.tokens.count)
                for index in indexes {
                    let expected = index.matches(buffer, plain).map(Self.describe)
                    let actual = index.matches(buffer, sparse).map(Self.describe)
                    #expect(actual == expected, "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }

    /// Marked while scanning, the candidates are the keys `candidates(of:)` finds after the scan,
    /// and the words are the same; on text with tricky letters, spaces and long words too.
    @Test func candidatesMarkedWhileScanningAgreeWithTheSecondPass() throws {
        var generator = SeededGenerator(seed: 0xF05E_D)
        let indexes = try Self.lists.map { list in
            try TermIndex(terms: list.terms, ignoreCase: true, suffixes: list.suffixes)
        }
        let extra = ["\u{212A}elvin", "İstanbul", "Pertanggungjawabannya", "PRAKTEKNYA-prakteknya", "e\u{301}e\u{301}", "🙂🙂", "\r\n\r\n", "ab-", "o'o"]
        func describe(_ key: WordKey) -> String { "\(key.index) \(key.mixed) \(key.tail) \(key.hasParts)" }
        for round in 0..<600 {
            let filter = CandidateFilter()
            for (number, index) in indexes.enumerated() where (round >> number) & 1 == 0 || round % 7 == 0 { index.register(in: filter) }
            var text = Self.randomText(&generator)
            if round % 2 == 0 { text += extra.randomElement(using: &generator)! + Self.randomText(&generator) }
            let bytes = Array(text.utf8)
            let start = Int.random(in: 0...min(2, bytes.count), using: &generator)
            bytes.withUnsafeBufferPointer { buffer in
                let plain = WordScanner.scan(buffer, range: start..<bytes.count)
                let marked = filter.withMarker { WordScanner.scan(buffer, range: start..<bytes.count, marker: $0) }
                #expect(marked.tokens.map(WordScannerTests.describe) == plain.tokens.map(WordScannerTests.describe))
                #expect(marked.folded == plain.folded)
                #expect(marked.candidates.map(describe) == filter.candidates(of: plain).map(describe), "\(text)")
            }
        }
    }

    /// A list whose start filter rejects a word settles it (suffix included) without `longest`;
    /// the same list padded past `WordHashFilter.maximumWords` (its filter passes every word, so
    /// every word takes the full step) must find the same matches.
    @Test func theStartFilterShortcutAgreesWithTheFullStep() throws {
        var generator = SeededGenerator(seed: 0x5_4A27)
        let filler = (0..<(WordHashFilter.maximumWords + 8)).map { "zq\($0)x" }
        for list in Self.lists {
            let filtered = try TermIndex(terms: list.terms, ignoreCase: true, suffixes: list.suffixes)
            let unfiltered = try TermIndex(terms: list.terms + filler, ignoreCase: true, suffixes: list.suffixes)
            #expect(filtered.usesWordKeys && !unfiltered.usesWordKeys)
            for _ in 0..<300 {
                let bytes = Array(Self.randomText(&generator).utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    let scanned = WordScanner.scan(buffer, range: 0..<bytes.count)
                    #expect(filtered.matches(buffer, scanned).map(Self.describe) == unfiltered.matches(buffer, scanned).map(Self.describe),
                            "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }

    /// Through `ScanCache`, as rules use them: several matchers over many texts, in turn (so
    /// the cache registers them and hands out candidates), must find what a plain walk finds.
    @Test func matchersThroughTheScanCacheAgreeWithPlainPasses() throws {
        var generator = SeededGenerator(seed: 0xCA7C_4E)
        let matchers = try Self.lists.map { try TermMatcher(terms: $0.terms, options: .init(suffixes: $0.suffixes)) }
        let indexes = try Self.lists.map { try TermIndex(terms: $0.terms, ignoreCase: true, suffixes: $0.suffixes) }
        for _ in 0..<300 {
            let text = SourceText(Self.randomText(&generator))
            let order = matchers.indices.shuffled(using: &generator)
            for number in order {
                let found = matchers[number].matches(in: text).map { $0.span.start..<$0.span.end }
                let expected = text.bytes.withUnsafeBufferPointer { buffer in
                    indexes[number].matches(buffer, WordScanner.scan(buffer, range: 0..<text.bytes.count)).map(\.source)
                }
                #expect(found == expected, "\(String(decoding: text.bytes, as: UTF8.self))")
            }
        }
    }

    /// The word-at-a-time tail (one load, masked for short words) equals the byte loop.
    @Test func aWordKeyHoldsTheFoldedTail() {
        var generator = SeededGenerator(seed: 0x7A11)
        for _ in 0..<300 {
            let bytes = Array(Self.randomText(&generator).utf8)
            let scanned = bytes.withUnsafeBufferPointer { WordScanner.scan($0, range: 0..<bytes.count) }
            scanned.folded.withUnsafeBufferPointer { folded in
                for token in scanned.tokens {
                    var expected: UInt32 = 0
                    for position in max(token.unit.folded.lowerBound, token.unit.folded.upperBound - 4)..<token.unit.folded.upperBound {
                        expected = expected << 8 | UInt32(folded[position] | 0x20)
                    }
                    #expect(WordKey.tail(token.unit.folded, folded.baseAddress!) == expected)
                }
            }
        }
        let bytes = Array("PraktekNYA di ab-c".utf8)
        let scanned = bytes.withUnsafeBufferPointer { WordScanner.scan($0, range: 0..<bytes.count) }
        let tails = scanned.folded.withUnsafeBufferPointer { folded in scanned.tokens.map { WordKey.tail($0.unit.folded, folded.baseAddress!) } }
        #expect(tails == [0x6B6E_7961, 0x6469, 0x6162_2D63])
    }

    /// Templates with braces everywhere, beside combining marks, emoji and ellipses, and
    /// unclosed: the byte renderer (when it answers) must give what the `Character` one gives.
    @Test func byteRenderingAgreesWithCharacterRendering() {
        var generator = SeededGenerator(seed: 0xB7AC_E5)
        let pieces = ["{", "}", "{match}", "{expected}", "{note}", "{unknown}", "{", "a", "Gunakan '", "' …",
                      "\u{301}", "e", "🙂", "\u{200D}", "\u{0600}", "\r\n", " ", "“", "”", "{count}", "}{"]
        let values = ["match": "prakteknya", "expected": "praktik’nya", "note": "", "count": "3"]
        var byteAnswers = 0
        for _ in 0..<3_000 {
            var message = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { message += pieces.randomElement(using: &generator)! }
            let expected = RuleMetadata.renderCharacters(message, values)
            if let rendered = RuleMetadata.renderBytes(message, values) {
                byteAnswers += 1
                #expect(rendered == expected, "\(message.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            let metadata = RuleMetadata(id: "p.r", packID: "p", kind: "k", level: .error, message: message, description: "")
            #expect(metadata.renderMessage(values) == expected)
        }
        #expect(byteAnswers > 1_000)
    }

    @Test func anUnclosedBraceRendersAsBefore() {
        let metadata = RuleMetadata(id: "p.r", packID: "p", kind: "k", level: .error, message: "x {match} y {z", description: "")
        // The text before the unclosed brace comes twice: the renderer always did that.
        #expect(metadata.renderMessage(["match": "M"]) == "x M y  y {z")
    }
}
