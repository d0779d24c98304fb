import Foundation
import SelarasCore
import Testing
@testable import SelarasReport
import SelarasTestSupport

/// The streamed JSON report must be byte for byte what `JSONReporter` writes.
@Suite struct JSONReportStreamTests {
    /// Streams `report` file by file, as `selaras check` does, and returns the output.
    static func streamed(_ report: Report, memoryLimit: Int) -> String {
        let stream = JSONReportStream(memoryLimit: memoryLimit)
        for file in report.files {
            let findings = report.findings.filter { $0.path == file.path }
            stream.append(file: JSONReportStream.fragment(file), fileFindings: JSONReportStream.fragment(findings), count: findings.count)
        }
        // Findings of paths without a file entry (a file that failed to load has none).
        let orphans = report.findings.filter { finding in !report.files.contains { $0.path == finding.path } }
        stream.append(file: nil, fileFindings: JSONReportStream.fragment(orphans), count: orphans.count)
        var output = ""
        stream.finish(report) { output += $0 }
        return output
    }

    static var reports: [(String, Report)] {
        var withBaseline = ReportFixtures.report
        withBaseline.baselineSuppressed = 3
        withBaseline.baselineFixed = 1
        var noDiagnostics = ReportFixtures.report
        noDiagnostics.diagnostics = []
        var filesOnly = ReportFixtures.report
        filesOnly.findings = []
        return [("fixture", ReportFixtures.report), ("empty", ReportFixtures.empty), ("baseline", withBaseline),
                ("no diagnostics", noDiagnostics), ("files only", filesOnly)]
    }

    @Test(arguments: [1 << 20, 64, 1])
    func streamedOutputIsWhatTheReporterWrites(memoryLimit: Int) {
        for (name, report) in Self.reports {
            let expected = JSONReporter.foundationEncoded(report)
            #expect(Self.streamed(report, memoryLimit: memoryLimit) == expected, "\(name)")
        }
        #expect(!ReportFixtures.report.findings.isEmpty && !ReportFixtures.report.diagnostics.isEmpty)
    }

    @Test func theReporterWritesWhatJSONEncoderWrites() {
        var shuffled = ReportFixtures.report
        shuffled.files.reverse()
        var orphan = ReportFixtures.report
        orphan.files.removeFirst()
        for (name, report) in Self.reports + [("files reversed", shuffled), ("a file entry missing", orphan)] {
            #expect(JSONReporter().render(report) == JSONReporter.foundationEncoded(report), "\(name)")
        }
    }

    @Test func manyFilesSpillToDiskAndComeBackInOrder() throws {
        let files = (0..<300).map { FileSummary(path: String(format: "rilis/%03d.md", $0), agency: "humas", date: "2025-06-10", findings: 1) }
        let findings = files.map { file in
            ReportedFinding(path: file.path, line: 2, column: 3, endLine: 2, endColumn: 9, rule: "ejaan.kata-baku", level: .error,
                            message: "Gunakan “Kementerian”, bukan ‘Kementrian’ — 🙂\u{00A0}ok", match: "Kementrian",
                            suggestions: ["Kementerian"])
        }
        let report = Report(toolVersion: "0.1.0", files: files, findings: findings)
        #expect(Self.streamed(report, memoryLimit: 1_000) == JSONReporter.foundationEncoded(report))
    }

    @Test func everyCharacterIsEscapedAsTheEncoderEscapesIt() {
        var awkward = ""
        for value in 0..<0x80 { awkward.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        awkward += "\u{2028}\u{2029}\u{00A0}\u{FEFF}🙂é’“”/\\"
        let finding = ReportedFinding(
            path: "a/\(awkward).md", line: 1, column: 1, endLine: 3, endColumn: 2, rule: "uji.\(awkward)", level: .suggestion,
            message: awkward, match: awkward, suggestions: [awkward, ""],
            evidence: Evidence(record: awkward, source: "https://x.go.id/a?b=c&d", verifiedAsOf: nil, asOf: "2025-06-10"),
            related: [RelatedLocation(path: awkward, line: 9, column: 8, message: awkward), RelatedLocation(path: "b", line: 1, column: 1, message: "")])
        let report = Report(toolVersion: "0.1.0", files: [FileSummary(path: "a/\(awkward).md", agency: nil, date: nil, findings: 1)],
                            findings: [finding, finding])
        #expect(Self.streamed(report, memoryLimit: 1 << 20) == JSONReporter.foundationEncoded(report))
    }

    /// Random strings of quotes, backslashes, controls, plain runs and multibyte characters, in
    /// every place a finding holds a string: written as `JSONEncoder` writes them.
    @Test func randomStringsAreEscapedAsTheEncoderEscapesThem() {
        let pieces = ["\"", "\\", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\r\n", "\u{1F}", "\u{7F}",
                      "/", "a", "kasus gizi buruk", " ", "é", "’", "“", "🙂", "👍🏽", "\u{00A0}", "\u{2028}", "e\u{0301}", "漢"]
        var generator = SeededGenerator(seed: 0x15_0E5C)
        func random() -> String {
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        for round in 0..<200 {
            let path = "p\(round)/\(random())"
            let finding = ReportedFinding(
                path: path, line: 1, column: 1, endLine: 1, endColumn: 2, rule: random(), level: .warning, message: random(),
                match: random(), suggestions: [random(), random()],
                evidence: Evidence(record: random(), source: random(), verifiedAsOf: random(), asOf: random()),
                related: [RelatedLocation(path: random(), line: 2, column: 3, message: random())])
            let report = Report(toolVersion: "0.1.0", files: [FileSummary(path: path, agency: random(), date: random(), findings: 1)],
                                findings: [finding])
            #expect(Self.streamed(report, memoryLimit: 1 << 20) == JSONReporter.foundationEncoded(report), "\(round)")
        }
    }

    @Test(arguments: [7, 1 << 20])
    func spilledPiecesComeBackJoinedWithTheirReplacements(memoryLimit: Int) {
        let pieces = SpilledPieces(memoryLimit: memoryLimit)
        var expected: [String] = []
        for index in 0..<400 {
            // Every third piece is empty; the text has multi-byte characters to cut through.
            let text = index % 3 == 0 ? "" : "\(index) aé🙂’\u{00A0}“b”"
            pieces.append(Array(text.utf8))
            expected.append(text)
        }
        // Replace an empty piece, a non-empty one, the first and the last; empty one out.
        for (index, text) in [(0, "awal 🙂"), (3, "tiga"), (4, ""), (200, "dua ratus’"), (399, "akhir")] {
            pieces.replace(index, with: Array(text.utf8))
            expected[index] = text
        }
        var parts: [String] = []
        pieces.write(separator: Array(",\n".utf8), partSize: 5) { parts.append($0) }
        #expect(parts.count > 10)
        #expect(parts.joined() == expected.filter { !$0.isEmpty }.joined(separator: ",\n"))
        #expect(pieces.nonEmptyCount == expected.filter { !$0.isEmpty }.count)
        #expect(!parts.joined().contains("\u{FFFD}"))
    }
}
