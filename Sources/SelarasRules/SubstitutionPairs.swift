import SelarasCore

/// The replacements, notes and levels of a substitution rule's pairs, packed.
///
/// A pair's wrong form is its matcher's term of the same index, stored once there. Packing keeps
/// a 20,000-pair rule in a few arrays (loading it from `CompiledTermListCache` copies them rather
/// than building 60,000 strings) and decodes a pair only when one of its matches is reported.
struct SubstitutionPairs: Sendable {
    /// Per pair: its replacements, then its note.
    private var strings = PackedStrings()
    /// Per pair: its first string in `strings`; one more entry closes the last pair.
    private var starts: [Int32] = [0]
    /// Per pair: 0 when it has no level of its own, else 1 + the index in `Severity.allCases`.
    private var levels: [UInt8] = []

    init(_ pairs: [SubstitutionRule.Pair]) {
        for pair in pairs {
            for replacement in pair.to { strings.append(replacement) }
            strings.append(pair.note)
            starts.append(Int32(truncatingIfNeeded: strings.count))
            levels.append(pair.level.flatMap { Severity.allCases.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0)
        }
    }

    var count: Int { levels.count }

    /// Pair `index`, whose wrong form is `from`.
    func pair(_ index: Int, from: String) -> SubstitutionRule.Pair {
        let first = Int(starts[index])
        let last = Int(starts[index + 1]) - 1  // the note
        let level = levels[index] == 0 ? nil : Severity.allCases[Int(levels[index]) - 1]
        return SubstitutionRule.Pair(from: from, to: (first..<last).map(strings.string), note: strings.string(last), level: level)
    }

    func encode(into writer: inout BinaryWriter) {
        strings.encode(into: &writer)
        writer.write(starts)
        writer.write(levels)
    }

    /// Reads what `encode(into:)` wrote, checking that every pair has a replacement and a note
    /// and every level names a severity.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        strings = try PackedStrings(reading: &reader)
        starts = try reader.readInt32s()
        levels = try reader.readBytes()
        guard starts.first == 0, Int(starts.last ?? -1) == strings.count, starts.count == levels.count + 1,
              zip(starts, starts.dropFirst()).allSatisfy({ $1 - $0 >= 2 }),
              levels.allSatisfy({ Int($0) <= Severity.allCases.count })
        else { throw BinaryReader.Malformed() }
    }
}
