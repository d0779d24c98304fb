import SelarasCore
import SelarasRules

/// TermMatcher: part 1 is the term list (one per line), part 2 exceptions, part 3 suffixes,
/// part 4 the text (parts separated by 0x1E). Matches must lie inside the text, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTermMatcher(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 4)
    func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    let text = SourceText(bytes: Array(String(decoding: parts[3], as: UTF8.self).utf8))
    for ignoreCase in [true, false] {
        let options = TermMatcher.Options(ignoreCase: ignoreCase, suffixes: lines(parts[2]).filter { !$0.isEmpty })
        guard let matcher = try? TermMatcher(terms: lines(parts[0]), exceptions: parts[1].isEmpty ? [] : lines(parts[1]), options: options) else { continue }
        var previous = 0
        for match in matcher.matches(in: text) {
            precondition(match.span.start >= previous && match.span.end <= text.count && match.term < matcher.terms.count)
            previous = match.span.start
            _ = match.suggestion("pengganti")
        }
        if text.count > 2 { _ = matcher.matches(in: text, range: 1..<(text.count - 1)) }
    }
    return 0
}
