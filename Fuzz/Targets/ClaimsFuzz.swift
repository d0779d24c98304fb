import SelarasCore
import SelarasText

/// Tokenizer and the claim extractors (dates, citations, figures, officials) on arbitrary
/// valid UTF-8 text; every token and claim span must lie inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = SourceText(bytes: Array(String(decoding: FuzzInput.bytes(data, size), as: UTF8.self).utf8))
    for token in Tokenizer.tokenize(text) { precondition(token.span.start <= token.span.end && token.span.end <= text.count) }
    let analysis = TextAnalysis(text)
    _ = DateExtractor.extract(analysis)
    _ = CitationExtractor.extract(analysis)
    _ = FigureExtractor.extract(analysis)
    _ = OfficialExtractor.extract(analysis)
    return 0
}
