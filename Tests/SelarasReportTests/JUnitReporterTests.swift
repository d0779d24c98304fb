import Foundation
import SelarasCore
import Testing
@testable import SelarasReport

@Suite("JUnit reporter")
struct JUnitReporterTests {
    @Test func escapingStripsControlCharacters() {
        #expect(XMLText.escape("a<b>&\"'\u{0}\u{1B}\u{FFFF}z") == "a&lt;b&gt;&amp;&quot;&#39;z")
        #expect(XMLText.escape("x\ny", attribute: true) == "x&#10;y")
        #expect(XMLText.escape("x\ny") == "x\ny")
    }

    @Test func oneTestCasePerFileAndOneFailurePerFinding() throws {
        var report = ReportFixtures.report
        report.findings[0].message += " \u{7}bell"
        let xml = JUnitReporter().render(report)
        #expect(xml.contains("<testsuite name=\"selaras\" tests=\"3\" failures=\"5\" errors=\"0\" skipped=\"0\">"))
        #expect(xml.contains("<testcase classname=\"selaras\" name=\"drafts/setda/bersih.md\"/>"))
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 5)
        #expect(!xml.contains("\u{7}"))
        // Well-formed XML, checked by an independent parser.
        let file = try ExternalTool.temporaryFile(xml, suffix: ".xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            cases = root.findall("./testsuite/testcase")
            print(len(cases), len(root.findall(".//failure")), cases[0].get("classname"), cases[0].find("failure").get("message"))
            """
        let result = try #require(ExternalTool.python(script, arguments: [file.path]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "3 5 bpbd-kalsel [lintas.angka-korban] Jumlah korban berbeda antardraf: 15 orang di sini, 12 orang di dinkes-kalsel. bell\n")
    }
}
