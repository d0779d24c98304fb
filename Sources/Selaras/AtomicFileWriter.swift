import Foundation
import SelarasCore

/// Writes output files (baselines, reports, `init`) so a reader never sees half a file and an
/// existing file is never replaced unless the user asked with `--force`.
///
/// The bytes go to a temporary file in the destination's directory (same file system, so the
/// final step is atomic), are flushed to disk, and then take the destination's name: with
/// `link(2)` when overwriting is not allowed (fails if the name exists, with no window between
/// a check and the write), with `rename(2)` when it is. On any failure the temporary file is
/// removed and the destination is untouched.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path`; refuses an existing `path` unless `force`.
    public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(SelarasError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, name != ".", name != ".." else {
            throw SelarasError(.usage, "not a file name", path: path, hint: "give the path of a file to write")
        }
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) == S_IFDIR {
            throw SelarasError(.usage, "is a directory", path: path, hint: "give the path of a file to write")
        }
        if exists && !force { throw refusal(path) }

        var template = Array(((directory.isEmpty ? "." : directory) + "/." + name + ".selaras-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure("cannot create a file in the directory", path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        // A replaced file keeps its permissions; a new one gets the usual rw-r--r--.
        _ = fchmod(descriptor, exists ? (existing.st_mode & 0o7777) : 0o644)
        let written = writeAll(bytes, to: descriptor)
        let synced = written && fsync(descriptor) == 0
        if close(descriptor) != 0 || !synced { throw failure("cannot write the file", path) }

        if force {
            guard rename(temporary, path) == 0 else { throw failure("cannot replace the file", path) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw refusal(path) }
                throw failure("cannot create the file", path)
            }
            unlink(temporary)
        }
        finished = true
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    private static func refusal(_ path: String) -> SelarasError {
        SelarasError(.usage, "file exists; not overwritten", path: path,
                     hint: "use --force to replace it, or choose another path")
    }

    private static func failure(_ what: String, _ path: String) -> SelarasError {
        let reason = String(cString: strerror(errno))
        return SelarasError(.input, "\(what): \(reason)", path: path,
                            hint: "check that the directory exists and can be written")
    }
}
