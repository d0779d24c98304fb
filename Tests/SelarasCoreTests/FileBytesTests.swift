import Foundation
import Testing
@testable import SelarasCore

/// Reading files without Foundation's `FileManager.contents(atPath:)`, which leaked a buffer per
/// empty file on this toolchain: the registry fuzzer ran out of memory on it (reproducer kept in
/// Fuzz/Corpus/registry/regression-oom-empty-file-leak).
@Suite struct FileBytesTests {
    @Test func readsEmptyLargeMissingAndDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-filebytes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(FileManager.default.createFile(atPath: directory + "/kosong.csv", contents: Data()))
        #expect(FileBytes.read(atPath: directory + "/kosong.csv") == [])
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(FileManager.default.createFile(atPath: directory + "/besar.bin", contents: Data(large)))
        #expect(FileBytes.read(atPath: directory + "/besar.bin") == large)
        #expect(FileBytes.read(atPath: directory + "/tidak-ada.csv") == nil)
        #expect(FileBytes.read(atPath: directory) == nil)
    }

    @Test func sayWhyNothingWasReadAndRefuseLargeFilesUnread() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-filebytes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = Array("Rilis “uji” 🙂\n".utf8)
        #expect(FileManager.default.createFile(atPath: directory + "/rilis.md", contents: Data(text)))
        #expect(try FileBytes.read(atPath: directory + "/rilis.md", maximumSize: text.count).get() == text)
        #expect(FileBytes.read(atPath: directory + "/rilis.md", maximumSize: text.count - 1) == .failure(.tooLarge(size: text.count)))
        #expect(FileBytes.read(atPath: directory + "/tidak-ada.md", maximumSize: 100) == .failure(.missing))
        #expect(FileBytes.read(atPath: directory + "/rilis.md/x", maximumSize: 100) == .failure(.missing))
        #expect(FileBytes.read(atPath: directory, maximumSize: 100) == .failure(.isDirectory))
        // /proc files report size 0 and are read in chunks.
        #expect((try? FileBytes.read(atPath: "/proc/self/status", maximumSize: 1 << 20).get())?.isEmpty == false)
    }
}
