import Foundation
import Testing
import SelarasCore
@testable import Selaras

@Suite struct AtomicFileWriterTests {
    private func directory() throws -> String { try Harness.temporaryDirectory([:]) }

    private func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

    /// Names in `path` other than the ones given: temporary files must not be left behind.
    private func leftovers(_ path: String, besides names: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { !names.contains($0) }
    }

    @Test func writesANewFileWithReadablePermissions() throws {
        let root = try directory()
        let bytes = Array("{\"versi\": 1, \"catatan\": \"“kutip” 😀\"}\n".utf8)
        try AtomicFileWriter.write(bytes, to: root + "/baseline.json", force: false)
        #expect(contents(root + "/baseline.json") == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/baseline.json")[.posixPermissions] as? Int
        #expect(mode == 0o644)
        #expect(try leftovers(root, besides: ["baseline.json"]).isEmpty)
    }

    @Test func refusesAnExistingFileWithoutForceAndLeavesItAlone() throws {
        let root = try directory()
        let path = root + "/laporan.html"
        try Data("lama".utf8).write(to: URL(fileURLWithPath: path))
        do {
            try AtomicFileWriter.write(Array("baru".utf8), to: path, force: false)
            Issue.record("must refuse")
        } catch {
            #expect(error.path == path)
            #expect(error.hint?.contains("use --force") == true)
            #expect(error.description.contains(path))
        }
        #expect(contents(path) == Array("lama".utf8))
        #expect(try leftovers(root, besides: ["laporan.html"]).isEmpty)
    }

    @Test func forceReplacesAtomicallyAndKeepsPermissions() throws {
        let root = try directory()
        let path = root + "/selaras.json5"
        try Data("lama".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        try AtomicFileWriter.write(Array("baru".utf8), to: path, force: true)
        #expect(contents(path) == Array("baru".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try leftovers(root, besides: ["selaras.json5"]).isEmpty)
    }

    @Test func emptyContentAndRelativeNamesWork() throws {
        let root = try directory()
        try AtomicFileWriter.write([], to: root + "/kosong.txt", force: false)
        #expect(contents(root + "/kosong.txt") == [])
    }

    @Test func missingDirectoryAndDirectoryTargetsAreClearErrors() throws {
        let root = try directory()
        do {
            try AtomicFileWriter.write([1], to: root + "/tidak/ada/f.json", force: true)
            Issue.record("must fail")
        } catch {
            #expect(error.path == root + "/tidak/ada/f.json")
            #expect(error.message.contains("cannot create"))
        }
        do {
            try AtomicFileWriter.write([1], to: root, force: true)
            Issue.record("must fail")
        } catch {
            #expect(error.message.contains("directory"))
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/tidak"))
    }

    @Test func concurrentWritersWithoutForceLeaveExactlyOneWinner() throws {
        let root = try directory()
        let path = root + "/balapan.json"
        let wins = OutputBuffer()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if (try? AtomicFileWriter.write(Array("penulis \(index)".utf8), to: path, force: false)) != nil { wins.append("x") }
        }
        #expect(wins.value == "x")
        #expect(String(decoding: contents(path) ?? [], as: UTF8.self).hasPrefix("penulis "))
        #expect(try leftovers(root, besides: ["balapan.json"]).isEmpty)
    }
}
