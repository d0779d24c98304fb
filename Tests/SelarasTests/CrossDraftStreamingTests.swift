import Foundation
import SelarasCore
import SelarasReport
import Testing
@testable import Selaras

/// With a cross-draft comparison configured, `selaras check` still streams its text and JSON
/// reports: the files that receive cross-draft findings are checked again and their rendering
/// replaced. The output must be exactly what the in-memory report renders.
@Suite struct CrossDraftStreamingTests {
    static let configuration = """
    { packs: ["ejaan", "angka", "tanggal", "pemerintahan", "regulasi", "lembaga", "pejabat", "fakta", "lintas"],
      registry: "registry", date: "2025-06-20" }
    """

    /// A workspace with the sample drafts (whose cross-draft findings land on drafts that have
    /// other findings too) and three copies of a clean draft about another event, the first in
    /// report order disagreeing on its date: it gets a cross-draft finding and nothing else.
    static func workspace() throws -> String {
        let samples = Harness.repositoryRoot + "/Samples/drafts/"
        let clean = try String(contentsOfFile: samples + "bpbd-kalsel-apel-siaga-banjir.md", encoding: .utf8)
            .replacingOccurrences(of: "Apel Siaga Bencana Banjir", with: "Apel Siaga Bencana Tsunami")
        let first = "\u{FEFF}" + clean.replacingOccurrences(of: "Senin (16/6/2025)", with: "Minggu (15/6/2025)")
            .replacingOccurrences(of: "Sebanyak 450", with: "🚨 Sebanyak 450")
        let root = try Harness.temporaryDirectory([
            "selaras.json5": configuration, "drafts/000-awal.md": first, "drafts/001-a.md": clean,
            "drafts/001-b.md": clean.replacingOccurrences(of: "Sebanyak 450", with: "Sebanyak “450”"),
        ])
        try FileManager.default.createSymbolicLink(atPath: root + "/registry", withDestinationPath: Harness.repositoryRoot + "/Samples/registry")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples) where name.hasSuffix(".md") {
            try FileManager.default.copyItem(atPath: samples + name, toPath: root + "/drafts/" + name)
        }
        return root
    }

    static func session(_ arguments: [String], in root: String) throws -> CheckSession {
        let io = CommandIO(standardOutput: { _ in }, standardError: { _ in },
                           environment: ["SELARAS_RULES": Harness.repositoryRoot + "/Rules"], workingDirectory: root)
        var session = try CheckSession(parsed: ParsedArguments.parse(arguments, flags: CheckCommand.flags), io: io)
        session.engine.options.computesFingerprints = false
        return session
    }

    @Test(arguments: [ReportFormat.json, .text])
    func theStreamedReportIsTheInMemoryReport(format: ReportFormat) throws {
        let root = try Self.workspace()
        for failOn in ["error", "warning"] {
            let arguments = ["--format", format.rawValue, "--fail-on", failOn, "drafts", "tidak-ada.md"]
            let streamed = Harness.run(["check"] + arguments, in: root)
            let session = try Self.session(arguments, in: root)
            #expect(session.engine.options.crossDraft != nil && session.canStream(format))
            let report = try session.run(paths: ["drafts", "tidak-ada.md"])
            #expect(streamed.standardOutput == format.reporter(useColor: false).render(report), "\(failOn)")
            #expect(streamed.exitCode == session.exitCode(for: report))
            #expect(streamed.exitCode == 2)  // the missing file

            // Cross-draft findings on the first file (its only finding) and on files with others.
            let crossDraft = report.findings.filter { $0.rule.hasPrefix("lintas.") }
            let paths = Set(crossDraft.map(\.path))
            #expect(report.findings.first?.path == "drafts/000-awal.md" && report.findings.first?.rule == "lintas.tanggal")
            #expect(report.findings.filter { $0.path == "drafts/000-awal.md" }.count == 1)
            #expect(paths.contains("drafts/korem-101-karya-bakti-banjir.md") && paths.contains("drafts/dinkes-kalsel-gizi-buruk.md"))
            #expect(report.findings.filter { $0.path == "drafts/korem-101-karya-bakti-banjir.md" }.count > crossDraft.filter { $0.path == "drafts/korem-101-karya-bakti-banjir.md" }.count)
            #expect(report.files.first { $0.path == "drafts/000-awal.md" }?.findings == 1)
        }
    }

    @Test func exitCodesCountTheCrossDraftFindings() throws {
        // Only the cross-draft findings (warnings) reach --min-level warning on the clean copies.
        let root = try Self.workspace()
        for failOn in ["error", "warning"] {
            let arguments = ["--format", "text", "--fail-on", failOn, "--min-level", "warning", "drafts/000-awal.md", "drafts/001-a.md", "drafts/001-b.md"]
            let streamed = Harness.run(["check"] + arguments, in: root)
            let session = try Self.session(arguments, in: root)
            let report = try session.run(paths: ["drafts/000-awal.md", "drafts/001-a.md", "drafts/001-b.md"])
            #expect(report.findings.map(\.rule) == ["lintas.tanggal"])
            #expect(streamed.standardOutput == TextReporter().render(report))
            #expect(streamed.exitCode == session.exitCode(for: report))
            #expect(streamed.exitCode == (failOn == "warning" ? 1 : 0))
        }
    }

    /// A draft changed between phase 1 and phase 2 is an error naming it once, and every
    /// cross-draft finding on it or showing its sentence is left out: whether it would carry the
    /// finding (000-awal) or only be shown beside another draft's (001-b).
    @Test(arguments: [0, 2])
    func aFileChangedBeforeItsRecheckIsAnErrorNotAMixedReport(changing position: Int) throws {
        let root = try Self.workspace()
        let session = try Self.session(["drafts"], in: root)
        let names = ["000-awal.md", "001-a.md", "001-b.md", "korem-101-karya-bakti-banjir.md"]
        let inputs = names.map { InputFile.file(root + "/drafts/" + $0, display: "drafts/" + $0) }
        let changedPath = "drafts/" + names[position]
        // Each finding rendered as its rule and the paths of its related locations.
        let render: @Sendable (FileSummary?, [ReportedFinding]) -> [String] = { _, findings in
            findings.map { ([$0.rule] + $0.related.map(\.path)).joined(separator: " ") }
        }
        var consumed: [Int] = []
        var revised: [Int: [String]] = [:]
        let totals = session.engine.checkStreaming(inputs, render: render, consume: { file in
            consumed.append(file.position)
            // Phase 1 has read it; change it before phase 2 reads it again.
            if file.position == position {
                try? Data("---\ndate: 2025-06-16\n---\nLain sama sekali.\n".utf8).write(to: URL(fileURLWithPath: root + "/" + changedPath))
            }
        }, revise: { file in
            revised[file.position] = file.rendered
        })
        #expect(consumed == [0, 1, 2, 3])
        #expect(revised[position] == nil)
        let crossDraft = revised.values.joined().filter { $0.hasPrefix("lintas.") }
        #expect(!crossDraft.contains { $0.contains(changedPath) }, "\(crossDraft)")
        let errors = totals.diagnostics.filter { $0.level == .error }
        #expect(errors.count == 1 && errors.first?.path == changedPath)
        #expect(errors.first?.message.contains("changed") == true)
        // Every cross-draft finding here shows 000-awal or 001-b beside its own draft's sentence.
        #expect(crossDraft.isEmpty)
    }

    @Test func anUnchangedFileIsRecheckedWithItsCrossDraftFindingsMerged() throws {
        let root = try Self.workspace()
        let session = try Self.session(["drafts"], in: root)
        let input = InputFile.file(root + "/drafts/korem-101-karya-bakti-banjir.md", display: "drafts/korem-101-karya-bakti-banjir.md")
        let first = session.engine.checkOne(input, digesting: true, keeping: nil)
        let digest = try #require(first.digest)
        let finding = Finding(ruleID: "lintas.uji", severity: .warning, message: "uji", span: Span(start: 0, end: 3))
        let added = PendingFinding(finding: finding, level: .warning)
        let again = session.engine.recheck(input, digest: digest, adding: [added])
        #expect(again.findings.count == first.findings.count + 1)
        // Placed on the text read again: line 1 comes first in report order.
        let placed = try #require(again.findings.first)
        #expect(again.added == [placed])
        #expect(placed.rule == "lintas.uji" && placed.line == 1 && placed.column == 1 && placed.endColumn == 4)
        #expect(placed.match == "---" && placed.sourceLine == "---")
        #expect(again.summary?.findings == first.findings.count + 1)
        #expect(session.engine.recheck(input, digest: digest &+ 1, adding: [added]).summary == nil)
    }
}
