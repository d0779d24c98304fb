import SelarasCore

/// How a compiled substitution rule is keyed and stored in `CompiledTermListCache`.
extension SubstitutionRule {
    /// Everything the compiled pairs and matcher depend on: the params and the table's bytes.
    static func cacheKey(_ params: Params, tableBytes: [UInt8]) -> [UInt8] {
        CompiledTermListCache.key { writer in
            writer.write("substitution")
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
        writer.write(pairs.count)
        // Each pair's `from` is the matcher's term of the same index, stored once there.
        for pair in pairs {
            writer.write(pair.to)
            writer.write(pair.note)
            writer.write(pair.level?.rawValue ?? "")
        }
        matcherForCache.encode(into: &writer)
        return writer.bytes
    }

    /// Reads what `encodeCompiled()` wrote.
    static func decodeCompiled(_ payload: [UInt8]) throws(BinaryReader.Malformed) -> ([Pair], TermMatcher) {
        var reader = BinaryReader(payload)
        let count = try reader.readInt()
        guard count > 0, count <= payload.count else { throw BinaryReader.Malformed() }
        var pairs: [Pair] = []
        pairs.reserveCapacity(count)
        for _ in 0..<count {
            let to = try reader.readStrings()
            let note = try reader.readString()
            let levelName = try reader.readString()
            var level: Severity?
            if !levelName.isEmpty {
                guard let parsed = Severity(rawValue: levelName) else { throw BinaryReader.Malformed() }
                level = parsed
            }
            guard !to.isEmpty else { throw BinaryReader.Malformed() }
            pairs.append(Pair(from: "", to: to, note: note, level: level))
        }
        let matcher = try TermMatcher(reading: &reader)
        guard reader.isAtEnd, matcher.terms.count == pairs.count else { throw BinaryReader.Malformed() }
        for index in pairs.indices { pairs[index].from = matcher.terms[index] }
        return (pairs, matcher)
    }
}
