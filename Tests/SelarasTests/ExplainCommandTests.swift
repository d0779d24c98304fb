import Foundation
import Testing
@testable import Selaras

/// `selaras explain RULE-ID` end to end.
@Suite struct ExplainCommandTests {
    @Test func explainsARuleWithItsExamples() throws {
        let run = Harness.run(["explain", "ejaan.kata-baku"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let out = run.standardOutput
        #expect(out.hasPrefix("ejaan.kata-baku\n\nKata tidak baku yang pasti salah eja"))
        #expect(out.contains("  kind:     substitution\n"))
        #expect(out.contains("  level:    error\n"))
        #expect(out.contains("  link:     https://kbbi.kemdikbud.go.id/\n"))
        #expect(out.contains("  message:  Gunakan bentuk baku '{expected}', bukan '{match}' (KBBI/EYD V).\n"))
        #expect(out.contains("  file:     Rules/ejaan/kata-baku.json5\n"))
        // The marked span is underlined under its characters, and the rule's real message follows.
        #expect(out.contains("""
              Rapat di Kementrian Dalam Negeri.
                       ^~~~~~~~~~
                → Gunakan bentuk baku 'Kementerian', bukan 'Kementrian' (KBBI/EYD V).

            """))
        #expect(out.contains("    suggestion: praktiknya\n"))
        #expect(out.contains("Good examples (nothing is flagged):\n  Kementerian Dalam Negeri mengimbau warga"))
        // Curly quotes before the mark: columns count characters, not bytes.
        #expect(out.contains("  Pengumuman “ijin usaha” dipasang.\n              ^~~~\n"))
    }

    @Test func theRulePartAloneIsEnoughWhenUnique() {
        let run = Harness.run(["explain", "rupiah"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasPrefix("angka.rupiah\n"))
        #expect(run.standardOutput.contains("  kind:     existence\n"))
    }

    @Test func unknownIdSuggestsTheNearest() {
        let run = Harness.run(["explain", "ejaan.kata-bakuu"], in: Harness.repositoryRoot)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("unknown rule 'ejaan.kata-bakuu'"))
        #expect(run.standardError.contains("did you mean 'ejaan.kata-baku'"))
        #expect(run.standardOutput.isEmpty)
        let far = Harness.run(["explain", "zzzzzzzz"], in: Harness.repositoryRoot)
        #expect(far.exitCode == 2)
        #expect(!far.standardError.contains("did you mean"))
        #expect(far.standardError.contains("selaras rules"))
        #expect(Harness.run(["explain"], in: Harness.repositoryRoot).exitCode == 2)
    }

    @Test func underlineCountsCharactersAndKeepsTabs() {
        let text = "😀\u{00A0}\tRapat «Kementrian»"
        let example = "😀\u{00A0}\tRapat "
        let start = example.utf8.count
        let shown = ExampleDisplay.underlined(text.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: ""),
                                              spans: [start..<(start + "Kementrian".utf8.count)], indent: "")
        #expect(shown == "😀\u{00A0}\tRapat Kementrian\n  \t      ^" + String(repeating: "~", count: 9) + "\n")
        let twoLines = ExampleDisplay.underlined("ab\ncd", spans: [1..<4], indent: "> ")
        #expect(twoLines == "> ab\n>  ^\n> cd\n> ^\n")
    }
}
