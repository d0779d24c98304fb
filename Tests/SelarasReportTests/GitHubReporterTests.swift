import SelarasCore
import Testing
@testable import SelarasReport

@Suite("GitHub reporter")
struct GitHubReporterTests {
    @Test func escaping() {
        #expect(GitHubReporter.escapeData("50% naik\r\nbaris: a, b") == "50%25 naik%0D%0Abaris: a, b")
        #expect(GitHubReporter.escapeProperty("drafts/a:b,c%.md") == "drafts/a%3Ab%2Cc%25.md")
    }

    @Test func annotationForEachLevel() {
        let output = GitHubReporter().render(ReportFixtures.report)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "::error file=drafts/dinkes/rilis-1.md,line=3,col=5,endLine=3,endColumn=15,title=selaras [ejaan.kementrian]::"
                + "Tulis \u{201C}Kementerian\u{201D}, bukan \u{201C}Kementrian\u{201D}.%0Asuggestion: Kementerian"))
        // Multi-line: no endColumn.
        #expect(lines.contains { $0.hasPrefix("::warning file=drafts/dinkes/rilis-1.md,line=7,col=10,endLine=8,title=") })
        #expect(lines.contains { $0.hasPrefix("::notice file=drafts/bpbd/siaran pers.txt,line=6,") && $0.contains("(100%25)%3A") == false && $0.contains("(100%25): hapus, lalu") })
        #expect(lines.contains("::warning file=drafts/setda/bersih.md,line=1,col=1,title=selaras::no date found; assumed 2024-03-05 (today)"))
        #expect(lines.allSatisfy { !$0.contains("\r") })
    }

    @Test func capsAnnotationsPerLevelAndSaysSo() {
        var report = ReportFixtures.empty
        report.findings = (1...60).map { line in
            ReportedFinding(path: "a.md", line: line, column: 1, endLine: line, endColumn: 2, rule: "p.r",
                            level: .error, message: "m", match: "x")
        } + [ReportedFinding(path: "b.md", line: 1, column: 1, endLine: 1, endColumn: 2, rule: "p.s",
                             level: .warning, message: "w", match: "y")]
        let output = GitHubReporter(annotationCap: 50).render(report)
        let lines = output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 50)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(output.contains("selaras: 10 more errors not annotated (annotations capped at 50 per level)"))
        let summary = GitHubReporter(annotationCap: 50).renderJobSummary(report)
        #expect(summary.contains("Annotations capped at 50 per level; see the full list below."))
        #expect(summary.components(separatedBy: "| error | a.md:").count - 1 == 60)
    }

    @Test func jobSummaryCountsAndEscapes() {
        let summary = GitHubReporter().renderJobSummary(ReportFixtures.report)
        #expect(summary.contains("| error | 3 |\n| warning | 1 |\n| suggestion | 1 |"))
        #expect(summary.contains("| bpbd-kalsel | 1 | 1 | 0 | 1 |"))
        #expect(summary.contains("| (unknown) | 1 | 0 | 0 | 0 |"))
        #expect(summary.contains("\\<script\\>alert(\"x\")\\</script\\>"))
        #expect(!summary.contains("Annotations capped"))
    }
}
