/// Every term's words as written (each `’` as `'`), in one flat buffer.
///
/// `TermIndex` compares them when a term's letter case must agree with the text. Flat storage
/// means a 20,000-term list is a few arrays rather than some 60,000 small ones, so compiling it
/// and loading it from `CompiledTermListCache` allocate a handful of times, not once per word.
struct TermSpellings: Sendable {
    private var words = PackedStrings()
    /// Per term: its first word in `words`; one more entry closes the last term.
    private var termStarts: [Int32] = [0]

    var termCount: Int { termStarts.count - 1 }

    /// Adds the next term's words.
    mutating func append(_ termWords: [[UInt8]]) {
        for word in termWords { words.append(bytes: word) }
        termStarts.append(Int32(truncatingIfNeeded: words.count))
    }

    /// The number of words of term `term`.
    @inline(__always)
    func wordCount(of term: Int) -> Int {
        Int(termStarts[term + 1] - termStarts[term])
    }

    /// Word `offset` of term `term`.
    @inline(__always)
    func word(_ offset: Int, of term: Int) -> ArraySlice<UInt8> {
        words[Int(termStarts[term]) + offset]
    }
}

extension TermSpellings {
    func encode(into writer: inout BinaryWriter) {
        words.encode(into: &writer)
        writer.write(termStarts)
    }

    /// Reads what `encode(into:)` wrote, checking that every term has words inside the list.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        words = try PackedStrings(reading: &reader)
        termStarts = try reader.readInt32s()
        guard termStarts.first == 0, Int(termStarts.last ?? -1) == words.count,
              zip(termStarts, termStarts.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw BinaryReader.Malformed() }
    }
}
