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
        try? read(atPath: path, maximumSize: Int.max).get()
    }

    /// Why `read(atPath:maximumSize:)` gave no bytes.
    public enum Failure: Error, Equatable {
        case missing
        case notPermitted
        case isDirectory
        case tooLarge(size: Int)
        case other(code: Int32)
    }

    /// The file's bytes, read straight into the array (one `read` for a small file), refusing
    /// files larger than `maximumSize` before reading them.
    public static func read(atPath path: String, maximumSize: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.missing)
            case EACCES, EPERM: return .failure(.notPermitted)
            case EISDIR: return .failure(.isDirectory)
            default: return .failure(.other(code: errno))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.other(code: errno)) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { return .failure(.isDirectory) }
        let size = Int(max(0, info.st_size))
        guard size <= maximumSize else { return .failure(.tooLarge(size: size)) }
        var failure: Failure?
        // Read the size `fstat` gave into the array's own storage; a file that grows meanwhile
        // is read on in chunks below, one that shrinks ends early.
        // An empty file makes no array this way: `unsafeUninitializedCapacity: 0` would write the
        // count of the standard library's shared empty-array storage (a data race under TSan).
        var bytes = size == 0 ? [] : [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let count = systemRead(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .other(code: errno)
                    break
                }
                initialized += count
            }
        }
        if let failure { return .failure(failure) }
        guard bytes.count == size else { return .success(bytes) }
        // Usually one read that returns 0; the chunk is uninitialised scratch (zeroing 64 KiB for
        // every file of a corpus showed in profiles).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 * 1024) { chunk -> Result<[UInt8], Failure> in
            while true {
                let count = systemRead(descriptor, chunk.baseAddress, chunk.count)
                if count == 0 { return .success(bytes) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return .failure(.other(code: errno))
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
                if bytes.count > maximumSize { return .failure(.tooLarge(size: bytes.count)) }
            }
        }
    }

}
