import SelarasCore

/// DelimitedTableReader (CSV/TSV, quotes, BOM, delimiter detection) on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimited(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    for delimiter: UInt8? in [nil, 0x09] {
        do {
            let table = try DelimitedTableReader.parse(bytes: bytes, path: "tabel.csv", delimiter: delimiter)
            for row in table.rows { precondition(row.fields.count == table.header.count && row.line >= table.headerLine) }
            _ = table.column("dari")
        } catch {
            precondition(!error.message.isEmpty)
        }
    }
    return 0
}
