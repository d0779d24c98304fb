import SelarasCore
import SelarasText

/// SuppressionParser and FrontMatter on arbitrary (valid UTF-8) text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSuppression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let source = SourceText(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8))
    for directive in SuppressionParser.directives(in: source) {
        precondition(directive.span.start < directive.span.end && directive.span.end <= source.count)
        precondition(directive.line >= 1 && directive.line <= source.lineCount)
        _ = directive.covers(ruleID: "ejaan.kata-baku")
    }
    if let frontMatter = FrontMatter.parse(source) {
        precondition(frontMatter.span.end <= source.count)
        _ = frontMatter.value("agency", "tanggal")
    }
    return 0
}
