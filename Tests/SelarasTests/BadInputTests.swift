import Foundation
import Testing
import SelarasCore
import SelarasRules
import SelarasText
@testable import Selaras

/// Whatever arrives in a drafts folder, `selaras check` keeps going, names the file and what is
/// wrong, and exits 2 only when a file could not be checked (docs/robustness.md, "Policy").
@Suite struct BadInputTests {
    @Test func invalidUTF8IsAnErrorWithLineAndColumnAndTheOtherFilesAreStillChecked() throws {
        let root = try Harness.temporaryDirectory(["baik.md": "Rapat di kementrian.\n"])
        try BadInput.write(Array("Baris satu\nRp “dua” \u{00A0}".utf8) + [0xC3, 0x28] + Array(" tiga\n".utf8), to: root + "/rusak.txt")
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 2)
        #expect(run.standardOutput.contains("baik.md:1:10"))  // the good file's finding is still reported
        let all = run.standardOutput + run.standardError
        #expect(all.contains("rusak.txt:2:11: error: invalid UTF-8 at byte offset 26 (byte 0xC3)"))
        #expect(all.contains("save the file as UTF-8"))
    }

    @Test func utf16WithByteOrderMarkIsDecodedWithTruePositions() throws {
        let root = try Harness.temporaryDirectory([:])
        let text = "Judul 😀\nRapat praktek\n"
        try BadInput.write([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, to: root + "/le.txt")
        try BadInput.write([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, to: root + "/be.txt")
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.contains("le.txt:2:7: error [ejaan.kata-baku]"))
        #expect(run.standardOutput.contains("be.txt:2:7: error [ejaan.kata-baku]"))
        #expect((run.standardOutput + run.standardError).contains("decoded from UTF-16"))
    }

    @Test func brokenUTF16IsAClearErrorNotACrash() {
        // A byte-order mark followed by an odd number of bytes / a lone surrogate.
        for bytes: [UInt8] in [[0xFF, 0xFE, 0x41], [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], [0xFE, 0xFF]] {
            switch DocumentLoader.load(bytes: bytes, path: "x.txt") {
            case .failed(let error): #expect(error.message.contains("UTF-16") && error.path == "x.txt")
            case .loaded(let document, _): #expect(document.source.count <= 3)
            case .skipped: Issue.record("a UTF-16 file is not binary")
            }
        }
    }

    @Test func binaryAndEmptyFilesDoNotFailTheRun() throws {
        let root = try Harness.temporaryDirectory(["kosong.md": "", "baik.md": "Semua baik.\n"])
        try BadInput.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], to: root + "/gambar.txt")
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 0)
        let all = run.standardOutput + run.standardError
        #expect(all.contains("gambar.txt: note: binary file skipped"))
        #expect(!all.contains("kosong.md:"))
        #expect(all.contains("2 files checked"))
    }

    @Test func hugeSingleLineFinishesWithSaneMemory() throws {
        // One line of 4 MiB (20 MiB with SELARAS_BAD_INPUT_FULL=1; a debug build loads about 4 MiB/s):
        // short words, a finding at the very end. Memory is the point, not speed.
        let mebibytes = ProcessInfo.processInfo.environment["SELARAS_BAD_INPUT_FULL"] == nil ? 4 : 20
        let word = Array("kata ".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(mebibytes * 1_048_576 + 64)
        while bytes.count < mebibytes * 1_048_576 { bytes += word }
        bytes += Array(" praktek.".utf8)
        let before = BadInput.peakMemoryMiB()
        let (outcome, seconds) = BadInput.seconds { DocumentLoader.load(bytes: bytes, path: "panjang.txt") }
        guard case .loaded(let document, _) = outcome else { Issue.record("must load"); return }
        #expect(document.source.lineCount == 1)
        #expect(document.source.location(ofByte: document.source.count - 3).line == 1)
        let engine = Engine(rules: [WholeWordRule(id: "uji.praktek", word: "praktek")])
        let (found, checkSeconds) = BadInput.seconds { engine.check(document: document) }
        #expect(BadInput.underSanitizer || seconds + checkSeconds < Double(mebibytes) * 2)
        #expect(found.count == 1 && found.first?.column == bytes.count - 8 + 1)
        let grown = BadInput.peakMemoryMiB() - before
        // Source, masked text and line table: a small multiple of the file, never per-byte objects.
        #expect(BadInput.underSanitizer || grown < mebibytes * 25, "peak memory grew by \(grown) MiB for a \(mebibytes) MiB file")
    }

    @Test func tooLargeStandardInputIsRefusedLikeAFile() throws {
        let large = InputFile.standardInput([UInt8](repeating: 0x61, count: InputFile.maximumSize + 1))
        guard case .failure(let error) = large.read() else {
            Issue.record("65 MiB on standard input was accepted")
            return
        }
        #expect(error.description.contains("<stdin>") && error.description.contains("the limit is 64 MiB"))
        #expect((try? InputFile.standardInput(Array("praktek".utf8)).read().get()) == Array("praktek".utf8))
    }

    @Test func tooLargeFileIsRefusedWithoutReadingIt() throws {
        // A sparse file: 65 MiB long, no disk used; refused by its size before any byte is read.
        let root = try Harness.temporaryDirectory(["baik.md": "praktek\n"])
        let path = root + "/besar.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(InputFile.maximumSize + 1_048_576)) == 0)
        let before = BadInput.peakMemoryMiB()
        let run = Harness.run(["check", "."], in: root)
        #expect(run.exitCode == 2)
        #expect((run.standardOutput + run.standardError).contains("besar.txt: error: file is 65 MiB; the limit is 64 MiB"))
        #expect(run.standardOutput.contains("baik.md:1:1"))
        #expect(BadInput.underSanitizer || BadInput.peakMemoryMiB() - before < 60)
    }

    @Test func manyTinyFiles() throws {
        // 2,000 by default; SELARAS_BAD_INPUT_FULL=1 runs the 20,000 of docs/robustness.md.
        let count = ProcessInfo.processInfo.environment["SELARAS_BAD_INPUT_FULL"] == nil ? 2_000 : 20_000
        let root = try Harness.temporaryDirectory([:])
        for index in 0..<count {
            let folder = root + "/d\(index % 20)"
            if index < 20 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let text = index % 500 == 7 ? "praktek \(index)\n" : "Rapat \(index).\n"
            _ = FileManager.default.createFile(atPath: folder + "/f\(index).txt", contents: Data(text.utf8))
        }
        let collection = InputCollector().collect(["."], workingDirectory: root, standardInput: { [] })
        #expect(collection.inputs.count == count && collection.diagnostics.isEmpty)
        let engine = Engine(rules: [WholeWordRule(id: "uji.praktek", word: "praktek")])
        let (report, seconds) = BadInput.seconds { engine.check(collection.inputs) }
        #expect(report.files.count == count)
        #expect(report.findings.count == count / 500)
        #expect(report.diagnostics.allSatisfy { $0.level != .error })
        #expect(seconds < 20)
    }

    @Test func deepDirectoriesStopAtTheLimitWithAWarning() throws {
        let root = try Harness.temporaryDirectory(["atas.md": "praktek\n"])
        var path = root
        for level in 0..<(InputCollector.maximumDepth + 6) {
            path += "/l\(level)"
            if level == 3 || level == InputCollector.maximumDepth + 5 {
                try BadInput.write(Array("praktek\n".utf8), to: path + "/f.md")
            }
        }
        let collection = InputCollector().collect(["."], workingDirectory: root, standardInput: { [] })
        #expect(collection.inputs.map(\.displayPath) == ["atas.md", "l0/l1/l2/l3/f.md"])
        #expect(collection.diagnostics.count == 1)
        #expect(collection.diagnostics.first?.message.contains("deeper than \(InputCollector.maximumDepth)") == true)
    }

    @Test func symlinkLoopsAreReportedOnceAndFilesCheckedOnce() throws {
        let root = try Harness.temporaryDirectory(["a/f.md": "praktek\n", "b/g.md": "baik\n"])
        try FileManager.default.createSymbolicLink(atPath: root + "/a/ke-atas", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root + "/b/ke-a", withDestinationPath: "../a")
        try FileManager.default.createSymbolicLink(atPath: root + "/a/diri.md", withDestinationPath: "diri.md")  // loops on itself
        try FileManager.default.createSymbolicLink(atPath: root + "/b/salin.md", withDestinationPath: "g.md")
        let (run, seconds) = BadInput.seconds { Harness.run(["check", ".", "--format", "json"], in: root) }
        #expect(seconds < 10)
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let files = (json?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(files.sorted() == ["a/f.md", "b/g.md"])
        #expect(run.standardOutput.contains("directory link loop skipped"))
    }

    @Test func overlappingArgumentsAndHardLinksAreCheckedOnce() throws {
        let root = try Harness.temporaryDirectory(["drafts/a.md": "praktek\n", "drafts/sub/b.md": "baik\n", "lain/c.md": "baik\n"])
        try FileManager.default.linkItem(atPath: root + "/drafts/a.md", toPath: root + "/lain/a-keras.md")
        let run = Harness.run(["check", "drafts", "drafts/a.md", "./drafts/sub", "lain", "--format", "json"], in: root)
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let files = (json?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(files == ["drafts/a.md", "drafts/sub/b.md", "lain/c.md"])
    }

    @Test func unreadableAndVanishedFilesFailOnlyThemselves() throws {
        let root = try Harness.temporaryDirectory(["baik.md": "praktek\n", "hilang.md": "x\n"])
        let engine = Engine(rules: [WholeWordRule(id: "uji.praktek", word: "praktek")])
        // Collected, then deleted before it is read: the race every directory walk has.
        let collection = InputCollector().collect(["."], workingDirectory: root, standardInput: { [] })
        try FileManager.default.removeItem(atPath: root + "/hilang.md")
        let report = engine.check(collection.inputs)
        #expect(report.files.map(\.path) == ["baik.md"] && report.findings.count == 1)
        #expect(report.diagnostics.contains { $0.level == .error && $0.path == "hilang.md" && $0.message.contains("no such file") })

        // Permission bits stop everyone but root; as root (containers, CI) the check above stands in.
        if getuid() != 0 {
            try BadInput.write(Array("rahasia\n".utf8), to: root + "/tertutup.md")
            chmod(root + "/tertutup.md", 0)
            let run = Harness.run(["check", "."], in: root)
            #expect(run.exitCode == 2)
            #expect((run.standardOutput + run.standardError).contains("tertutup.md: error: cannot read the file"))
        }
    }

    @Test func fifoInAFolderIsSkippedNotWaitedOn() throws {
        // Regression: opening a FIFO found while walking blocked the run forever.
        let root = try Harness.temporaryDirectory(["baik.md": "praktek\n"])
        #expect(mkfifo(root + "/pipa.md", 0o644) == 0)
        let (run, seconds) = BadInput.seconds { Harness.run(["check", "."], in: root) }
        #expect(seconds < 10)
        #expect(run.exitCode == 1)
        #expect((run.standardOutput + run.standardError).contains("pipa.md: note: not a regular file"))
    }

    @Test func missingPathOnTheCommandLineFailsTheRunButTheOthersAreChecked() throws {
        let root = try Harness.temporaryDirectory(["baik.md": "Rapat di kementrian.\n"])
        let run = Harness.run(["check", "tidak-ada.md", "baik.md"], in: root)
        #expect(run.exitCode == 2)
        #expect(run.standardOutput.contains("baik.md:1:10"))
        #expect((run.standardOutput + run.standardError).contains("tidak-ada.md: error: no such file or directory"))
    }
}

/// Flags a literal word; enough for the input-handling tests, which are not about rules.
struct WholeWordRule: Rule {
    var metadata: RuleMetadata
    var word: [UInt8]

    init(id: String, word: String) {
        metadata = RuleMetadata(id: id, packID: String(id.split(separator: ".")[0]), kind: "test", level: .warning,
                                message: "jangan '{match}'", description: "uji")
        self.word = Array(word.utf8)
    }

    func check(_ context: RuleContext) throws -> [Finding] {
        let bytes = context.document.text.bytes
        guard bytes.count >= word.count, let first = word.first else { return [] }
        var findings: [Finding] = []
        var index = 0
        while let start = bytes[index...].firstIndex(of: first), start + word.count <= bytes.count {
            if bytes[start..<(start + word.count)].elementsEqual(word) {
                findings.append(finding(span: Span(start: start, end: start + word.count), message: "jangan", suggestions: []))
            }
            index = start + 1
            if index >= bytes.count { break }
        }
        return findings
    }
}

/// `check` only reads: the drafts (and everything else in the folder) are byte-for-byte and
/// mtime-for-mtime the same afterwards, and no file appears.
@Suite struct BadInputNothingWrittenTests {
    private struct Snapshot: Equatable {
        var bytes: [String: [UInt8]] = [:]
        var modified: [String: Date] = [:]
    }

    private func snapshot(_ root: String) throws -> Snapshot {
        var result = Snapshot()
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let full = root + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            result.modified[relative] = attributes[.modificationDate] as? Date
            if attributes[.type] as? FileAttributeType == .typeRegular { result.bytes[relative] = FileManager.default.contents(atPath: full).map { [UInt8]($0) } }
        }
        return result
    }

    @Test func checkLeavesEveryFileUntouched() throws {
        let root = try Harness.temporaryDirectory([
            "selaras.json5": "{ packs: [\"ejaan\", \"angka\"], date: \"2025-06-10\" }\n",
            "drafts/a.md": "---\nagency: dinkes\n---\n# Judul\n\nRapat di kementrian, Rp 5.000,- 😀\r\n",
            "drafts/b.txt": "Teks\u{00A0}“baik” <!-- selaras-disable ejaan -- kutipan -->\n",
            ".selaras-baseline.json": "{ \"version\": 1, \"findings\": [] }\n",
        ])
        try BadInput.write([0xEF, 0xBB, 0xBF] + Array("praktek\n".utf8), to: root + "/drafts/bom.txt")
        try BadInput.write([0x41, 0xFF, 0x0A], to: root + "/drafts/rusak.txt")
        // Old mtimes, so a rewrite within the same second would still show.
        for name in ["drafts/a.md", "drafts/b.txt", "drafts/bom.txt", "drafts/rusak.txt", "selaras.json5"] {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: root + "/" + name)
        }
        let before = try snapshot(root)
        for format in ["text", "json", "sarif", "junit", "github"] {
            let run = Harness.run(["check", "drafts", "--format", format], in: root)
            #expect(run.exitCode == 2)  // rusak.txt could not be checked
        }
        #expect(try snapshot(root) == before)
    }
}
