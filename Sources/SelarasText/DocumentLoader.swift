import Foundation
import SelarasCore

/// Turns the bytes of a file into a `Document`, or says clearly why it cannot.
///
/// - UTF-8 with or without BOM; UTF-16 with a BOM is decoded (line and column stay true,
///   since columns count Unicode scalars).
/// - Invalid UTF-8 is an error naming the byte offset, line and column; a file with NUL bytes
///   is binary and skipped with a note. Neither stops the other files.
/// - Front matter gives agency, date and title; Markdown and URLs are masked (`TextMasker`).
public enum DocumentLoader {
    public enum Outcome: Sendable {
        case loaded(Document, notes: [Diagnostic])
        case skipped(Diagnostic)
        case failed(SelarasError)
    }

    /// Extensions checked when walking directories.
    public static let checkedExtensions: Set<String> = ["txt", "md", "markdown"]

    public static func format(forPath path: String) -> DocumentFormat {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
    }

    public static func load(bytes input: [UInt8], path: String, format: DocumentFormat? = nil) -> Outcome {
        var notes: [Diagnostic] = []
        var bytes = input
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: Data(bytes), encoding: .utf16) else {
                return .failed(SelarasError(.input, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
                                            path: path, hint: "save it as UTF-8"))
            }
            bytes = Array(decoded.utf8)
            if bytes.first == 0xFE || decoded.hasPrefix("\u{FEFF}") { bytes.removeFirst(3) }
            notes.append(Diagnostic(.note, "decoded from UTF-16; Selaras works best with UTF-8 files", path: path))
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if bytes.withUnsafeBufferPointer({ buffer in buffer.baseAddress.map { memchr($0, 0, min(buffer.count, 8192)) != nil } ?? false }) {
            return .skipped(Diagnostic(.note, "binary file skipped (it contains NUL bytes)", path: path))
        }
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidByte($0) }) {
            let offset = bad + (input.count - bytes.count)
            let prefix = SourceText(bytes: Array(bytes[..<bad]))
            let location = prefix.location(ofByte: bad)
            return .failed(SelarasError(
                .input, "invalid UTF-8 at byte offset \(offset) (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                path: path, line: location.line, column: location.column,
                hint: "save the file as UTF-8; in a word processor choose 'Plain text, UTF-8'"))
        }
        let source = SourceText(bytes: bytes)
        let resolvedFormat = format ?? self.format(forPath: path)
        let frontMatter = FrontMatter.parse(source)
        let masked = TextMasker.mask(source, format: resolvedFormat, frontMatter: frontMatter?.span)
        var metadata = DocumentMetadata()
        if let frontMatter {
            metadata.frontMatter = frontMatter.fields
            metadata.agency = frontMatter.value("agency", "instansi", "lembaga")
            metadata.title = frontMatter.value("title", "judul")
            if let written = frontMatter.value("date", "tanggal") {
                if let date = parseDate(written) {
                    metadata.date = date
                    metadata.dateOrigin = .frontMatter
                } else {
                    notes.append(Diagnostic(
                        .warning, "front matter date '\(written)' is not a date (write YYYY-MM-DD); it is ignored",
                        path: path, line: frontMatter.keyLines["date"] ?? frontMatter.keyLines["tanggal"], column: 1))
                }
            }
        }
        let document = Document(
            path: path, format: resolvedFormat, source: source, text: SourceText(bytes: masked.bytes, sameLinesAs: source),
            metadata: metadata, directives: SuppressionParser.directives(in: source), headings: masked.headings)
        return .loaded(document, notes: notes)
    }

    /// `YYYY-MM-DD`, `D/M/YYYY` or `D-M-YYYY`.
    static func parseDate(_ text: String) -> LocalDate? {
        if let iso = LocalDate(iso: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 3, parts[2] >= 1000 else { return nil }
        return LocalDate(year: parts[2], month: parts[1], day: parts[0])
    }
}
