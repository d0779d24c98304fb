import SelarasCore
@testable import SelarasRules

/// The compiled-term-list cache reader: part 1 is a term list (one per line) whose compiled
/// substitution rule (packed pairs, then the matcher) is encoded, part 2 damages it (each 3
/// bytes: a position, high and low, then a byte to XOR in; a last lone byte truncates), part 3
/// is a text. A damaged form must be refused or, if read, match inside the text and give every
/// pair without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTermCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 3)
    let terms = String(decoding: parts[0], as: UTF8.self).split(separator: "\n").map(String.init)
    guard let matcher = try? TermMatcher(terms: terms, exceptions: ["daerah khusus"], options: .init(suffixes: ["nya"])) else { return 0 }
    let pairs = terms.enumerated().map { index, term in
        SubstitutionRule.Pair(from: term, to: index % 3 == 0 ? [term.uppercased(), "b"] : [term], note: index % 2 == 0 ? "" : "catatan",
                              level: index % 4 == 1 ? .warning : nil)
    }
    var writer = BinaryWriter()
    SubstitutionPairs(pairs).encode(into: &writer)
    matcher.encode(into: &writer)
    var bytes = writer.bytes
    var damage = parts[1][...]
    while damage.count >= 3, !bytes.isEmpty {
        let position = (Int(damage[damage.startIndex]) << 8 | Int(damage[damage.startIndex + 1])) % bytes.count
        bytes[position] ^= damage[damage.startIndex + 2]
        damage = damage.dropFirst(3)
    }
    if let last = damage.first, !bytes.isEmpty { bytes.removeLast(Int(last) % bytes.count) }
    guard let (restoredPairs, restored) = try? SubstitutionRule.decodeCompiled(bytes) else { return 0 }
    for index in 0..<restoredPairs.count { _ = restoredPairs.pair(index, from: restored.term(index)) }
    let text = SourceText(bytes: Array(String(decoding: parts[2], as: UTF8.self).utf8) + Array(" Prakteknya di Daerah Khusus 🙂".utf8))
    var previous = 0
    for match in restored.matches(in: text) {
        precondition(match.span.start >= previous && match.span.end <= text.count && match.span.start < match.span.end)
        previous = match.span.start
    }
    return 0
}
