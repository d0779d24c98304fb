import SelarasCore
import Testing
@testable import SelarasReport

@Suite("Baseline")
struct BaselineTests {
    /// The fixture report with every line pushed down, as after inserting a paragraph at the top.
    private var movedReport: Report {
        var report = ReportFixtures.report
        for index in report.findings.indices {
            report.findings[index].line += 3
            report.findings[index].endLine += 3
        }
        return report
    }

    @Test func roundTripThroughTheFile() throws {
        let baseline = Baseline.record(ReportFixtures.report)
        #expect(baseline.entries.count == 5)
        let text = baseline.encoded()
        #expect(text.contains("\"version\" : 1"))
        let loaded = try Baseline.load(Array(text.utf8), path: "selaras-baseline.json")
        #expect(loaded == baseline)
        #expect(loaded.encoded() == text)
    }

    @Test func movedLinesStillMatch() {
        let baseline = Baseline.record(ReportFixtures.report)
        let outcome = baseline.apply(to: movedReport)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.suppressed == 5)
        #expect(outcome.fixed == 0)
    }

    @Test func newAndFixedAreCounted() throws {
        let baseline = Baseline.record(ReportFixtures.report)
        var report = movedReport
        let fixedFinding = report.findings.removeFirst()
        var fresh = report.findings[0]
        fresh.match = "baru"
        fresh.message = "new problem"
        report.findings.append(fresh)
        let filtered = baseline.filter(report)
        #expect(filtered.findings.map(\.message) == ["new problem"])
        #expect(filtered.baselineSuppressed == 4)
        #expect(filtered.baselineFixed == 1)
        #expect(filtered.files.first { $0.path == fixedFinding.path }?.findings == 1)
        #expect(filtered.files.first { $0.path == ReportFixtures.dinkes }?.findings == 0)
    }

    @Test func eachEntryAbsorbsOneFinding() {
        var single = ReportFixtures.empty
        let finding = ReportFixtures.findings[0]
        single.findings = [finding]
        let baseline = Baseline.record(single)
        var doubled = single
        var twin = finding
        twin.line += 1  // same text on another line: a second occurrence, not the known one
        doubled.findings = [finding, twin]
        let outcome = baseline.apply(to: doubled)
        #expect(outcome.suppressed == 1)
        #expect(outcome.findings.count == 1)
    }

    @Test func entriesForUncheckedFilesAreNotFixed() {
        let baseline = Baseline.record(ReportFixtures.report)
        var report = ReportFixtures.report
        report.files.removeAll { $0.path == ReportFixtures.bpbd }
        report.findings.removeAll { $0.path == ReportFixtures.bpbd }
        #expect(baseline.apply(to: report).fixed == 0)
    }

    @Test func badFilesAreUserErrors() {
        #expect(throws: SelarasError.self) { try Baseline.load(Array("{ not json".utf8), path: "b.json") }
        do {
            _ = try Baseline.load(Array(#"{"version": 2, "entries": []}"#.utf8), path: "b.json")
            Issue.record("version 2 accepted")
        } catch let error as SelarasError {
            #expect(error.path == "b.json")
            #expect(error.message.contains("version 2"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        do {
            _ = try Baseline.load(Array(#"{"version": 1, "entries": [{"rule": "r"}]}"#.utf8), path: "b.json")
            Issue.record("entry without fingerprint accepted")
        } catch let error as SelarasError {
            #expect(error.message.contains("entries[0]"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
