import Foundation
import Testing
import SelarasCore
import SelarasPacks
@testable import Selaras

/// Broken configuration, packs, regexes and tables: configuration and pack errors stop the run
/// before any draft is read (exit 2, every error with file:line:column); a regex that gives up
/// on one file is a warning naming the rule, and the other files are still checked.
@Suite struct BadInputPackTests {
    @Test(arguments: [
        ("{ a: 1,, }", 1, 8),
        ("{\n  a: [1, 2\n}", 3, 1),
        ("{\n  a: 'tidak ditutup\n}", 2, 6),
        ("{ a: 1 } x", 1, 10),
        ("{\n\n   a: tru }", 3, 7),
        ("{ /* komentar tanpa akhir", 1, 3),
        ("{ “a”: 1 }", 1, 3),
        ("", 1, 1),
        ("{\r\r  a: ,\r}", 3, 6),  // lone CRs end lines too (found by fuzz-json5)
        ("{\u{2028}  a: 1 2 }", 1, 10),  // U+2028 is whitespace, not a line end, as in most editors
    ])
    func json5SyntaxErrorsArePinpointed(text: String, line: Int, column: Int) {
        do {
            _ = try JSON5Parser(code: .pack, path: "uji.json5").parse(Array(text.utf8))
            Issue.record("'\(text)' must not parse")
        } catch {
            #expect(error.path == "uji.json5")
            #expect(error.line == line && error.column == column, "\(error)")
        }
    }

    @Test func brokenConfigurationStopsTheRunBeforeAnyDraftIsRead() throws {
        let root = try Harness.temporaryDirectory(["selaras.json5": "{\n  failOn: \"warning\",\n  packs: [\"ejaan\"\n}\n",
                                                   "d.md": "praktek\n"])
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("selaras.json5:4:1"))
        #expect(!run.standardOutput.contains("d.md"))
    }

    @Test func unknownKindAndUnknownParameterAreNamedWithTheirPosition() throws {
        let root = try BadInput.workspace(rules: [
            "a.json5": "{\n  id: \"a\",\n  kind: \"existance\",\n  level: \"warning\",\n  message: \"m\",\n  description: \"d\",\n  params: { terms: [\"x\"] },\n  examples: { bad: [\"«x»\"], good: [] },\n}\n",
            "b.json5": "{\n  id: \"b\",\n  kind: \"existence\",\n  level: \"warning\",\n  message: \"m\",\n  description: \"d\",\n  params: { terms: [\"x\"], ignorecase: true },\n  examples: { bad: [\"«x»\"], good: [] },\n}\n",
        ], drafts: ["d.md": "x\n"])
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("uji/a.json5:3:9"), "\(run.standardError)")
        #expect(run.standardError.contains("existence"))
        #expect(run.standardError.contains("uji/b.json5:7:"), "\(run.standardError)")
        #expect(run.standardError.contains("ignorecase"))
        #expect(!run.standardOutput.contains("d.md:"))
    }

    @Test func regexThatDoesNotCompileIsAPackErrorAtItsLine() throws {
        let root = try BadInput.workspace(rules: ["a.json5": BadInput.patternRule(id: "kurung", pattern: "(tidak ditutup")],
                                          drafts: ["d.md": "x\n"])
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("uji/a.json5:7:"), "\(run.standardError)")
    }

    @Test func catastrophicBacktrackingEndsQuicklyWithAWarningAndTheOtherFilesAreChecked() throws {
        let root = try BadInput.workspace(
            rules: ["a.json5": BadInput.patternRule(id: "bencana", pattern: "(a+)+$", bad: "«aaa»"),
                    "b.json5": BadInput.patternRule(id: "kata", pattern: "praktek", bad: "«praktek»")],
            drafts: ["1-jebakan.txt": String(repeating: "a", count: 50_000) + "b\n", "2-biasa.md": "Rapat praktek.\n"])
        let (run, seconds) = BadInput.seconds { Harness.run(["check", "."], in: root) }
        #expect(seconds < 1.5, "took \(seconds) s")
        // Warnings only, below the default --fail-on error: the give-up is reported, it does not fail the run.
        #expect(run.exitCode == 0)
        let all = run.standardOutput + run.standardError
        #expect(all.contains("1-jebakan.txt: warning: rule uji.bencana stopped on this file"), "\(all)")
        #expect(all.contains("2-biasa.md:1:7: warning [uji.kata]"))
    }

    @Test func raggedRowsBrokenQuotesAndBadBytesInTablesAreErrorsWithLines() {
        let cases: [(String, [UInt8], Int)] = [
            ("ragged", Array("dari,ke\na,b\nc,d,e\n".utf8), 3),
            ("short", Array("dari\tke\na\tb\nc\n".utf8), 3),
            ("quote", Array("dari,ke\n\"a,b\nc,d\n".utf8), 2),
            ("bytes", Array("dari,ke\na,b\n".utf8) + [0xFF] + Array(",c\n".utf8), 3),
        ]
        for (name, bytes, line) in cases {
            do {
                let table = try DelimitedTableReader.parse(bytes: bytes, path: name + ".csv")
                Issue.record("\(name) must not parse: \(table.rows)")
            } catch {
                #expect(error.path == name + ".csv")
                #expect(error.line == line, "\(name): \(error)")
                #expect(error.hint != nil, "\(name): \(error)")
            }
        }
    }

    @Test func goodTablesWithQuotesCommentsAndBOMStillParse() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("nama;tanggal\n# catatan\n\"Dinas \"\"A\"\"; Kalsel\";2025-02-28\n\n\"dua\nbaris\";2024-02-29\n".utf8)
        let table = try DelimitedTableReader.parse(bytes: bytes, path: "t.csv")
        #expect(table.header == ["nama", "tanggal"])
        #expect(table.rows.map(\.fields) == [["Dinas \"A\"; Kalsel", "2025-02-28"], ["dua\nbaris", "2024-02-29"]])
        #expect(table.rows.map(\.line) == [3, 5])
    }

    @Test func impossibleDatesAreRejected() {
        for text in ["2025-02-29", "2025-13-01", "2025-04-31", "0000-00-00", "2025-1-1x", "２０２５-01-01"] {
            #expect(LocalDate(iso: text) == nil, "\(text)")
        }
        #expect(LocalDate(iso: "2024-02-29") != nil)
    }
}
