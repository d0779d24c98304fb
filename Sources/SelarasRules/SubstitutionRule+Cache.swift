import SelarasCore

/// How a compiled substitution rule is keyed and stored in `CompiledTermListCache`.
extension SubstitutionRule {
    /// Everything the compiled pairs and matcher depend on: the params and the table's bytes.
    static func cacheKey(_ params: Params, tableBytes: [UInt8]) -> [UInt8] {
        CompiledTermListCache.key { writer in
            writer.write("substitution")
            // The word hash the compiled tables hold (`WordTable.hash`): a build hashing words
            // differently uses other entries, so neither ever reads the other's tables (an older
            // build could not tell that the hashes are foreign).
            writer.write("word-hash:chunk64")
            writer.write(params.terms?.count ?? -1)
            for pair in params.terms ?? [] {
                writer.write(pair.from.values)
                writer.write(pair.to.values)
                writer.write(pair.note ?? "\u{0}")
                writer.write(pair.level ?? "\u{0}")
            }
            writer.write(params.table ?? "\u{0}")
            writer.write(params.group ?? "\u{0}")
            writer.write(params.ignoreCase.map { $0 ? 1 : 0 } ?? -1)
            writer.write(params.exceptions ?? ["\u{0}"])
            writer.write(params.suffixes ?? ["\u{0}"])
            writer.write(tableBytes)
        }
    }

    /// The pairs and compiled matcher as a cache payload.
    func encodeCompiled() -> [UInt8] {
        var writer = BinaryWriter()
        // Each pair's `from` is the matcher's term of the same index, stored once there.
        packedPairs.encode(into: &writer)
        matcherForCache.encode(into: &writer)
        return writer.bytes
    }

    /// Reads what `encodeCompiled()` wrote.
    static func decodeCompiled(_ payload: [UInt8]) throws(BinaryReader.Malformed) -> (SubstitutionPairs, TermMatcher) {
        var reader = BinaryReader(payload)
        let pairs = try SubstitutionPairs(reading: &reader)
        let matcher = try TermMatcher(reading: &reader)
        guard reader.isAtEnd, pairs.count > 0, matcher.termCount == pairs.count else { throw BinaryReader.Malformed() }
        return (pairs, matcher)
    }
}
