import SelarasCore

/// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure).
///
/// One `<testcase>` per checked file (classname = agency, or `selaras`; name = path) and one
/// `<failure>` per finding, so a clean draft shows as a passing test. Diagnostics about the
/// run go to the suite's `<system-err>`; error-level ones count as `errors`.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let cases = testCases(report)
        let failures = report.findings.count
        let errors = report.diagnostics.filter { $0.level == .error }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"selaras\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        out += "  <testsuite name=\"selaras\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"selaras.version\" value=\"\(XMLText.escape(report.toolVersion, attribute: true))\"/>\n"
        out += "      <property name=\"claims.found\" value=\"\(report.claims.found)\"/>\n"
        out += "      <property name=\"claims.resolved\" value=\"\(report.claims.resolved)\"/>\n"
        out += "      <property name=\"claims.checked\" value=\"\(report.claims.checked)\"/>\n"
        out += "    </properties>\n"
        for testCase in cases {
            let classname = XMLText.escape(testCase.agency ?? "selaras", attribute: true)
            let name = XMLText.escape(testCase.path, attribute: true)
            if testCase.findings.isEmpty {
                out += "    <testcase classname=\"\(classname)\" name=\"\(name)\"/>\n"
                continue
            }
            out += "    <testcase classname=\"\(classname)\" name=\"\(name)\">\n"
            for finding in testCase.findings {
                let message = XMLText.escape("[\(finding.rule)] \(finding.message)", attribute: true)
                out += "      <failure message=\"\(message)\" type=\"\(finding.level.rawValue)\">"
                out += XMLText.escape(failureBody(finding))
                out += "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        if !report.diagnostics.isEmpty {
            let lines = report.diagnostics.map(\.description).joined(separator: "\n")
            out += "    <system-err>\(XMLText.escape(lines))</system-err>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private struct TestCase {
        var path: String
        var agency: String?
        var findings: [ReportedFinding]
    }

    /// Files in report order, then any file a finding names that the report did not list.
    private func testCases(_ report: Report) -> [TestCase] {
        var cases: [TestCase] = []
        var index: [String: Int] = [:]
        for file in report.files where index[file.path] == nil {
            index[file.path] = cases.count
            cases.append(TestCase(path: file.path, agency: file.agency, findings: []))
        }
        for finding in report.findings {
            if let position = index[finding.path] {
                cases[position].findings.append(finding)
            } else {
                index[finding.path] = cases.count
                cases.append(TestCase(path: finding.path, agency: finding.agency, findings: [finding]))
            }
        }
        return cases
    }

    private func failureBody(_ finding: ReportedFinding) -> String {
        var lines = ["\(Wording.location(finding.path, finding.line, finding.column)): \(finding.level.rawValue)"]
        lines.append("match: \(finding.match)")
        for suggestion in finding.suggestions { lines.append("suggestion: \(suggestion)") }
        if let evidence = finding.evidence { lines.append("evidence: \(TextReporter.describe(evidence))") }
        for note in finding.notes { lines.append("note: \(note)") }
        for related in finding.related {
            lines.append("related: \(Wording.location(related.path, related.line, related.column)): \(related.message)")
        }
        return lines.joined(separator: "\n")
    }
}
