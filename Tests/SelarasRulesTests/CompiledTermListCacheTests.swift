import Foundation
import SelarasCore
import Testing
@testable import SelarasRules

@Suite struct CompiledTermListCacheTests {
    static let terms = [
        "kementrian", "Nopember", "wali kota lama", "antar-instansi", "Jum’at", "SKPD", "pérusahaan",
        "praktek", "kerja sama", "di mana", "Walikota", "walikota",
    ]
    static let texts = [
        "Kementrian dan KEMENTRIAN hadir pada Jum'at, 3 Nopember; nopember tidak.",
        "Wali kota lama\nwali  kota lama, WALI KOTA LAMA; antar-instansi dan antar instansi.",
        "Prakteknya, PRAKTEKNYA, praktek-praktek, Walikota dan walikota, PÉRUSAHAAN, Pérusahaannya.",
        "Daerah Khusus Ibukota kerja sama di mana-mana 🙂 kerja\n\nsama SKPD skpd",
    ]

    static func matches(_ matcher: TermMatcher) -> [[TermMatcher.Match]] {
        texts.map { matcher.matches(in: SourceText($0)) }
    }

    @Test(arguments: [true, false])
    func aMatcherReadBackFindsExactlyWhatTheCompiledOneFinds(ignoreCase: Bool) throws {
        let compiled = try TermMatcher(terms: Self.terms, exceptions: ["Daerah Khusus Ibukota"],
                                       options: .init(ignoreCase: ignoreCase, suffixes: ["nya"]))
        var writer = BinaryWriter()
        compiled.encode(into: &writer)
        var reader = BinaryReader(writer.bytes)
        let restored = try TermMatcher(reading: &reader)
        #expect(reader.isAtEnd)
        #expect(restored.terms == compiled.terms)
        #expect(Self.matches(restored) == Self.matches(compiled))
        #expect(Self.matches(compiled).joined().count >= (ignoreCase ? 12 : 6))
    }

    /// A word table whose stored hashes another hash function made (an entry written by an
    /// older build) is refused, so the list is compiled again instead of missing every word.
    @Test func aWordTableWithForeignHashesIsRefused() throws {
        var table = WordTable()
        for word in ["kementrian", "wali", "kota", "jum'at"] { _ = table.insert(Array(word.utf8)) }
        var writer = BinaryWriter()
        table.encode(into: &writer)
        var reader = BinaryReader(writer.bytes)
        #expect(throws: Never.self) { try WordTable(reading: &reader) }
        reader = BinaryReader(writer.bytes)
        let storage = try reader.readBytes()
        let offsets = try reader.readInt32s()
        let hashes = try reader.readUInt64s()
        let slots = try reader.readUInt64s()
        let slotBits = try reader.readInt()
        // FNV-1a, the hash of earlier builds.
        let foreign = (0..<hashes.count).map { id in
            storage[Int(offsets[id])..<Int(offsets[id + 1])].reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        }
        var forged = BinaryWriter()
        forged.write(storage)
        forged.write(offsets)
        forged.write(foreign)
        forged.write(slots)
        forged.write(slotBits)
        var forgedReader = BinaryReader(forged.bytes)
        #expect(throws: BinaryReader.Malformed.self) { try WordTable(reading: &forgedReader) }
    }

    @Test func everyTruncationIsAnErrorAndNoDamageCrashes() throws {
        let compiled = try TermMatcher(terms: Self.terms, exceptions: ["Daerah Khusus Ibukota"], options: .init(suffixes: ["nya"]))
        var writer = BinaryWriter()
        compiled.encode(into: &writer)
        let bytes = writer.bytes
        for length in stride(from: 0, to: bytes.count, by: 3) {
            var reader = BinaryReader(Array(bytes[0..<length]))
            #expect(throws: BinaryReader.Malformed.self) { try TermMatcher(reading: &reader) }
        }
        // A damaged byte either fails the checks or leaves a matcher that still runs safely.
        for index in stride(from: 0, to: bytes.count, by: 5) {
            var damaged = bytes
            damaged[index] ^= 0x5A
            var reader = BinaryReader(damaged)
            if let matcher = try? TermMatcher(reading: &reader) { _ = Self.matches(matcher) }
        }
    }

    @Test func pairsWithSeveralReplacementsNotesAndLevelsReadBackEqual() throws {
        let pairs = [
            SubstitutionRule.Pair(from: "praktek", to: ["praktik"]),
            SubstitutionRule.Pair(from: "Nopember", to: ["November", "Nov."], note: "bulan ke-11", level: .warning),
            SubstitutionRule.Pair(from: "kerjasama", to: ["kerja sama"], note: "", level: .error),
            SubstitutionRule.Pair(from: "Jum’at", to: ["Jumat"], note: "catatan “kutip” 🙂", level: .suggestion),
        ]
        let rule = try SubstitutionRule(metadata: RuleHarness.metadata(kind: "substitution"), pairs: pairs)
        #expect(rule.pairs == pairs)
        let payload = rule.encodeCompiled()
        let (restored, matcher) = try SubstitutionRule.decodeCompiled(payload)
        #expect((0..<restored.count).map { restored.pair($0, from: matcher.term($0)) } == pairs)
        for length in 0..<payload.count {
            #expect(throws: BinaryReader.Malformed.self) { try SubstitutionRule.decodeCompiled(Array(payload[0..<length])) }
        }
    }

    // MARK: the cache folder

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func pack(_ rows: [String]) throws -> URL {
        let url = try folder()
        try Data(("tidak_baku\tbaku\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: url.appendingPathComponent("istilah.tsv"))
        return url
    }

    static func rule(pack: URL, cache: CompiledTermListCache?) throws -> any Rule {
        var params = FakeRuleParameters(#"{ table: "istilah.tsv", suffixes: ["nya"] }"#, directory: pack)
        params.termListCache = cache
        return try SubstitutionRule.kind.make(RuleHarness.metadata(kind: "substitution"), params)
    }

    static func entries(_ cache: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }.sorted()
    }

    static let draft = "Prakteknya di Kementrian berjalan; walikota hadir."

    @Test func aRuleIsStoredOnceAndThenReadFromTheCache() throws {
        let pack = try Self.pack(["praktek\tpraktik", "kementrian\tkementerian"])
        let cacheURL = try Self.folder()
        let cache = CompiledTermListCache(directory: cacheURL.path)
        let first = try Self.rule(pack: pack, cache: cache)
        #expect(try RuleHarness.summary(first, Self.draft) == ["Prakteknya→Praktiknya", "Kementrian→Kementerian"])
        let stored = try Self.entries(cacheURL)
        #expect(stored.count == 1)

        // Prove the second rule comes from the cache: put another list's compiled form under
        // the same key; the rule then finds what that list finds.
        let other = try Self.rule(pack: try Self.pack(["walikota\twali kota"]), cache: nil) as! SubstitutionRule
        let key = try #require(stored.first.map { cacheURL.appendingPathComponent($0) })
        let genuine = try Data(contentsOf: key)
        var reader = BinaryReader(Array(genuine))
        _ = try reader.readString()
        _ = try reader.readUInt64()
        let keyBytes = try reader.readBytes()
        cache.store(key: keyBytes, payload: other.encodeCompiled())
        #expect(try RuleHarness.summary(try Self.rule(pack: pack, cache: cache), Self.draft) == ["walikota→wali kota"])
    }

    @Test(arguments: ["truncated", "flipped", "garbage", "empty"])
    func aDamagedEntryIsIgnoredAndRewritten(damage: String) throws {
        let pack = try Self.pack(["praktek\tpraktik", "kementrian\tkementerian"])
        let cacheURL = try Self.folder()
        let cache = CompiledTermListCache(directory: cacheURL.path)
        _ = try Self.rule(pack: pack, cache: cache)
        let entry = cacheURL.appendingPathComponent(try #require(try Self.entries(cacheURL).first))
        var bytes = [UInt8](try Data(contentsOf: entry))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count - 10] ^= 0x01
        case "garbage": bytes = Array("not a cache file at all".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: entry)
        let rule = try Self.rule(pack: pack, cache: cache)
        #expect(try RuleHarness.summary(rule, Self.draft) == ["Prakteknya→Praktiknya", "Kementrian→Kementerian"])
        #expect([UInt8](try Data(contentsOf: entry)) != bytes)  // rewritten
    }

    @Test func anEditedTableGetsANewEntryAndItsOwnFindings() throws {
        let pack = try Self.pack(["praktek\tpraktik"])
        let cacheURL = try Self.folder()
        let cache = CompiledTermListCache(directory: cacheURL.path)
        #expect(try RuleHarness.summary(try Self.rule(pack: pack, cache: cache), Self.draft) == ["Prakteknya→Praktiknya"])
        try Data("tidak_baku\tbaku\nwalikota\twali kota\n".utf8).write(to: pack.appendingPathComponent("istilah.tsv"))
        #expect(try RuleHarness.summary(try Self.rule(pack: pack, cache: cache), Self.draft) == ["walikota→wali kota"])
        #expect(try Self.entries(cacheURL).count == 2)
    }

    @Test func anUnwritableFolderOnlyMeansCompilingEveryTime() throws {
        let pack = try Self.pack(["praktek\tpraktik"])
        let blocker = try Self.folder().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let cache = CompiledTermListCache(directory: blocker.path + "/cache")
        #expect(try RuleHarness.summary(try Self.rule(pack: pack, cache: cache), Self.draft) == ["Prakteknya→Praktiknya"])
    }

    @Test func onlyTheNewestEntriesAreKept() throws {
        let cacheURL = try Self.folder()
        var cache = CompiledTermListCache(directory: cacheURL.path)
        cache.entryLimit = 3
        for number in 0..<6 {
            cache.store(key: SHA256.digest([UInt8(number)]), payload: [UInt8(number)])
            // Distinct modification times, oldest first.
            let path = cache.path(for: SHA256.digest([UInt8(number)]))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + number))], ofItemAtPath: path)
        }
        let kept = try Self.entries(cacheURL)
        #expect(kept.count <= 4)  // pruning runs before the newest one's date is set
        #expect(cache.load(key: SHA256.digest([5])) == [5])
        #expect(cache.load(key: SHA256.digest([0])) == nil)
    }

    @Test func theFolderFollowsTheEnvironment() {
        #expect(CompiledTermListCache.standard(environment: ["HOME": "/home/humas"])?.directory == "/home/humas/.cache/selaras")
        #expect(CompiledTermListCache.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/x"])?.directory == "/x/selaras")
        #expect(CompiledTermListCache.standard(environment: ["HOME": "/h", "SELARAS_CACHE_DIR": "/c"])?.directory == "/c")
        #expect(CompiledTermListCache.standard(environment: ["HOME": "/h", "SELARAS_NO_CACHE": "1"]) == nil)
        #expect(CompiledTermListCache.standard(environment: ["HOME": "/h", "SELARAS_NO_CACHE": "0"]) != nil)
        #expect(CompiledTermListCache.standard(environment: [:]) == nil)
        #expect(CompiledTermListCache.standard(environment: ["HOME": "relative"]) == nil)
    }
}
