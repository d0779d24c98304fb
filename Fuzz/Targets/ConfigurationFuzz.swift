import SelarasCore
import SelarasPacks

/// Configuration.parse (JSON5, globs, overrides, levels) on arbitrary bytes, then glob
/// matching of a few realistic paths against what it accepted.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let configuration = try? Configuration.parse(bytes: bytes, path: "/tmp/selaras-fuzz/selaras.json5") else { return 0 }
    for path in ["drafts/siaran-pers.md", "arsip/2024/lama.txt", "a/b/c/d.md", ""] {
        _ = configuration.isIgnored("/tmp/selaras-fuzz/" + path)
        _ = configuration.overrides(for: "/tmp/selaras-fuzz/" + path)
    }
    return 0
}
