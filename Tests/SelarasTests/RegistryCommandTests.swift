import Foundation
import Testing
import SelarasCore
@testable import Selaras

@Suite struct RegistryCommandTests {
    static var sample: String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Samples/registry"
    }

    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        var out = "", err = ""
        let code = RegistryCommand.run(arguments, standardOutput: { out += $0 }, standardError: { err += $0 })
        return (code, out, err)
    }

    @Test func checkOfTheSampleIsCleanAndWarnsAboutStaleFacts() {
        let result = run(["check", Self.sample, "--date", "2025-10-20"])
        #expect(result.code == 0, "\(result.out)")
        #expect(result.out.contains("0 error(s), 1 warning(s)"))
        #expect(result.out.contains("figures.csv:18: warning: 'wisatawan-kalsel-2024' was last verified 2024-06-30"))
        let lenient = run(["check", Self.sample, "--date", "2025-10-20", "--max-age-days", "1000"])
        #expect(lenient.out.contains("0 error(s), 0 warning(s)"))
    }

    @Test func checkReportsErrorsWithFileAndLineAndExits2() throws {
        let directory = NSTemporaryDirectory() + "selaras-cmd-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("id,term,status,source\nt1,a,preferred,x\nt1,b,dipakai,\n".utf8)
            .write(to: URL(fileURLWithPath: directory + "/terms.csv"))
        let result = run(["check", directory, "--format", "json"])
        #expect(result.code == 2)
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { ($0["line"] as? Int) == 3 && ($0["message"] as? String)?.contains("unknown status 'dipakai'") == true })
        #expect(diagnostics.contains { ($0["line"] as? Int) == 3 && ($0["message"] as? String)?.contains("missing source") == true })
        #expect((object?["errors"] as? Int) == 2)
    }

    @Test func lookupOfPositionOnADate() {
        let result = run(["lookup", "Gubernur Kalimantan Selatan", "--date", "2018-01-23", "--registry", Self.sample])
        #expect(result.code == 0)
        #expect(result.out.contains("Position Gubernur Kalimantan Selatan on 2018-01-23:\n  Sahbirin Noor (definitif"))
        let plh = run(["lookup", "Gubernur Kalsel", "--date", "2024-11-20", "--registry", Self.sample])
        #expect(plh.out.contains("Plh. Roy Rizali Anwar (plh, 2024-11-14 – 2024-11-23)"))
    }

    @Test func lookupOfARenamedAgencyInJSON() throws {
        let result = run(["lookup", "Kominfo", "--date", "2025-01-01", "--registry", Self.sample, "--format", "json"])
        #expect(result.code == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let agency = object?["agency"] as? [String: Any]
        #expect(agency?["validOnDate"] as? Bool == false)
        #expect(agency?["renamed"] as? Bool == true)
        #expect(agency?["validName"] as? String == "Kementerian Komunikasi dan Digital")
        let text = run(["lookup", "Kominfo", "--date", "2025-01-01", "--registry", Self.sample]).out
        #expect(text.contains("NO — renamed; use Kementerian Komunikasi dan Digital"))
    }

    @Test func lookupOfARegulation() {
        let result = run(["lookup", "UU 14/2008", "--registry", Self.sample, "--date", "2025-01-01"])
        #expect(result.code == 0)
        #expect(result.out.contains("Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"))
        #expect(result.out.contains("status on 2025-01-01: berlaku (in-force)"))
        let revoked = run(["lookup", "UU 5/2014", "--registry", Self.sample, "--date", "2024-06-01"])
        #expect(revoked.out.contains("dicabut (revoked)") && revoked.out.contains("UU 20/2023"))
    }

    @Test func lookupWithoutResultExits1AndUsageErrorsExit2() {
        #expect(run(["lookup", "Gubernur Atlantis", "--registry", Self.sample]).code == 1)
        #expect(run(["lookup", "x", "--registry", "/nonexistent/dir"]).code == 2)
        #expect(run(["lookup", "x", "--date", "23-01-2018", "--registry", Self.sample]).code == 2)
        #expect(run(["check", Self.sample, "--format", "xml"]).code == 2)
        #expect(run(["frobnicate"]).code == 2)
        #expect(run([]).code == 2)
        #expect(run(["--help"]).code == 0)
    }
}
