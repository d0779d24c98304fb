import SelarasCore
import Testing
@testable import SelarasReport

@Suite("Text reporter")
struct TextReporterTests {
    private func finding(line: String, column: Int, endLine: Int = 1, endColumn: Int) -> ReportedFinding {
        ReportedFinding(path: "a.md", line: 1, column: column, endLine: endLine, endColumn: endColumn,
                        rule: "p.r", level: .warning, message: "m", match: "x", sourceLine: line)
    }

    @Test func caretKeepsTabsAndCountsScalars() {
        // Tab, emoji (one scalar, two UTF-8 code units in UTF-16, four bytes), NBSP, curly quote.
        let line = "\t\u{1F3E5}\u{00A0}\u{201C}Kementrian\u{201D}"
        let caret = CaretLine.make(for: finding(line: line, column: 5, endColumn: 15))
        #expect(caret.padding == "\t   ")
        #expect(caret.marks == "^~~~~~~~~~")  // "Kementrian": 10 scalars
    }

    @Test func multiLineSpanUnderlinesToEndOfFirstLine() {
        let caret = CaretLine.make(for: finding(line: "Gubernur Budi", column: 10, endLine: 2, endColumn: 6))
        #expect(caret.padding == String(repeating: " ", count: 9))
        #expect(caret.marks == "^~~~")
    }

    @Test func emptySpanAndColumnPastEndStillShowOneCaret() {
        let caret = CaretLine.make(for: finding(line: "ab", column: 5, endColumn: 5))
        #expect(caret.padding == "    ")
        #expect(caret.marks == "^")
    }

    @Test func findingLinesCarryEverything() {
        let report = ReportFixtures.report
        let output = TextReporter().render(report)
        #expect(output.contains("drafts/dinkes/rilis-1.md:3:5: error [ejaan.kementrian] Tulis"))
        #expect(output.contains("  suggestion: Kementerian\n"))
        #expect(output.contains(
            "  evidence: record officials.csv:12 (gub-kalsel), source SK Mendagri No. 100.2.1.3-123/2024, "
                + "verified 2024-02-01, as of 2024-03-05\n"))
        #expect(output.contains("  note: Jabatan berganti pada 2024-02-01.\n"))
        #expect(output.contains("  related: drafts/bpbd/siaran pers.txt:4:9: Draf bpbd-kalsel menyebut 15 orang\n"))
        #expect(output.contains("drafts/setda/bersih.md:1:1: warning: no date found"))
        #expect(output.hasSuffix("3 errors, 1 warning, 1 suggestion; 3 files checked\nclaims: 9 found, 7 resolved, 5 checked\nrun: 1 warning about the run (see above)\n"))
        #expect(!output.contains("saran"))
    }

    @Test func noColourUnlessAsked() {
        #expect(!TextReporter().render(ReportFixtures.report).contains("\u{1B}["))
        let coloured = TextReporter(useColor: true).render(ReportFixtures.report)
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m[ejaan.kementrian]\u{1B}[0m"))
    }

    @Test func baselineLine() {
        var report = ReportFixtures.report
        report.baselineSuppressed = 5
        report.baselineFixed = 2
        #expect(TextReporter().render(report).contains("\n5 new findings; 5 known (baseline); 2 fixed\n"))
        #expect(!TextReporter().render(ReportFixtures.report).contains("baseline"))
    }

    @Test func cleanRunSaysSo() {
        #expect(TextReporter().render(ReportFixtures.empty) == "no findings; 1 file checked\nclaims: 0 found, 0 resolved, 0 checked\n")
    }
}
