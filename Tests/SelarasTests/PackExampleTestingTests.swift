import Foundation
import Testing
@testable import Selaras

/// Examples run like real drafts: URLs masked, headings known, suppression comments honoured.
@Suite struct PackExampleTestingTests {
    @Test func examplesAreLoadedLikeDrafts() throws {
        let headingRule = """
        { id: "judul", kind: "existence", level: "warning", message: "m {match}", description: "d", scope: "heading",
          params: { terms: ["praktek"] },
          examples: { bad: ["# Judul «praktek» baru"], good: ["Isi praktek bukan judul.", "Lihat https://contoh.go.id/praktek ya."] } }
        """
        let urlRule = """
        { id: "kata", kind: "existence", level: "warning", message: "m {match}", description: "d",
          params: { terms: ["praktek"] },
          examples: { bad: ["Ada «praktek» di sini."], good: ["Tautan https://contoh.go.id/praktek dan `praktek` aman."] } }
        """
        let directory = try PackCommandTests.pack(["judul.json5": headingRule, "kata.json5": urlRule])
        let run = Harness.run(["pack", "test", "packs/uji"], in: directory)
        #expect(run.exitCode == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardOutput.contains("2 passed, 0 failed"))
    }
}
