import SelarasTestSupport
import Testing
@testable import SelarasCore

/// The table reader copies runs of plain bytes at once: it must read every table, and reject
/// every broken one, exactly as the byte-by-byte reader (kept here as it was) did.
@Suite struct DelimitedTableRunTests {
    enum Reference {
        static func parse(bytes input: [UInt8], path: String, delimiter forced: UInt8? = nil) throws(SelarasError) -> DelimitedTable {
            var bytes = input[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if let bad = UTF8Validation.firstInvalidByte(bytes) {
                let line = bytes[bytes.startIndex..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                throw SelarasError(.input, "invalid UTF-8 at byte \(bad - input.startIndex)", path: path, line: line,
                                   hint: "save the table as UTF-8 (in a spreadsheet: CSV UTF-8)")
            }
            let delimiter = forced ?? DelimitedTableReader.detectDelimiter(bytes)
            var records: [DelimitedTable.Row] = []
            var fields: [String] = []
            var field: [UInt8] = []
            var line = 1
            var recordLine = 1
            var index = bytes.startIndex
            var atRecordStart = true
            var inQuotes = false
            var quoteLine = 0
            var fieldWasQuoted = false

            func endField() {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldWasQuoted = false
            }
            func endRecord() {
                endField()
                let isBlank = fields.count == 1 && fields[0].trimmingSpaces().isEmpty
                if !isBlank { records.append(DelimitedTable.Row(line: recordLine, fields: fields)) }
                fields.removeAll(keepingCapacity: true)
            }

            while index < bytes.endIndex {
                let byte = bytes[index]
                if inQuotes {
                    if byte == 0x22 {
                        let next = bytes.index(after: index)
                        if next < bytes.endIndex, bytes[next] == 0x22 {
                            field.append(0x22)
                            index = bytes.index(after: next)
                            continue
                        }
                        inQuotes = false
                    } else {
                        if byte == 0x0A { line += 1 }
                        field.append(byte)
                    }
                    index = bytes.index(after: index)
                    continue
                }
                if atRecordStart {
                    recordLine = line
                    atRecordStart = false
                    if byte == 0x23 {  // '#' comment line
                        while index < bytes.endIndex, bytes[index] != 0x0A { index = bytes.index(after: index) }
                        if index < bytes.endIndex { index = bytes.index(after: index); line += 1 }
                        atRecordStart = true
                        continue
                    }
                }
                switch byte {
                case 0x22 where field.allSatisfy({ $0 == 0x20 }) && !fieldWasQuoted:
                    field.removeAll()
                    inQuotes = true
                    fieldWasQuoted = true
                    quoteLine = line
                case 0x22:
                    throw SelarasError(.input, "a quote inside an unquoted field", path: path, line: line,
                                       hint: "quote the whole field and double the quote inside: \"\"")
                case delimiter:
                    endField()
                case 0x0D:
                    break
                case 0x0A:
                    endRecord()
                    line += 1
                    atRecordStart = true
                default:
                    if fieldWasQuoted, byte != 0x20 {
                        throw SelarasError(.input, "text after a closing quote", path: path, line: line,
                                           hint: "a quoted field must end at the quote; double quotes inside it: \"\"")
                    }
                    if !fieldWasQuoted { field.append(byte) }
                }
                index = bytes.index(after: index)
            }
            if inQuotes {
                throw SelarasError(.input, "a quoted field opened on line \(quoteLine) is never closed", path: path, line: quoteLine,
                                   hint: "add the closing quote")
            }
            if !atRecordStart || !field.isEmpty || !fields.isEmpty { endRecord() }

            guard let headerRow = records.first else {
                throw SelarasError(.input, "the table is empty: it needs a header row", path: path, line: 1)
            }
            let header = headerRow.fields.map { $0.trimmingSpaces() }
            var rows: [DelimitedTable.Row] = []
            rows.reserveCapacity(records.count - 1)
            for record in records.dropFirst() {
                if record.fields.count != header.count {
                    // A trailing delimiter from a spreadsheet adds empty fields: tolerate those only.
                    let extra = record.fields.dropFirst(header.count)
                    if record.fields.count > header.count, extra.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
                        rows.append(DelimitedTable.Row(line: record.line, fields: Array(record.fields.prefix(header.count))))
                        continue
                    }
                    throw SelarasError(
                        .input, "row has \(record.fields.count) fields but the header has \(header.count)",
                        path: path, line: record.line,
                        hint: "check for a missing or extra \(DelimitedTableReader.delimiterName(delimiter)), or quote fields that contain one")
                }
                rows.append(record)
            }
            return DelimitedTable(path: path, delimiter: delimiter, header: header, headerLine: headerRow.line, rows: rows)
        }
    }

    static let pieces = ["a", "b c", ",", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "#", " ", "é", "“", "1,5", "\n\n"]

    static func read(_ bytes: [UInt8], _ forced: UInt8?, reference: Bool) -> Result<DelimitedTable, SelarasError> {
        do {
            return .success(reference ? try Reference.parse(bytes: bytes, path: "t.csv", delimiter: forced)
                                      : try DelimitedTableReader.parse(bytes: bytes, path: "t.csv", delimiter: forced))
        } catch {
            return .failure(error)
        }
    }

    @Test func agreesWithTheByteByByteReader() {
        var generator = SeededGenerator(seed: 0xC5_7AB1E)
        var readCount = 0
        for round in 0..<20_000 {
            var text = ["id,nama,catatan\n", "id;nama\n", "id\tnama\n", "# c\nid,x\n", ""][round % 5]
            for _ in 0..<Int.random(in: 0...14, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            let bytes = Array(text.utf8)
            for forced in [nil, UInt8(0x09)] {
                let fast = Self.read(bytes, forced, reference: false)
                let plain = Self.read(bytes, forced, reference: true)
                #expect(fast == plain, "\(text.debugDescription)")
                if case .success = fast { readCount += 1 }
            }
        }
        #expect(readCount > 5_000)
    }

    @Test func invalidUTF8IsPlacedAsBefore() {
        for bytes: [UInt8] in [[0x61, 0x2C, 0x62, 0x0A, 0xC3], [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62, 0x80, 0x0A], [0xE2, 0x80, 0x41]] {
            let fast = Self.read(bytes, nil, reference: false)
            #expect(fast == Self.read(bytes, nil, reference: true))
            if case .success = fast { Issue.record("no error for \(bytes)") }
        }
    }
}
