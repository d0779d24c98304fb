import Testing
@testable import SelarasCore

@Suite struct DelimitedTableReaderTests {
    private func parse(_ text: String) throws -> DelimitedTable {
        try DelimitedTableReader.parse(bytes: Array(text.utf8), path: "t.csv")
    }

    @Test func detectsSemicolonAndHandlesQuotesBOMAndComments() throws {
        let table = try parse("\u{FEFF}id;nama;catatan\r\n# komentar\n\ngub;\"Gubernur; Kalsel\";\"baris\nkedua \"\"kutip\"\"\"\nx;y;z\n")
        #expect(table.delimiter == UInt8(ascii: ";"))
        #expect(table.header == ["id", "nama", "catatan"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].line == 4)
        #expect(table.rows[0].fields == ["gub", "Gubernur; Kalsel", "baris\nkedua \"kutip\""])
        #expect(table.rows[1].line == 6)
    }

    @Test func detectsTab() throws {
        let table = try parse("a\tb\n1,5\t2\n")
        #expect(table.delimiter == 9)
        #expect(table.rows[0].fields == ["1,5", "2"])
    }

    @Test func raggedRowIsAnErrorWithItsLine() {
        #expect { try parse("a,b\n1,2\n3\n") } throws: { error in
            let e = error as! SelarasError
            return e.line == 3 && e.path == "t.csv" && e.message.contains("1 fields")
        }
    }

    @Test func unclosedQuoteNamesTheLineItOpened() {
        #expect { try parse("a,b\n1,\"open\n2,3\n") } throws: { error in
            (error as! SelarasError).line == 2
        }
    }

    @Test func invalidUTF8IsAnError() {
        #expect { try DelimitedTableReader.parse(bytes: Array("a,b\n".utf8) + [0xFF, 0x2C, 0x31, 0x0A], path: "x.csv") } throws: { error in
            let e = error as! SelarasError
            return e.line == 2 && e.message.contains("UTF-8")
        }
    }
}
