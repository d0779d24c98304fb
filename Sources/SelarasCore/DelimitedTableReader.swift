/// Reads CSV and TSV the way spreadsheets write them (RFC 4180).
///
/// - UTF-8, a byte-order mark tolerated; invalid UTF-8 is an error naming the line.
/// - The delimiter is detected among `,` `;` and TAB from the header line (Indonesian-locale
///   spreadsheets export `;`), unless given.
/// - Quoted fields may hold delimiters, doubled quotes and line breaks.
/// - Blank lines and lines starting with `#` (outside quotes) are skipped.
/// - Rows with a different number of fields than the header are errors, never padded silently.
public enum DelimitedTableReader {
    public static func parse(bytes input: [UInt8], path: String, delimiter forced: UInt8? = nil) throws(SelarasError) -> DelimitedTable {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // The word-at-a-time validator over the contiguous bytes; it finds the same first bad byte.
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidByte($0) }).map({ bytes.startIndex + $0 }) {
            let line = bytes[bytes.startIndex..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw SelarasError(.input, "invalid UTF-8 at byte \(bad - input.startIndex)", path: path, line: line,
                               hint: "save the table as UTF-8 (in a spreadsheet: CSV UTF-8)")
        }
        let delimiter = forced ?? detectDelimiter(bytes)
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
                if byte != 0x22 {
                    // Everything up to the next quote is the field's, line breaks included.
                    var end = index
                    while end < bytes.endIndex, bytes[end] != 0x22 {
                        if bytes[end] == 0x0A { line += 1 }
                        end += 1
                    }
                    field.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == 0x22 {
                    field.append(0x22)
                    index = bytes.index(after: next)
                    continue
                }
                inQuotes = false
                index = next
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
                if !fieldWasQuoted {
                    // The run of bytes that would each take this branch: none is a quote, the
                    // delimiter, CR or LF, and the field stays unquoted.
                    var end = bytes.index(after: index)
                    while end < bytes.endIndex {
                        let next = bytes[end]
                        if next == 0x22 || next == delimiter || next == 0x0D || next == 0x0A { break }
                        end += 1
                    }
                    field.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
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
                    hint: "check for a missing or extra \(delimiterName(delimiter)), or quote fields that contain one")
            }
            rows.append(record)
        }
        return DelimitedTable(path: path, delimiter: delimiter, header: header, headerLine: headerRow.line, rows: rows)
    }

    public static func delimiterName(_ delimiter: UInt8) -> String {
        switch delimiter {
        case 0x09: return "tab"
        case 0x3B: return "semicolon"
        default: return "comma"
        }
    }

    /// Picks the delimiter that appears most often in the first non-comment line outside quotes.
    static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [0x09: 0, 0x3B: 0, 0x2C: 0]
        var inQuotes = false
        var lineStart = true
        var skipping = false
        for byte in bytes {
            if lineStart { skipping = byte == 0x23 || byte == 0x0A; lineStart = false }
            if byte == 0x0A {
                if !skipping && counts.values.contains(where: { $0 > 0 }) { break }
                lineStart = true
                continue
            }
            if skipping { continue }
            if byte == 0x22 { inQuotes.toggle() }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let tab = counts[0x09]!, semicolon = counts[0x3B]!, comma = counts[0x2C]!
        if tab >= semicolon && tab >= comma && tab > 0 { return 0x09 }
        if semicolon > comma { return 0x3B }
        return 0x2C
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    public static func firstInvalidUTF8<C: Collection>(_ bytes: C) -> C.Index? where C.Element == UInt8 {
        UTF8Validation.firstInvalidByte(bytes)
    }
}
