import Foundation
import Testing

/// `selaras check` keeps compiled term lists in `SELARAS_CACHE_DIR` and never serves a stale one.
@Suite struct TermListCacheCommandTests {
    static func workspace(rows: String) throws -> String {
        try Harness.temporaryDirectory([
            "selaras.json5": #"{ packs: ["packs/istilah"] }"#,
            "packs/istilah/pack.json5": #"{ id: "istilah", name: "Istilah", version: "1.0.0", description: "Istilah uji.", language: "id", maintainer: "uji", rules: ["*.json5"] }"#,
            "packs/istilah/baku.json5": #"{ id: "baku", kind: "substitution", level: "warning", message: "Tulis '{expected}', bukan '{match}'.", description: "Kata baku.", params: { table: "baku.tsv" }, examples: { bad: ["«Prakteknya» baik."], good: ["Praktiknya baik."] } }"#,
            "packs/istilah/baku.tsv": "tidak_baku\tbaku\n" + rows,
            "drafts/rilis.md": "Prakteknya di Kementrian baik; walikota hadir.\n",
        ])
    }

    static func cacheEntries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".bin") }
    }

    @Test func theSecondRunReadsTheCacheAndAnEditedTableIsNeverServedStale() throws {
        let root = try Self.workspace(rows: "praktek\tpraktik\nkementrian\tkementerian\n")
        let cache = root + "/cache"
        let environment = ["SELARAS_CACHE_DIR": cache]
        let first = Harness.run(["check", "--format", "json", "drafts"], in: root, environment: environment)
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Kementerian"))
        #expect(Self.cacheEntries(cache).count == 1)

        let second = Harness.run(["check", "--format", "json", "drafts"], in: root, environment: environment)
        #expect(second.standardOutput == first.standardOutput)
        #expect(Self.cacheEntries(cache).count == 1)

        try Data("tidak_baku\tbaku\nwalikota\twali kota\n".utf8).write(to: URL(fileURLWithPath: root + "/packs/istilah/baku.tsv"))
        let edited = Harness.run(["check", "--format", "json", "drafts"], in: root, environment: environment)
        #expect(edited.standardOutput.contains("wali kota"))
        #expect(!edited.standardOutput.contains("Kementerian"))
        #expect(Self.cacheEntries(cache).count == 2)

        let uncached = Harness.run(["check", "--format", "json", "drafts"], in: root, environment: environment.merging(["SELARAS_NO_CACHE": "1"]) { $1 })
        #expect(uncached.standardOutput == edited.standardOutput)
        #expect(Self.cacheEntries(cache).count == 2)
    }
}
