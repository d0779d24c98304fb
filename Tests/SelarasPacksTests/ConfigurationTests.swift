import Foundation
import SelarasCore
import SelarasTestSupport
import Testing
@testable import SelarasPacks

@Suite struct ConfigurationTests {
    @Test func findWalksUpParentDirectories() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.write("selaras.json5", "{}")
        try FileManager.default.createDirectory(atPath: dir.file("drafts/dinkes/2025"), withIntermediateDirectories: true)
        #expect(Configuration.find(startingAt: dir.file("drafts/dinkes/2025")) == config)
        #expect(Configuration.find(startingAt: dir.path) == config)
        let nested = try dir.write("drafts/selaras.json5", "{}")
        #expect(Configuration.find(startingAt: dir.file("drafts/dinkes")) == nested)
    }

    @Test func findReturnsNilWhenThereIsNone() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("a/b"), withIntermediateDirectories: true)
        // A selaras.json5 above the temporary directory would be found; there should be none.
        let found = Configuration.find(startingAt: dir.file("a/b"))
        #expect(found == nil || !found!.hasPrefix(dir.path))
    }

    @Test func loadsEverySettingAndResolvesPaths() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("proj/selaras.json5", """
            {
              $schema: "./schemas/config.schema.json",
              registry: "registry",
              packs: ["Rules/ejaan", "../bersama/instansi"],
              failOn: "warning",
              minLevel: "Suggestion",
              date: "2025-03-14",
              overrides: [
                { files: "drafts/dinkes/**", agency: "dinkes-kalsel", disable: ["ejaan.kapital"],
                  levels: { "ejaan.kementerian": "warning", "ejaan.hari": "off" } },
                { files: ["**/*.md", "lampiran/*.txt"], disable: ["ejaan"] },
              ],
              ignore: ["**/arsip/**"],
              extensions: ["txt", ".MD"],
            }
            """)
        let configuration = try Configuration.load(path: path)
        let base = dir.file("proj")
        #expect(configuration.file == path)
        #expect(configuration.directory == base)
        #expect(configuration.registry == base + "/registry")
        #expect(configuration.packs == [base + "/Rules/ejaan", dir.file("bersama/instansi")])
        #expect(configuration.failOn == .warning)
        #expect(configuration.minLevel == .suggestion)
        #expect(configuration.date == LocalDate(year: 2025, month: 3, day: 14))
        #expect(configuration.extensions == ["txt", "md"])
        #expect(configuration.overrides.count == 2)
        #expect(configuration.overrides[0].agency == "dinkes-kalsel")
        #expect(configuration.overrides[0].levels == ["ejaan.kementerian": .level(.warning), "ejaan.hari": .off])

        let dinkes = configuration.overrides(for: base + "/drafts/dinkes/a/b.txt")
        #expect(dinkes.count == 1 && dinkes.first?.disable == ["ejaan.kapital"])
        #expect(configuration.overrides(for: base + "/drafts/dinkes/a/b.md").count == 2)
        #expect(configuration.overrides(for: base + "/lampiran/x.txt").count == 1)
        #expect(configuration.overrides(for: base + "/drafts/dishub/b.txt").isEmpty)
        #expect(configuration.overrides(for: dir.file("lain/drafts/dinkes/a.txt")).isEmpty)

        #expect(configuration.isIgnored(base + "/x/arsip/y.txt"))
        #expect(configuration.isIgnored(base + "/arsip/y.txt"))
        #expect(!configuration.isIgnored(base + "/x/arsipku/y.txt"))
        #expect(configuration.relativePath(of: base + "/drafts/./a/../b.md") == "drafts/b.md")
        #expect(configuration.relativePath(of: dir.file("other.md")) == nil)
    }

    @Test func defaultsAreEmpty() {
        let configuration = Configuration(directory: "/proj")
        #expect(configuration.file == nil && configuration.packs.isEmpty && configuration.failOn == nil)
        #expect(configuration.overrides(for: "/proj/a.md").isEmpty)
        #expect(!configuration.isIgnored("/proj/a.md"))
    }

    func failure(_ text: String) -> SelarasError? {
        do { _ = try Configuration.parse(bytes: Array(text.utf8), path: "/proj/selaras.json5"); return nil } catch { return error }
    }

    @Test func errorsArePlacedAndUseTheConfigurationCode() {
        let typo = failure("{\n  failon: 'error' }")
        #expect(typo?.code == .configuration)
        #expect(typo?.message.hasPrefix("unknown key 'failon' in configuration; known keys: $schema, registry, packs, failOn") == true)
        #expect(typo?.hint == "did you mean 'failOn'?")
        #expect(typo?.line == 2 && typo?.column == 3)

        let level = failure("{ failOn: 'eror' }")
        #expect(level?.message == "'failOn' must be one of error, warning, suggestion, not 'eror'")
        #expect(level?.column == 11)

        let date = failure("{ date: '2025-02-30' }")
        #expect(date?.message.hasPrefix("'date' must be a date written YYYY-MM-DD") == true)
        #expect(date?.column == 9)

        let glob = failure("{ ignore: ['ok/**', '[abc'] }")
        #expect(glob?.message.hasPrefix("invalid glob") == true)
        #expect(glob?.column == 21)

        let files = failure("{ overrides: [{ files: 3 }] }")
        #expect(files?.message == "'files' must be a glob or a list of globs")
        #expect(files?.column == 24)

        let overrideLevel = failure("{ overrides: [{ files: '*', levels: { 'a.b': 'loud' } }] }")
        #expect(overrideLevel?.message.contains("'a.b' must be error, warning, suggestion or off") == true)
        #expect(overrideLevel?.column == 46)

        let unknownInOverride = failure("{ overrides: [{ files: '*', disabel: [] }] }")
        #expect(unknownInOverride?.message.hasPrefix("unknown key 'disabel' in 'overrides[0]'") == true)
        #expect(unknownInOverride?.hint == "did you mean 'disable'?")

        let syntax = failure("{ packs: ['a' 'b'] }")
        #expect(syntax?.description == "/proj/selaras.json5:1:15: expected ',' or ']' after a value, found ''' (separate items with ',')")

        let missing: SelarasError?
        do { _ = try Configuration.load(path: "/nonexistent/selaras.json5"); missing = nil } catch { missing = error }
        #expect(missing?.code == .configuration)
    }

    /// Paths are standardized by hand for speed; they must come out as Foundation's URL
    /// standardization gives them (segments `.`, `..`, empty ones, trailing slashes, above the root).
    @Test func pathsAreStandardizedAsFoundationStandardizesThem() {
        let segments = ["a", "b", ".", "..", "", "c d", "é", "...", ".x"]
        var generator = SeededGenerator(seed: 20250610)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            var path = "/" + (0..<count).map { _ in segments.randomElement(using: &generator)! }.joined(separator: "/")
            if Bool.random(using: &generator) { path += "/" }
            #expect(Configuration.absolute(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
            // Relative to a base, Foundation counts the empty segment of `b//..` as one (giving
            // `b`); a file system does not (`b//..` is `b/..`, the base), and neither do we.
            let relative = String(path.dropFirst())
            guard !relative.contains("//"), !relative.hasPrefix("/") else { continue }
            let base = URL(fileURLWithPath: "/kerja/humas", isDirectory: true)
            #expect(Configuration.absolute(relative, base: "/kerja/humas")
                    == URL(fileURLWithPath: relative, relativeTo: base).standardizedFileURL.path, "\(relative)")
        }
        #expect(Configuration.absolute("b//..", base: "/kerja/humas") == "/kerja/humas")
        #expect(Configuration.absolute("drafts//dinkes/./rilis.md", base: "/kerja/humas") == "/kerja/humas/drafts/dinkes/rilis.md")
        #expect(Configuration.absolute("../../../..", base: "/kerja/humas") == "/")
    }
}
