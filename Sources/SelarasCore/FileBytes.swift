#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads a whole file with POSIX calls.
///
/// Foundation's `FileManager.contents(atPath:)` on this toolchain leaks a buffer per call on
/// empty files (found by fuzzing the registry loader); this reader owns its one buffer.
public enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read (missing, a directory, no permission).
    public static func read(atPath path: String) -> [UInt8]? {
        contents(of: path)
    }

    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(max(0, info.st_size)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
