/// How a term's letter case must agree with the text.
enum TermCaseMode: Sendable {
    /// Any case (`kementrian` matches `Kementrian`, `KEMENTRIAN`).
    case any
    /// As written or in all capitals (`Nopember`, `NOPEMBER`; not `nopember`).
    case exactOrUpper
    /// Only as written.
    case exact
}

/// A match of `TermIndex` in scanner terms, before it becomes a public `TermMatcher.Match`.
struct RawTermMatch: Sendable {
    var source: Range<Int>
    var term: Int
    /// Bytes of the source taken by a stripped suffix (`nya` of `prakteknya`), 0 when none.
    var suffixLength: Int
}

/// The compiled term list: a word table plus a trie over word ids.
///
/// Node 0 is the root; `rootChildren[word]` and `children.child(node, word)` give the node reached by one more word.
/// Unknown words cost one hash lookup and nothing else, whatever the number of terms.
struct TermIndex: Sendable {
    private var words = WordTable()
    /// Children of the root by word id (0: none), so a text's first lookup needs no hashing.
    private var rootChildren: [Int32] = []
    /// Per word id: whether the word follows another in some term. Most words of a text that
    /// begin a multi-word term are followed by a word that continues none, which this settles
    /// without probing `children`.
    private var continues: [Bool] = []
    /// Children of the other nodes, reached only after a known word.
    private var children = TrieEdges()
    /// Terms ending at each node, the stricter case modes first so `Walikota → Wali Kota` wins
    /// over `walikota → wali kota` on `Walikota`.
    /// Flattened (no nested array to retain per probe): the terms of node `n` are
    /// `termList[termStarts[n]..<termStarts[n + 1]]`.
    private var termStarts: [Int32] = []
    private var termList: [Int32] = []
    private var spellings = TermSpellings()
    private var caseModes: [TermCaseMode] = []
    private let suffixes: [[UInt8]]
    /// `SuffixTail.of(suffixes)`.
    private let suffixTails: [SuffixTail]
    /// This list's identity in `CandidateFilter`, with its start words and suffix tails.
    private(set) var identity = TermIndexIdentity(startWords: [], suffixTails: [])
    /// The words that start a term (`rootChildren` non-zero), for the scan's quick rejection.
    private var startFilter = WordHashFilter.passingEverything

    init(terms: [String], ignoreCase: Bool, suffixes: [String]) throws(TermMatcherError) {
        self.suffixes = suffixes.map { Array($0.lowercased().utf8) }
        self.suffixTails = SuffixTail.of(self.suffixes)
        var nodeTerms: [[Int32]] = [[]]
        for suffix in suffixes where suffix.isEmpty || !suffix.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            throw .invalidSuffix(suffix)
        }
        for (index, term) in terms.enumerated() {
            let bytes = Array(term.utf8)
            let scanned = try TermIndex.scanWords(of: term, bytes, index: index)
            var node: Int32 = 0
            var exact: [[UInt8]] = []
            exact.reserveCapacity(scanned.tokens.count)
            for token in scanned.tokens {
                let source = bytes[token.unit.source]
                let id: Int32
                if source.allSatisfy({ $0 < 0x80 }) {
                    // ASCII (nearly every term): the scanner's folded bytes and hash are the
                    // folded word, so nothing is folded or hashed twice.
                    id = scanned.folded.withUnsafeBufferPointer { words.insert($0, token.unit.folded, hash: token.unit.hash) }
                    exact.append(Array(source))
                } else {
                    let word = String(decoding: source, as: UTF8.self)
                    id = words.insert(WordScanner.fold(word))
                    exact.append(Array(word.replacingApostrophes().utf8))
                }
                if Int(id) >= rootChildren.count {
                    rootChildren.append(0)
                    continues.append(false)
                }
                if node != 0 { continues[Int(id)] = true }
                if let existing = child(node, id) {
                    node = existing
                } else {
                    let created = Int32(nodeTerms.count)
                    nodeTerms.append([])
                    if node == 0 { rootChildren[Int(id)] = created } else { children.insert(node, id, child: created) }
                    node = created
                }
            }
            let hasCapital = bytes.allSatisfy { $0 < 0x80 }
                ? bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
                : term.unicodeScalars.contains { $0.properties.isUppercase }
            caseModes.append(!ignoreCase ? .exact : hasCapital ? .exactOrUpper : .any)
            spellings.append(exact)
            nodeTerms[Int(node)].append(Int32(index))
        }
        for node in nodeTerms.indices where nodeTerms[node].count > 1 {
            nodeTerms[node].sort { (caseModes[Int($0)] == .any ? 1 : 0, $0) < (caseModes[Int($1)] == .any ? 1 : 0, $1) }
        }
        termStarts.reserveCapacity(nodeTerms.count + 1)
        for terms in nodeTerms {
            termStarts.append(Int32(termList.count))
            termList.append(contentsOf: terms)
        }
        termStarts.append(Int32(termList.count))
        let startMixed: [UInt64]
        (startFilter, startMixed) = makeStartFilter()
        identity = TermIndexIdentity(startWords: startMixed, suffixTails: suffixTails)
    }

    /// The filter of the words that start a term.
    private func makeStartFilter() -> (WordHashFilter, [UInt64]) {
        var hashes: [UInt64] = []
        for id in rootChildren.indices where rootChildren[id] != 0 {
            if hashes.count == WordHashFilter.maximumWords { return (.passingEverything, []) }
            hashes.append(words.hash(ofWord: id))
        }
        return (WordHashFilter(hashes: hashes), hashes.map(WordHashFilter.mix))
    }

    /// Registers this list in `filter` (only a list whose start filter is used: the others walk
    /// every word anyway).
    func register(in filter: CandidateFilter) {
        if let candidateIdentity { filter.register(candidateIdentity) }
    }

    /// `identity` when the list can use candidates (see `usesWordKeys`), else nil.
    var candidateIdentity: TermIndexIdentity? { usesWordKeys ? identity : nil }

    /// The scanned words of a term; a term must consist of words separated by whitespace only.
    private static func scanWords(of term: String, _ bytes: [UInt8], index: Int) throws(TermMatcherError) -> ScannedWords {
        let scanned = bytes.withUnsafeBufferPointer { WordScanner.scan($0, range: 0..<bytes.count) }
        guard !scanned.tokens.isEmpty else { throw .invalidTerm(index: index, term: term, reason: "it has no letters or digits") }
        var covered = 0
        for token in scanned.tokens {
            try checkGap(bytes[covered..<token.unit.source.lowerBound], term: term, index: index)
            covered = token.unit.source.upperBound
        }
        try checkGap(bytes[covered...], term: term, index: index)
        return scanned
    }

    /// Throws unless `gap` (between two words of a term, or after the last) is whitespace.
    private static func checkGap(_ gap: ArraySlice<UInt8>, term: String, index: Int) throws(TermMatcherError) {
        // ASCII blanks, the usual case, without building a String.
        if gap.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) { return }
        let text = String(decoding: gap, as: UTF8.self)
        guard text.unicodeScalars.allSatisfy(WordScanner.isSpace) else {
            throw .invalidTerm(index: index, term: term, reason: "'\(text.trimmingSpaces())' is not part of a word")
        }
    }

    /// Whether `matches` can visit only the candidate words of a `CandidateFilter` (a list
    /// whose start filter passes everything walks every word anyway).
    var usesWordKeys: Bool { !startFilter.passesEverything }

    /// Longest non-overlapping matches, left to right.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ scanned: ScannedWords) -> [RawTermMatch] {
        var results: [RawTermMatch] = []
        // The candidates leave out only words no list registered in the filter can do anything
        // with; they serve this list only if it is one of those (and they are current).
        let useCandidates = usesWordKeys
            && scanned.candidateFilter.map { $0.version == scanned.candidatesVersion && $0.isRegistered(identity) } ?? false
        scanned.folded.withUnsafeBufferPointer { folded in
            scanned.tokens.withUnsafeBufferPointer { tokens in
                var memo = LookedUp()
                guard useCandidates else {
                    var index = 0
                    while index < tokens.count { index = step(at: index, scanned, bytes, folded, tokens, &memo, &results) }
                    return
                }
                // Why visiting only the candidates, and stepping over those the skipper rejects,
                // changes nothing: `CandidateFilter` leaves out only words every registered
                // list's first test in `step` moves on from doing nothing; the skipper rejects a
                // word only when the start filter rejects its hash (the bit `mayContain` tests),
                // it has no hyphen parts and its tail rules out every suffix — again exactly
                // when `step` would move on doing nothing. Words inside a match are read by
                // `longest`, not by this loop.
                startFilter.withSkipper(suffixTails: suffixTails) { skipper in
                    scanned.candidates.withUnsafeBufferPointer { candidates in
                        var next = 0
                        for key in candidates {
                            let index = key.index
                            if index < next || skipper.skips(key) { continue }
                            next = step(at: index, scanned, bytes, folded, tokens, &memo, &results)
                        }
                    }
                }
            }
        }
        return results
    }

    /// Looks for matches from word `index`; returns the index of the next word to look at.
    @inline(__always)
    private func step(
        at index: Int, _ scanned: ScannedWords, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>,
        _ tokens: UnsafeBufferPointer<WordToken>, _ memo: inout LookedUp, _ results: inout [RawTermMatch]
    ) -> Int {
        // Most words start no term: the filter settles that without probing the
        // table (`mayStart` would say the same, slower).
        if !startFilter.mayContain(tokens[index].unit.hash) {
            if hasSuffix(tokens[index].unit, folded) {
                if let match = suffixMatch(ofUnstarted: index, bytes, folded, tokens) {
                    results.append(match)
                    return index + 1
                }
            }
            if !tokens[index].parts.isEmpty { matchParts(of: tokens[index], scanned, bytes, folded, into: &results) }
            return index + 1
        }
        let id = self.id(at: index, tokens, folded, &memo)
        // Nearly every word starts no term: settle it without a call.
        if !mayStart(id, tokens[index].unit, folded) {
            if !tokens[index].parts.isEmpty { matchParts(of: tokens[index], scanned, bytes, folded, into: &results) }
            return index + 1
        }
        // The usual start word of a long list (`kota`, starting `kota sawuk`): with no suffixes
        // to try and a next word that continues no term, `longest` would stop after this word,
        // so its only possible match is the word itself — settled here, without the search.
        if suffixes.isEmpty, id >= 0, !nextContinues(after: index, tokens, folded, &memo) {
            let node = rootChildren[Int(id)]  // `child(0, id)`
            let words = SourceWords(tokens: tokens, start: index, count: 1, single: nil)
            if node != 0, endsTerms(node), let term = accepted(node, words, suffixLength: 0, bytes) {
                results.append(RawTermMatch(source: tokens[index].unit.source, term: term, suffixLength: 0))
                return index + 1
            }
            if !tokens[index].parts.isEmpty { matchParts(of: tokens[index], scanned, bytes, folded, into: &results) }
            return index + 1
        }
        if let (match, last) = longest(from: index, startID: id, bytes, folded, tokens, &memo) {
            results.append(match)
            return last + 1
        }
        // A hyphenated word that is no term as a whole may hold terms (`praktek-praktek`).
        if !tokens[index].parts.isEmpty { matchParts(of: tokens[index], scanned, bytes, folded, into: &results) }
        return index + 1
    }

    /// The match of a word no term starts with as written (the start filter rejects it) once a
    /// suffix is cut (`prakteknya`), or nil. This is what `longest` finds from there: its first
    /// word is unknown or starts nothing (the filter passes every start word), so it stops after
    /// the suffix test, with that match if any, and the search goes on after the word. Kept out
    /// of line: the pass's loop stays small.
    @inline(never)
    private func suffixMatch(
        ofUnstarted index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>,
        _ tokens: UnsafeBufferPointer<WordToken>
    ) -> RawTermMatch? {
        let unit = tokens[index].unit
        let words = SourceWords(tokens: tokens, start: index, count: 1, single: nil)
        guard let (term, suffix) = suffixMatch(0, unit, words, bytes, folded) else { return nil }
        return RawTermMatch(source: unit.source, term: term, suffixLength: suffix)
    }

    /// The last word id looked up: the search from one word looks up the next one, which is
    /// where the scan goes on when no term starts there (with long lists, most words of a text
    /// begin some multi-word term), so every word is looked up once.
    private struct LookedUp {
        var index = -1
        var id: Int32 = -1
    }

    /// Whether the word after `index` is joined to it and continues some term (what `longest`
    /// asks before following the trie past a word).
    @inline(__always)
    private func nextContinues(
        after index: Int, _ tokens: UnsafeBufferPointer<WordToken>, _ folded: UnsafeBufferPointer<UInt8>, _ memo: inout LookedUp
    ) -> Bool {
        guard tokens[index].joinsNext, index + 1 < tokens.count else { return false }
        let next = self.id(at: index + 1, tokens, folded, &memo)
        return next >= 0 && continues[Int(next)]
    }

    /// The id of the word at `index` (-1: not in the table).
    @inline(__always)
    private func id(
        at index: Int, _ tokens: UnsafeBufferPointer<WordToken>, _ folded: UnsafeBufferPointer<UInt8>, _ memo: inout LookedUp
    ) -> Int32 {
        if memo.index == index { return memo.id }
        let id = words.lookup(folded, tokens[index].unit) ?? -1
        memo = LookedUp(index: index, id: id)
        return id
    }

    private func matchParts(
        of token: WordToken, _ scanned: ScannedWords, _ bytes: UnsafeBufferPointer<UInt8>,
        _ folded: UnsafeBufferPointer<UInt8>, into results: inout [RawTermMatch]
    ) {
        for part in scanned.parts[token.parts] {
            if let match = single(part, bytes, folded) { results.append(match) }
        }
    }

    /// Whether a term can start at a word with id `id` (-1: unknown): it starts one, or it ends
    /// with a suffix.
    @inline(__always)
    private func mayStart(_ id: Int32, _ unit: WordUnit, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if id >= 0, rootChildren[Int(id)] != 0 { return true }
        return hasSuffix(unit, folded)
    }

    /// Whether the word ends with one of the suffixes (and is longer than it).
    @inline(__always)
    private func hasSuffix(_ unit: WordUnit, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        for suffix in suffixes where unit.folded.count > suffix.count && TermIndex.endsWith(folded, unit.folded, suffix) {
            return true
        }
        return false
    }

    /// The child of `node` reached by word `id`, or nil.
    @inline(__always)
    private func child(_ node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(id)]
            return child == 0 ? nil : child
        }
        return children.child(node, id)
    }

    private func longest(
        from start: Int, startID: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>,
        _ tokens: UnsafeBufferPointer<WordToken>, _ memo: inout LookedUp
    ) -> (RawTermMatch, Int)? {
        var best: (RawTermMatch, Int)?
        var node: Int32 = 0
        var index = start
        while true {
            let unit = tokens[index].unit
            let words = SourceWords(tokens: tokens, start: start, count: index - start + 1, single: nil)
            if !suffixes.isEmpty, let (term, suffix) = suffixMatch(node, unit, words, bytes, folded) {
                best = (RawTermMatch(source: tokens[start].unit.source.lowerBound..<unit.source.upperBound,
                                     term: term, suffixLength: suffix), index)
            }
            let id = index == start ? startID : self.id(at: index, tokens, folded, &memo)
            guard id >= 0, node == 0 || continues[Int(id)], let next = child(node, id) else { break }
            node = next
            // Most nodes on a path end no term (`kota` on the way to `kota sawuk`): test that
            // inline, without the call.
            if endsTerms(node), let term = accepted(node, words, suffixLength: 0, bytes) {
                best = (RawTermMatch(source: tokens[start].unit.source.lowerBound..<unit.source.upperBound,
                                     term: term, suffixLength: 0), index)
            }
            guard tokens[index].joinsNext, index + 1 < tokens.count else { break }
            index += 1
        }
        return best
    }

    private func single(_ unit: WordUnit, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>) -> RawTermMatch? {
        let words = SourceWords(tokens: UnsafeBufferPointer(start: nil, count: 0), start: 0, count: 1, single: unit.source)
        if let id = self.words.lookup(folded, unit), let node = child(0, id),
           let term = accepted(node, words, suffixLength: 0, bytes) {
            return RawTermMatch(source: unit.source, term: term, suffixLength: 0)
        }
        if let (term, suffix) = suffixMatch(0, unit, words, bytes, folded) {
            return RawTermMatch(source: unit.source, term: term, suffixLength: suffix)
        }
        return nil
    }

    /// A term ending at `unit` once one of the suffixes is cut off it.
    private func suffixMatch(
        _ node: Int32, _ unit: WordUnit, _ words: SourceWords, _ bytes: UnsafeBufferPointer<UInt8>,
        _ folded: UnsafeBufferPointer<UInt8>
    ) -> (Int, Int)? {
        for suffix in suffixes where unit.source.count > suffix.count && unit.folded.count > suffix.count {
            guard TermIndex.endsWith(bytes, unit.source, suffix), TermIndex.endsWith(folded, unit.folded, suffix) else { continue }
            let stem = unit.folded.lowerBound..<(unit.folded.upperBound - suffix.count)
            let stemHash = WordTable.hash(folded, stem)
            // From the root, only a start word leads on: the start filter (which passes every
            // one) settles most stems without probing the table.
            if node == 0, !startFilter.mayContain(stemHash) { continue }
            if let id = self.words.lookup(folded, WordUnit(source: unit.source, folded: stem, hash: stemHash)), let next = child(node, id),
               let term = accepted(next, words, suffixLength: suffix.count, bytes) {
                return (term, suffix.count)
            }
        }
        return nil
    }

    private static func endsWith(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        let start = range.upperBound - suffix.count
        for offset in 0..<suffix.count where buffer[start + offset] | 0x20 != suffix[offset] { return false }
        return true
    }

    /// Whether any term ends at `node` (`accepted` would look at none otherwise). Unchecked
    /// reads: `node` comes from `child`, whose values are nodes below `termStarts.count - 1`
    /// (checked when a compiled list is read, and true of a list compiled here).
    @inline(__always)
    private func endsTerms(_ node: Int32) -> Bool {
        termStarts.withUnsafeBufferPointer { $0[Int(node)] != $0[Int(node) + 1] }
    }

    /// The first term ending at `node` whose case mode accepts the source words.
    private func accepted(_ node: Int32, _ words: SourceWords, suffixLength: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = words.count
        for slot in Int(termStarts[Int(node)])..<Int(termStarts[Int(node) + 1]) {
            let term = termList[slot]
            let index = Int(term)
            switch caseModes[index] {
            case .any: return index
            case .exact, .exactOrUpper:
                guard spellings.wordCount(of: index) == count else { continue }  // always equal; a cache read can't trap
                var exact = true
                var upper = caseModes[index] == .exactOrUpper
                for offset in 0..<count {
                    var source = words.source(offset)
                    if offset == count - 1 { source = source.lowerBound..<(source.upperBound - suffixLength) }
                    if exact, !TermIndex.equalsIgnoringApostrophes(bytes, source, spellings.word(offset, of: index)) { exact = false }
                    if upper, TermIndex.hasLowercase(bytes, source) { upper = false }
                }
                if exact || upper { return index }
            }
        }
        return nil
    }

    private static func equalsIgnoringApostrophes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ expected: ArraySlice<UInt8>) -> Bool {
        var position = range.lowerBound
        var index = expected.startIndex
        while position < range.upperBound {
            guard index < expected.endIndex else { return false }
            if bytes[position] == 0xE2, position + 2 < range.upperBound, bytes[position + 1] == 0x80, bytes[position + 2] == 0x99 {
                guard expected[index] == 0x27 else { return false }
                position += 3
            } else {
                guard bytes[position] == expected[index] else { return false }
                position += 1
            }
            index += 1
        }
        return index == expected.endIndex
    }

    private static func hasLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            let (scalar, length) = WordScanner.decode(bytes, position, range.upperBound)
            if scalar.properties.isLowercase { return true }
            position += length
        }
        return false
    }
}

extension TermIndex {
    /// The number of terms the index was built from.
    var termCount: Int { caseModes.count }

    /// Writes the index for `CompiledTermListCache`.
    func encode(into writer: inout BinaryWriter) {
        words.encode(into: &writer)
        writer.write(rootChildren)
        writer.write(termStarts)
        writer.write(termList)
        children.encode(into: &writer)
        spellings.encode(into: &writer)
        writer.write(caseModes.map { mode -> UInt8 in
            switch mode {
            case .any: return 0
            case .exactOrUpper: return 1
            case .exact: return 2
            }
        })
        writer.write(suffixes.count)
        for suffix in suffixes { writer.write(suffix) }
    }

    /// Reads an index `encode(into:)` wrote, checking every id and node it will index with.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        words = try WordTable(reading: &reader)
        rootChildren = try reader.readInt32s()
        termStarts = try reader.readInt32s()
        termList = try reader.readInt32s()
        let nodeCount = termStarts.count - 1
        children = try TrieEdges(reading: &reader, nodeCount: nodeCount)
        var continues = [Bool](repeating: false, count: rootChildren.count)
        var wordsInRange = true
        children.forEachWord { word in
            if word >= 0, Int(word) < continues.count { continues[Int(word)] = true } else { wordsInRange = false }
        }
        guard wordsInRange else { throw BinaryReader.Malformed() }
        self.continues = continues
        spellings = try TermSpellings(reading: &reader)
        let termCount = spellings.termCount
        guard termCount <= termList.count else { throw BinaryReader.Malformed() }
        var caseModes: [TermCaseMode] = []
        caseModes.reserveCapacity(termCount)
        for raw in try reader.readBytes() {
            switch raw {
            case 0: caseModes.append(.any)
            case 1: caseModes.append(.exactOrUpper)
            case 2: caseModes.append(.exact)
            default: throw BinaryReader.Malformed()
            }
        }
        self.caseModes = caseModes
        let suffixCount = try reader.readInt()
        guard suffixCount >= 0, suffixCount <= 1_000 else { throw BinaryReader.Malformed() }
        var suffixes: [[UInt8]] = []
        for _ in 0..<suffixCount { suffixes.append(try reader.readBytes()) }
        self.suffixes = suffixes
        suffixTails = SuffixTail.of(suffixes)
        guard nodeCount >= 1, rootChildren.count == words.count else { throw BinaryReader.Malformed() }
        let startMixed: [UInt64]
        (startFilter, startMixed) = makeStartFilter()
        identity = TermIndexIdentity(startWords: startMixed, suffixTails: suffixTails)
        guard rootChildren.count == words.count, caseModes.count == termCount,
              termStarts.first == 0, termStarts.last.map(Int.init) == termList.count,
              zip(termStarts, termStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              rootChildren.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }),
              termList.allSatisfy({ $0 >= 0 && Int($0) < termCount }),
              suffixes.allSatisfy({ !$0.isEmpty })
        else { throw BinaryReader.Malformed() }
    }
}

extension String {
    /// The string with every `’` written as `'`.
    func replacingApostrophes() -> String {
        guard utf8.contains(0xE2) else { return self }  // no `’` (E2 80 99) possible
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}

/// The source words of a candidate match: `count` tokens from `start`, or one hyphen part.
private struct SourceWords {
    var tokens: UnsafeBufferPointer<WordToken>
    var start: Int
    var count: Int
    var single: Range<Int>?

    @inline(__always)
    func source(_ offset: Int) -> Range<Int> {
        single ?? tokens[start + offset].unit.source
    }
}
