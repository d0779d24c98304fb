import Foundation
import SelarasCore
import SelarasReport
import Testing
@testable import Selaras

/// `selaras check` streams its text and JSON reports when nothing needs every finding at once;
/// the streamed output must be exactly what the in-memory report renders.
@Suite struct StreamingCheckTests {
    /// Every built-in pack but the cross-draft rules, the sample registry, a fixed date.
    static let configuration = """
    { packs: ["ejaan", "angka", "tanggal", "pemerintahan", "regulasi", "lembaga", "pejabat", "fakta"],
      registry: "registry", date: "2025-06-20" }
    """

    static func both(_ format: ReportFormat, paths: [String], failOn: String = "error") throws -> (streamed: CommandLineRun, inMemory: String, inMemoryCode: Int32) {
        let root = try Harness.temporaryDirectory(["selaras.json5": configuration])
        try FileManager.default.createSymbolicLink(atPath: root + "/registry", withDestinationPath: Harness.repositoryRoot + "/Samples/registry")
        try FileManager.default.createSymbolicLink(atPath: root + "/drafts", withDestinationPath: Harness.repositoryRoot + "/Samples/drafts")
        let arguments = ["check", "--format", format.rawValue, "--fail-on", failOn] + paths
        let streamed = Harness.run(arguments, in: root)
        let io = CommandIO(standardOutput: { _ in }, standardError: { _ in },
                           environment: ["SELARAS_RULES": Harness.repositoryRoot + "/Rules"], workingDirectory: root)
        let parsed = try ParsedArguments.parse(Array(arguments.dropFirst()), flags: CheckCommand.flags)
        let session = try CheckSession(parsed: parsed, io: io)
        #expect(session.canStream(format))
        let report = try session.run(paths: paths)
        return (streamed, format.reporter(useColor: false).render(report), session.exitCode(for: report))
    }

    @Test(arguments: [ReportFormat.json, .text])
    func theStreamedReportIsTheInMemoryReport(format: ReportFormat) throws {
        let result = try Self.both(format, paths: ["drafts", "drafts/arsip/2019-rilis-lama.txt", "tidak-ada.md"])
        #expect(result.streamed.standardOutput == result.inMemory)
        #expect(result.streamed.exitCode == result.inMemoryCode)
        #expect(result.streamed.exitCode == 2)  // the missing file
        #expect(result.inMemory.contains("Kementerian"))
    }

    @Test func exitCodesFollowTheFindingsWhenNothingElseFails() throws {
        for failOn in ["error", "warning", "suggestion"] {
            let result = try Self.both(.json, paths: ["drafts"], failOn: failOn)
            #expect(result.streamed.exitCode == result.inMemoryCode, "\(failOn)")
            #expect(result.streamed.exitCode == 1)
        }
    }
}
