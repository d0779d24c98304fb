import Foundation
import SelarasCore
import Testing
@testable import SelarasReport

@Suite("JSON reporter")
struct JSONReporterTests {
    private func parsed(_ report: Report = ReportFixtures.report) throws -> [String: Any] {
        let data = Data(JSONReporter().render(report).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func contractKeys() throws {
        let json = try parsed()
        #expect(json["version"] as? Int == 1)
        #expect(json["tool"] as? [String: String] == ["name": "selaras", "version": "0.1.0"])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(Set(files[0].keys) == ["path", "agency", "date", "findings"])
        #expect(files[2]["agency"] is NSNull)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let contract: Set<String> = [
            "path", "line", "column", "endLine", "endColumn", "rule", "level", "message", "match", "suggestions", "related",
        ]
        for finding in findings {
            #expect(Set(finding.keys).subtracting(["evidence"]) == contract)
        }
        let withEvidence = try #require(findings.first { $0["rule"] as? String == "pejabat.gubernur" })
        #expect(withEvidence["evidence"] as? [String: String] == [
            "record": "officials.csv:12 (gub-kalsel)", "source": "SK Mendagri No. 100.2.1.3-123/2024",
            "asOf": "2024-03-05", "verifiedAsOf": "2024-02-01",
        ])
        let related = try #require((findings[0]["related"] as? [[String: Any]])?.first)
        #expect(Set(related.keys) == ["path", "line", "column", "message"])
        let stats = try #require(json["stats"] as? [String: Any])
        #expect(stats["files"] as? Int == 3)
        #expect(stats["findings"] as? Int == 5)
        #expect(stats["claims"] as? [String: Int] == ["found": 9, "resolved": 7, "checked": 5])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0]["level"] as? String == "warning")
        #expect(json["baseline"] == nil)
    }

    @Test func multibyteTextIsKeptVerbatim() {
        let output = JSONReporter().render(ReportFixtures.report)
        #expect(output.contains("Tulis \u{201C}Kementerian\u{201D}"))
        #expect(output.contains("https://bpbd.kalselprov.go.id/laporan/2024-03-04"))
        #expect(output.hasSuffix("}\n"))
    }

    @Test func baselineCountsAppearWhenSet() throws {
        var report = ReportFixtures.report
        report.baselineSuppressed = 4
        report.baselineFixed = 1
        #expect(try parsed(report)["baseline"] as? [String: Int] == ["suppressed": 4, "fixed": 1])
    }
}
