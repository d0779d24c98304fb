import SelarasCore
import Testing
@testable import SelarasReport

/// Golden files for every format on the fixture report.
@Suite("Reporter snapshots")
struct SnapshotTests {
    @Test func text() {
        Snapshot.assertMatches(TextReporter().render(ReportFixtures.report), named: "report.txt")
    }

    @Test func textWithColourAndBaseline() {
        var report = ReportFixtures.report
        report.baselineSuppressed = 5
        report.baselineFixed = 2
        Snapshot.assertMatches(TextReporter(useColor: true).render(report), named: "report-color-baseline.ansi")
    }

    @Test func json() {
        Snapshot.assertMatches(JSONReporter().render(ReportFixtures.report), named: "report.json")
    }

    @Test func sarif() {
        Snapshot.assertMatches(SARIFReporter().render(ReportFixtures.report), named: "report.sarif")
    }

    @Test func junit() {
        Snapshot.assertMatches(JUnitReporter().render(ReportFixtures.report), named: "report.junit.xml")
    }

    @Test func github() {
        Snapshot.assertMatches(GitHubReporter().render(ReportFixtures.report), named: "report.github.txt")
    }

    @Test func githubJobSummary() {
        Snapshot.assertMatches(GitHubReporter().renderJobSummary(ReportFixtures.report), named: "report.summary.md")
    }

    @Test func markdown() {
        Snapshot.assertMatches(MarkdownReporter().render(ReportFixtures.report), named: "report.md")
    }

    @Test func html() {
        Snapshot.assertMatches(HTMLReporter().render(ReportFixtures.report), named: "report.html")
    }

    @Test func emptyReportInEveryFormat() {
        for format in ReportFormat.allCases {
            Snapshot.assertMatches(format.reporter().render(ReportFixtures.empty), named: "empty.\(format.rawValue)")
        }
    }

    @Test func outputIsDeterministic() {
        for format in ReportFormat.allCases {
            let reporter = format.reporter()
            #expect(reporter.render(ReportFixtures.report) == reporter.render(ReportFixtures.report), "\(format)")
        }
    }
}
