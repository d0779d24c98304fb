import Foundation
import Testing
@testable import Selaras

/// `selaras report`: the secretariat's page, self-contained, conflicts grouped by fact.
@Suite struct ReportCommandTests {
    static let samples = Harness.repositoryRoot + "/Samples"

    @Test func htmlIsOneSelfContainedPageWithTheConflictsSideBySide() throws {
        let out = try Harness.temporaryDirectory([:])
        let run = Harness.run(["report", "drafts", "--html", out + "/laporan.html"], in: Self.samples)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.isEmpty, "with --html alone nothing goes to standard output")
        let page = try String(contentsOfFile: out + "/laporan.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "<link", "src=\"http", "href=\"http", "url(http", "@import"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("Conflicts between drafts (3)"))
        #expect(page.components(separatedBy: "<section class=\"conflict\">").count - 1 == 3)
        for agency in ["bpbd-kalsel", "korem-101", "pemkab-banjar", "pln", "dinkes-kalsel", "diskominfo-kalsel"] {
            #expect(page.contains("<td>\(agency)</td>"), "count row for \(agency)")
        }
        // The disagreeing sentences, and the registry's record with its source.
        #expect(page.contains("Wakil Bupati Banjar"))
        #expect(page.contains("officials.csv:35 (bupati-banjar)"))
        #expect(page.contains("FIKTIF"))
        #expect(page.contains("Apel Siaga Bencana Banjir"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let out = try Harness.temporaryDirectory(["laporan.html": "lama\n"])
        let refused = Harness.run(["report", "drafts", "--html", out + "/laporan.html"], in: Self.samples)
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("--force"))
        #expect(try String(contentsOfFile: out + "/laporan.html", encoding: .utf8) == "lama\n")
        let forced = Harness.run(["report", "drafts", "--html", out + "/laporan.html", "--force"], in: Self.samples)
        #expect(forced.exitCode == 0)
        #expect(try String(contentsOfFile: out + "/laporan.html", encoding: .utf8).contains("<!DOCTYPE html>"))
    }

    @Test func markdownGoesToStandardOutput() throws {
        let run = Harness.run(["report", "drafts", "--format", "markdown"], in: Self.samples)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("## Conflicts between drafts (3)"))
        #expect(run.standardOutput.contains("| korem-101 |"))
        #expect(run.standardOutput.contains("lintas.tanggal"))
        let plain = Harness.run(["report", "drafts"], in: Self.samples)
        #expect(plain.standardOutput == run.standardOutput, "markdown is the default")
    }

    @Test func draftsWithoutConflictsSaySo() throws {
        let dir = try Harness.temporaryDirectory(["a.md": "Rapat berlangsung singkat.\n", "b.md": "Warga hadir.\n"])
        let run = Harness.run(["report", ".", "--format", "markdown"], in: dir)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("Conflicts between drafts (0)"))
    }
}
