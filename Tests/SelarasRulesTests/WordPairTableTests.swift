import Foundation
import Testing
import SelarasCore

/// The ejaan pack's word-pair table: big enough, no duplicates, no cycles. (Every rule's
/// examples run through the real loader and engine in Tests/SelarasTests/BuiltInPackExamplesTests.)
@Suite struct WordPairTableTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules")

    @Test func wordPairTableHasNoConflicts() throws {
        let url = WordPairTableTests.rulesDirectory.appendingPathComponent("ejaan/kata-baku.tsv")
        let table = try DelimitedTableReader.parse(bytes: [UInt8](Data(contentsOf: url)), path: url.path)
        #expect(table.rows.count >= 250)
        let from = try #require(table.column("tidak_baku"))
        let to = try #require(table.column("baku"))
        let wrong = Set(table.rows.map { $0.fields[from] })
        #expect(wrong.count == table.rows.count, "duplicate rows")
        for row in table.rows {
            // A standard form must never be listed as non-standard (the lantip list had such cycles).
            for target in row.fields[to].split(separator: "|") where target != row.fields[from] {
                #expect(!wrong.contains(String(target)), "\(target) is listed as both standard and non-standard")
            }
        }
    }

}
