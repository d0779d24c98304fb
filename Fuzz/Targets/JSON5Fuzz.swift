import SelarasCore
@testable import SelarasPacks

/// JSON5Parser on arbitrary bytes: a value or a SelarasError with a position inside the input;
/// a parsed tree is also fed to JSON5TreeDecoder as a pack manifest.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON5(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    do {
        let value = try JSON5Parser(code: .pack, path: "pack.json5").parse(bytes)
        let decoder = JSON5TreeDecoder(code: .pack, path: "pack.json5", subject: "pack manifest")
        _ = decoder.decodeReportingAll(PackManifest.self, from: value)
    } catch {
        if let line = error.line {
            // JSON5 line terminators: LF, CR, CRLF, U+2028, U+2029 (counting CR and LF apart is an upper bound).
            let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D || $1 == 0xE2 ? 1 : 0) }
            precondition(line >= 1 && line <= lines + 1, "error line \(line) outside the input (\(lines) lines)")
        }
        precondition(!error.message.isEmpty)
    }
    return 0
}
