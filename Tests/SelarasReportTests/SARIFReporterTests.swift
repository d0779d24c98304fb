import Foundation
import SelarasCore
import Testing
@testable import SelarasReport

@Suite("SARIF reporter")
struct SARIFReporterTests {
    /// The schema: the copy in Fixtures, else `../shared/schemas/` beside the repository root.
    static func schemaURL(filePath: String = #filePath) -> URL? {
        let here = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        let fixture = here.appendingPathComponent("Fixtures/sarif-2.1.0.json")
        if FileManager.default.fileExists(atPath: fixture.path) { return fixture }
        var directory = here
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let shared = directory.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-2.1.0.json")
                return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static let validator = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("python3 module jsonschema is missing: install python3-jsonschema (apt) or jsonschema (pip)")
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(instance), key=lambda e: list(e.path))
        for error in errors[:10]:
            print("/".join(str(p) for p in error.path), ":", error.message)
        sys.exit(1 if errors else 0)
        """

    private func validate(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let schema = Self.schemaURL() else {
            Issue.record("SARIF schema not found in Fixtures/ nor in ../shared/schemas/", sourceLocation: sourceLocation)
            return
        }
        let file = try ExternalTool.temporaryFile(sarif, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        guard let result = ExternalTool.python(Self.validator, arguments: [schema.path, file.path]) else { return }
        #expect(result.status == 0, "SARIF does not validate: \(result.output)", sourceLocation: sourceLocation)
    }

    @Test func validatesAgainstSchema() throws {
        try validate(SARIFReporter().render(ReportFixtures.report))
        try validate(SARIFReporter().render(ReportFixtures.empty))
    }

    @Test func validatorRejectsBrokenSARIF() throws {
        // Proves the validation can fail: a result without a message is invalid.
        let broken = #"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"a"}]}]}"#
        guard let schema = Self.schemaURL() else {
            Issue.record("SARIF schema not found")
            return
        }
        let file = try ExternalTool.temporaryFile(broken, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = ExternalTool.python(Self.validator, arguments: [schema.path, file.path])
        #expect(result?.status == 1, "expected a validation failure, got: \(result?.output ?? "nothing")")
    }

    private func parsed(_ report: Report = ReportFixtures.report) throws -> [String: Any] {
        let data = Data(SARIFReporter().render(report).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func runShape() throws {
        let log = try parsed()
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // Three described rules plus the one only a finding names.
        #expect(rules.map { $0["id"] as? String } == ["ejaan.kementrian", "lintas.angka-korban", "pejabat.gubernur", "format.tag-html"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let prints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(prints["selaras/v1"]?.count == 64)
        }
        #expect(results.map { $0["level"] as? String } == ["error", "note", "error", "warning", "error"])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 2)
    }

    @Test func locationsArePercentEncodedAndRelative() throws {
        let run = try #require((try parsed()["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let location = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: String])
        #expect(artifact == ["uri": "drafts/bpbd/siaran%20pers.txt", "uriBaseId": "%SRCROOT%"])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startColumn"] as? Int == 1)
        #expect((region["snippet"] as? [String: String])?["text"] == "<script>alert(\"x\")</script>")
    }

    @Test func uriEncoding() {
        #expect(URIEncoding.encodePath("drafts/dinas kesehatan/rilis “1”#a?.md")
            == "drafts/dinas%20kesehatan/rilis%20%E2%80%9C1%E2%80%9D%23a%3F.md")
        #expect(SARIFReporter.artifactLocation("/abs/a b.md") == .object(["uri": .string("file:///abs/a%20b.md")]))
        #expect(SARIFReporter.artifactLocation(".\\win\\a.md")
            == .object(["uri": .string("win/a.md"), "uriBaseId": .string("%SRCROOT%")]))
    }

    @Test func errorDiagnosticMarksExecutionUnsuccessful() throws {
        var report = ReportFixtures.empty
        report.diagnostics = [Diagnostic(.error, "cannot read file", path: "x.md")]
        let run = try #require((try parsed(report)["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        try validate(SARIFReporter().render(report))
    }

    @Test func engineFingerprintWins() throws {
        var report = ReportFixtures.empty
        var finding = ReportFixtures.findings[0]
        finding.fingerprint = "from-engine"
        report.findings = [finding]
        let run = try #require((try parsed(report)["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect((result["partialFingerprints"] as? [String: String])?["selaras/v1"] == "from-engine")
    }
}
