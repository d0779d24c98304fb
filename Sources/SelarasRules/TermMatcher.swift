import SelarasCore

/// Why a term list could not be compiled. Rule kinds turn it into a located `SelarasError`.
public enum TermMatcherError: Error, Sendable, Hashable {
    /// Term `index` of the list cannot match anything as written.
    case invalidTerm(index: Int, term: String, reason: String)
    /// Exception phrase `index` cannot match anything as written.
    case invalidException(index: Int, phrase: String, reason: String)
    /// Suffixes must be ASCII letters (`nya`, `lah`, `kah`, `pun`).
    case invalidSuffix(String)
}

/// Finds whole words and phrases from a list of terms, at a cost that does not grow with the
/// number of terms.
///
/// The text is read as UTF-8 bytes and cut into words (see `WordScanner`: `Jum’at`,
/// `antar-instansi` and `program-program` are one word each). Each word is case-folded and
/// looked up in a hash table of the terms' words; a multi-word term continues across any
/// whitespace (spaces, tabs, NBSP, one line break) but not across punctuation or a blank line.
///
/// - Longest match wins, matches never overlap, and a hyphenated word that is a term is not
///   matched again by its parts (`antar-instansi`); one that is no term is searched part by part.
/// - With `ignoreCase` (the default) a term written in lower case matches any case; a term with a
///   capital (`Nopember`, `Wali Kota`) matches only as written or in all capitals. Without it,
///   every term matches only as written. `’` and `'` are the same letter everywhere.
/// - `suffixes` (`nya`, `lah`, …) may follow the last word of a term: `prakteknya` matches
///   `praktek`, and `Match.suggestion(_:)` re-attaches the suffix (`praktiknya`).
/// - A match overlapping a match of an exception phrase is dropped (`Daerah Khusus Ibukota
///   Jakarta` keeps `Ibukota` from being reported).
public struct TermMatcher: Sendable {
    public struct Options: Sendable, Hashable {
        public var ignoreCase: Bool
        public var suffixes: [String]

        public init(ignoreCase: Bool = true, suffixes: [String] = []) {
            self.ignoreCase = ignoreCase
            self.suffixes = suffixes
        }
    }

    /// One occurrence of a term.
    public struct Match: Sendable, Hashable {
        /// The whole flagged word(s), a suffix included.
        public var span: Span
        /// Index of the term in the list the matcher was built from.
        public var term: Int
        /// The suffix as written in the text (`nya`, `NYA`), empty when there is none.
        public var suffix: String
        /// How the matched text is capitalised; `.lower` (use the replacement as written) when it is
        /// capitalised like the term itself, so `SKPD` for the term `SKPD` does not upper-case its fix.
        public var shape: CaseShape

        /// `replacement` written the way the match is capitalised, with the match's suffix.
        public func suggestion(_ replacement: String) -> String {
            shape.apply(to: replacement) + (shape == .upper ? suffix.uppercased() : suffix)
        }
    }

    /// The terms as given, packed (see `PackedStrings`): `term(_:)` reads one.
    private let termTexts: PackedStrings
    public let options: Options
    private let index: TermIndex
    private let termShapes: [CaseShape]
    private let exceptions: TermIndex?
    /// The lists of `index` and `exceptions` that can visit candidate words only (see `ScanCache`).
    private let candidateLists: [TermIndexIdentity]

    public init(terms: [String], exceptions: [String] = [], options: Options = Options()) throws(TermMatcherError) {
        self.termTexts = PackedStrings(terms)
        self.options = options
        self.termShapes = terms.map(CaseShape.of)
        self.index = try TermIndex(terms: terms, ignoreCase: options.ignoreCase, suffixes: options.suffixes)
        if exceptions.isEmpty {
            self.exceptions = nil
        } else {
            do {
                self.exceptions = try TermIndex(terms: exceptions, ignoreCase: options.ignoreCase, suffixes: [])
            } catch {
                if case let .invalidTerm(index, phrase, reason) = error {
                    throw .invalidException(index: index, phrase: phrase, reason: reason)
                }
                throw error
            }
        }
        candidateLists = [index.candidateIdentity, self.exceptions?.candidateIdentity].compactMap { $0 }
    }

    /// The number of terms.
    public var termCount: Int { termTexts.count }

    /// Term `index` as given.
    public func term(_ index: Int) -> String {
        termTexts.string(index)
    }

    /// Every term as given (decodes them all: use `term(_:)` for one).
    public var terms: [String] {
        (0..<termTexts.count).map(termTexts.string)
    }

    /// All matches in `range` (default: the whole text), in text order.
    public func matches(in text: SourceText, range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<text.count
        return text.bytes.withUnsafeBufferPointer { bytes -> [Match] in
            let scanned = ScanCache.words(of: text, range: range, bytes, for: candidateLists)
            let raw = index.matches(bytes, scanned)
            guard !raw.isEmpty else { return [] }
            let blocked = exceptions?.matches(bytes, scanned).map(\.source) ?? []
            var results: [Match] = []
            var blockIndex = 0
            for match in raw {
                while blockIndex < blocked.count, blocked[blockIndex].upperBound <= match.source.lowerBound { blockIndex += 1 }
                if blockIndex < blocked.count, blocked[blockIndex].overlaps(match.source) { continue }
                let suffixStart = match.source.upperBound - match.suffixLength
                let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.source.lowerBound..<suffixStart]), as: UTF8.self)
                let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[suffixStart..<match.source.upperBound]), as: UTF8.self)
                let shape = CaseShape.of(stem)
                results.append(Match(span: Span(match.source), term: match.term, suffix: suffix,
                                     shape: shape == termShapes[match.term] ? .lower : shape))
            }
            return results
        }
    }
}

extension TermMatcher {
    /// Writes the compiled matcher for `CompiledTermListCache`.
    func encode(into writer: inout BinaryWriter) {
        termTexts.encode(into: &writer)
        writer.write(options.ignoreCase)
        writer.write(options.suffixes)
        writer.write(termShapes.map { UInt8(CaseShape.allCases.firstIndex(of: $0) ?? 0) })
        index.encode(into: &writer)
        writer.write(exceptions != nil)
        exceptions?.encode(into: &writer)
    }

    /// Reads a matcher `encode(into:)` wrote.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        termTexts = try PackedStrings(reading: &reader)
        options = Options(ignoreCase: try reader.readBool(), suffixes: try reader.readStrings())
        let rawShapes = try reader.readBytes()
        guard rawShapes.allSatisfy({ CaseShape.allCases.indices.contains(Int($0)) }) else { throw BinaryReader.Malformed() }
        let shapes = rawShapes.map { CaseShape.allCases[Int($0)] }
        termShapes = shapes
        index = try TermIndex(reading: &reader)
        exceptions = try reader.readBool() ? try TermIndex(reading: &reader) : nil
        candidateLists = [index.candidateIdentity, exceptions?.candidateIdentity].compactMap { $0 }
        guard termShapes.count == termTexts.count, index.termCount == termTexts.count else { throw BinaryReader.Malformed() }
    }
}
