import SelarasCore
import Testing
@testable import SelarasReport

@Suite("Markdown and HTML reports")
struct SecretariatReportTests {
    @Test func mirrorConflictFindingsCollapseIntoOneGroup() throws {
        let groups = ConflictGroup.make(ReportFixtures.report)
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.findingCount == 2)
        #expect(group.participants.map(\.agency) == ["bpbd-kalsel", "dinkes-kalsel"])
        // Both sides were reported with their source line, so both sentences are complete.
        let sides = group.participants.map(ConflictGroup.split)
        #expect(sides[0].before == "Korban: " && sides[0].flagged == "15 orang")
        #expect(sides[1].flagged == "12 orang" && sides[1].after == " korban \u{2014} data sementara.")
        #expect(group.evidence == [ReportFixtures.conflictEvidence])
    }

    @Test func oneSidedConflictUsesRelatedMatch() throws {
        var report = ReportFixtures.report
        report.findings.removeAll { $0.path == ReportFixtures.bpbd }
        let group = try #require(ConflictGroup.make(report).first)
        #expect(group.participants.count == 2)
        let bpbd = try #require(group.participants.first { $0.path == ReportFixtures.bpbd })
        #expect(bpbd.text == "15 orang" && bpbd.highlight == nil)
        #expect(bpbd.agency == "bpbd-kalsel")
    }

    @Test func htmlEscapesEverythingAndHasNoScript() {
        let html = HTMLReporter().render(ReportFixtures.report)
        #expect(html.contains("<mark>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>"))
        #expect(html.contains("&amp;amp; &lt;b&gt;"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("<link"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<blockquote>Korban: <mark>15 orang</mark> (100% terdata), lihat lampiran.</blockquote>"))
    }

    @Test func markdownHasConflictTableAndEscapes() {
        let markdown = MarkdownReporter().render(ReportFixtures.report)
        #expect(markdown.contains("## Conflicts between drafts (1)"))
        #expect(markdown.contains("| bpbd-kalsel | drafts/bpbd/siaran pers.txt:4:9 | Korban: **15 orang** (100% terdata), lihat lampiran. |"))
        #expect(markdown.contains("Registry: record figures.csv:4 (korban-banjir-hst), source https://bpbd.kalselprov.go.id/laporan/2024-03-04"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func noConflictsSaysSo() {
        #expect(MarkdownReporter().render(ReportFixtures.empty).contains("No conflicts between drafts."))
        #expect(HTMLReporter().render(ReportFixtures.empty).contains("<p>No findings.</p>"))
    }
}
