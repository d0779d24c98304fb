import Foundation
import SelarasCore
import SelarasRegistry

/// FactRegistry.load on a temporary registry directory: the input's parts (split on 0x1E) are
/// agencies.csv, officials.csv, regulations.csv, figures.csv, regions.csv and terms.tsv.
private let directory: String = {
    let path = NSTemporaryDirectory() + "selaras-fuzz-registry-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

private let names = ["agencies.csv", "officials.csv", "regulations.csv", "figures.csv", "regions.csv", "terms.tsv"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegistry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: names.count)
    for (name, bytes) in zip(names, parts) {
        _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
    }
    do {
        _ = try FactRegistry.load(directory: directory)
    } catch {
        precondition(!error.message.isEmpty)
    }
    return 0
}
