import SelarasCore
import SelarasText

/// DocumentLoader.load (encodings, front matter, Markdown masking, suppression comments) on
/// arbitrary bytes, as Markdown and as plain text; every span must lie inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    for path in ["siaran.md", "siaran.txt"] {
        guard case .loaded(let document, _) = DocumentLoader.load(bytes: bytes, path: path) else { continue }
        let count = document.source.count
        for heading in document.headings { precondition(heading.start <= heading.end && heading.end <= count) }
        for directive in document.directives { precondition(directive.span.end <= count) }
        precondition(document.text.count == count, "masked text must keep every byte offset")
        if count > 0 { _ = document.source.location(ofByte: count - 1) }
        _ = document.source.location(ofByte: count)
    }
    return 0
}
