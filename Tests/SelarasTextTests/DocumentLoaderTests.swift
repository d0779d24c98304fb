import Testing
import SelarasCore
@testable import SelarasText

@Suite struct DocumentLoaderTests {
    private func load(_ text: String, path: String = "a.md") -> Document? {
        if case .loaded(let document, _) = DocumentLoader.load(bytes: Array(text.utf8), path: path) { return document }
        return nil
    }

    @Test func frontMatterGivesAgencyDateTitleAndIsNotChecked() throws {
        let document = try #require(load("---\nagency: dinkes-kalsel\ndate: 2025-06-10\njudul: \"Rakor\"\n---\nIsi praktek.\n"))
        #expect(document.metadata.agency == "dinkes-kalsel")
        #expect(document.metadata.date == LocalDate(year: 2025, month: 6, day: 10))
        #expect(document.metadata.dateOrigin == .frontMatter)
        #expect(document.metadata.title == "Rakor")
        #expect(!document.text.string.contains("dinkes"))
        #expect(document.text.string.contains("Isi praktek."))
        #expect(document.text.lineCount == document.source.lineCount)
    }

    @Test func invalidFrontMatterDateIsAWarningWithItsLine() {
        guard case .loaded(let document, let notes) = DocumentLoader.load(bytes: Array("---\ndate: kemarin\n---\nx".utf8), path: "a.md") else {
            Issue.record("not loaded"); return
        }
        #expect(document.metadata.date == nil)
        #expect(notes.first?.line == 2)
    }

    @Test func bomIsRemovedAndCRLFKept() throws {
        let document = try #require(load("\u{FEFF}Baris satu\r\nBaris dua\r\n", path: "a.txt"))
        #expect(document.source.bytes.first == UInt8(ascii: "B"))
        #expect(document.source.lineText(2) == "Baris dua")
        #expect(document.format == .plainText)
    }

    @Test func invalidUTF8NamesByteOffsetLineAndColumn() {
        let bytes = Array("Baris satu\nab".utf8) + [0xC3, 0x28] + Array(" lagi".utf8)
        guard case .failed(let error) = DocumentLoader.load(bytes: bytes, path: "rusak.txt") else {
            Issue.record("expected failure"); return
        }
        #expect(error.path == "rusak.txt")
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.message.contains("byte offset 13"))
    }

    @Test func binaryIsSkippedWithANote() {
        guard case .skipped(let note) = DocumentLoader.load(bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], path: "x.txt") else {
            Issue.record("expected skip"); return
        }
        #expect(note.message.contains("binary"))
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Kementrian “baru”".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case .loaded(let document, let notes) = DocumentLoader.load(bytes: bytes, path: "u16.txt") else {
            Issue.record("not loaded"); return
        }
        #expect(document.source.string == "Kementrian “baru”")
        #expect(notes.count == 1)
    }

    @Test func emptyFileLoads() throws {
        let document = try #require(load("", path: "kosong.txt"))
        #expect(document.source.count == 0)
    }
}

@Suite struct TextMaskerTests {
    private func masked(_ text: String, format: DocumentFormat = .markdown) -> String {
        let source = SourceText(text)
        let result = TextMasker.mask(source, format: format, frontMatter: nil)
        #expect(result.bytes.count == source.count)
        return String(decoding: result.bytes, as: UTF8.self)
    }

    @Test func fencedAndIndentedCodeAreBlanked() {
        let text = "Teks praktek.\n\n```\npraktek dalam kode\n```\n\n    kode terindentasi praktek\n\nLagi praktek."
        let result = masked(text)
        #expect(!result.contains("dalam kode"))
        #expect(!result.contains("terindentasi"))
        #expect(result.hasPrefix("Teks praktek."))
        #expect(result.hasSuffix("Lagi praktek."))
        #expect(result.split(separator: "\n", omittingEmptySubsequences: false).count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func inlineCodeLinkTargetsURLsEmailsAndCommentsAreBlanked() {
        let text = "Lihat `praktek` dan [praktek](https://x.id/praktek) atau https://a.go.id/praktek. Surel humas@praktek.go.id <!-- praktek --> selesai."
        let result = masked(text)
        #expect(!result.contains("`"))
        #expect(result.contains("[praktek]"))
        #expect(!result.contains("x.id"))
        #expect(!result.contains("a.go.id"))
        #expect(result.contains(". Surel"))
        #expect(!result.contains("@"))
        #expect(result.hasSuffix("selesai."))
        #expect(result.components(separatedBy: "praktek").count == 2)  // only the link text is left
    }

    @Test func plainTextKeepsBackticksButMasksURLs() {
        let result = masked("Kode `praktek` di www.praktek.id ya", format: .plainText)
        #expect(result.contains("`praktek`"))
        #expect(!result.contains("www"))
    }

    @Test func headingsAreRecorded() {
        let source = SourceText("# Judul Praktek\nIsi\n\nSub\n===\n#tagar bukan judul\n")
        let result = TextMasker.mask(source, format: .markdown, frontMatter: nil)
        #expect(result.headings.map { source.text($0) } == ["# Judul Praktek", "Sub"])
    }

    @Test func multibyteTextInsideMaskedRegionsKeepsOffsets() {
        let text = "Awal `kode “kutip” 😀` akhir"
        let result = masked(text)
        #expect(result.utf8.count == text.utf8.count)
        #expect(result.hasSuffix(" akhir"))
    }
}

@Suite struct SuppressionParserTests {
    @Test func parsesAllDirectiveFormsWithReasons() {
        let text = SourceText("""
        <!-- selaras-disable ejaan.kementerian, angka -- kutipan resmi -->
        a
        <!-- selaras-enable -->
        <!-- selaras-disable-next-line -->
        <!-- komentar biasa -->
        <!-- selaras-disable-line ejaan -->
        """)
        let directives = SuppressionParser.directives(in: text)
        #expect(directives.map(\.action) == [.disable, .enable, .disableNextLine, .disableLine])
        #expect(directives[0].rules == ["ejaan.kementerian", "angka"])
        #expect(directives[0].reason == "kutipan resmi")
        #expect(directives[1].rules.isEmpty)
        #expect(directives[2].line == 4)
        #expect(directives[0].covers(ruleID: "angka.persen"))
        #expect(!directives[0].covers(ruleID: "angkatan.x"))
        #expect(directives[1].covers(ruleID: "apa.saja"))
    }

    /// The masked text shares the source's line index; masking must leave every line break.
    @Test(arguments: [
        "---\r\nagency: dinkes\r\ndate: 2025-06-10\r\n---\r\nIsi <!-- catatan\r\npanjang --> teks.\r\n",
        "# Judul\n\n```\nkode\r\nlagi\n```\n\nLihat [tautan](https://x.go.id/a\nb) dan <b>\n</b> www.kalselprov.go.id\rakhir",
        "Surel humas@kalselprov.go.id\n\n    kode indentasi\n\t`satu\ndua`\r\r\n",
    ])
    func maskedTextKeepsTheSourceLines(_ text: String) throws {
        guard case .loaded(let document, _) = DocumentLoader.load(bytes: Array(text.utf8), path: "a.md") else {
            Issue.record("not loaded")
            return
        }
        #expect(document.text.bytes != document.source.bytes)
        #expect(document.text.lineStarts == SourceText(bytes: document.text.bytes).lineStarts)
        #expect(document.text.lineStarts == document.source.lineStarts)
    }
}
