import SelarasCore
import Testing
@testable import SelarasRegistry

/// `RecordParser.list` splits ASCII fields on bytes: it must give `NameKey.list`'s items.
@Suite struct RecordListTests {
    static let pieces = ["a", "|", " ", "\t", "é", "\u{0301}", "x y", "\r\n", "\u{7F}", "\u{01}", "||", "\u{00A0}"]

    /// Every field of up to four pieces.
    static var fields: [String] {
        var all = [""]
        var level = [""]
        for _ in 0..<4 {
            level = level.flatMap { prefix in pieces.map { prefix + $0 } }
            all += level
        }
        return all
    }

    @Test func agreesWithNameKeyList() {
        for field in Self.fields {
            let row = DelimitedTable.Row(line: 2, fields: ["id-1", field])
            var reader = RowReader(path: "t.csv", fileName: "t.csv", columns: ["id": 0, "items": 1], row: row, required: ["id"])
            let fast = RecordParser.list(&reader, "items")
            var plain = RowReader(path: "t.csv", fileName: "t.csv", columns: ["id": 0, "items": 1], row: row, required: ["id"])
            #expect(fast == plain.list("items"), "\(field.debugDescription)")
        }
    }
}
