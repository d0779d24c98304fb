import SelarasCore

/// `substitution`: a non-standard word or phrase and the form to write instead.
///
/// Params (all optional, but `terms` or `table` must give at least one pair):
/// - `terms`: `[{ from: "praktek" | ["gak", "nggak"], to: "praktik" | ["a", "b"], note?, level? }]`
/// - `table`: a CSV/TSV beside the rule with columns `tidak_baku` (or `from`), `baku` (or `to`;
///   several replacements separated by `|`), optional `catatan` (`note`), `level` (`tingkat`) and
///   `kelompok` (`group`).
/// - `group`: only table rows whose `kelompok` equals this value (one table, several rules).
/// - `ignoreCase` (default true), `exceptions` (phrases in which nothing is reported),
///   `suffixes` (e.g. `["nya"]`: `prakteknya` → `praktiknya`).
/// Message placeholders: `{match}`, `{expected}` (first replacement), `{note}`.
public struct SubstitutionRule: Rule {
    /// One wrong form and what to write instead.
    public struct Pair: Sendable, Hashable {
        public var from: String
        public var to: [String]
        public var note: String
        /// A row's own level, lower than the rule's for context-sensitive rows.
        public var level: Severity?

        public init(from: String, to: [String], note: String = "", level: Severity? = nil) {
            self.from = from
            self.to = to
            self.note = note
            self.level = level
        }
    }

    struct Params: Decodable {
        struct InlinePair: Decodable {
            var from: StringList
            var to: StringList
            var note: String?
            var level: String?
        }
        var terms: [InlinePair]?
        var table: String?
        var group: String?
        var ignoreCase: Bool?
        var exceptions: [String]?
        var suffixes: [String]?
    }

    public static let kind = RuleKind(
        name: "substitution",
        summary: "Non-standard word or phrase → standard form (inline pairs or a TSV/CSV table)",
        make: { metadata, params in try SubstitutionRule(metadata: metadata, params: params) })

    public let metadata: RuleMetadata
    /// The pairs, packed; `pair(_:)` decodes one.
    let packedPairs: SubstitutionPairs
    private let matcher: TermMatcher
    var matcherForCache: TermMatcher { matcher }

    /// Pair `index` (the pair of the matcher's term `index`).
    public func pair(_ index: Int) -> Pair {
        packedPairs.pair(index, from: matcher.term(index))
    }

    /// Every pair (decodes them all: use `pair(_:)` for one).
    public var pairs: [Pair] {
        (0..<packedPairs.count).map(pair)
    }

    public init(metadata: RuleMetadata, pairs: [Pair], exceptions: [String] = [],
                options: TermMatcher.Options = TermMatcher.Options()) throws(TermMatcherError) {
        self.metadata = metadata
        self.packedPairs = SubstitutionPairs(pairs)
        self.matcher = try TermMatcher(terms: pairs.map(\.from), exceptions: exceptions, options: options)
    }

    private init(metadata: RuleMetadata, pairs: SubstitutionPairs, matcher: TermMatcher) {
        self.metadata = metadata
        self.packedPairs = pairs
        self.matcher = matcher
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        // A table-backed list is compiled once and then read from the cache (see
        // `CompiledTermListCache`); inline lists are small and compiled every time.
        var cacheKey: [UInt8]?
        if let cache = params.termListCache, let table = decoded.table {
            let key = SubstitutionRule.cacheKey(decoded, tableBytes: try params.fileBytes(at: table, keyPath: "params.table"))
            if let payload = cache.load(key: key), let (pairs, matcher) = try? SubstitutionRule.decodeCompiled(payload) {
                self.init(metadata: metadata, pairs: pairs, matcher: matcher)
                return
            }
            cacheKey = key
        }
        try self.init(metadata: metadata, params: params, decoded: decoded)
        if let cache = params.termListCache, let cacheKey { cache.store(key: cacheKey, payload: encodeCompiled()) }
    }

    /// Compiles the pairs of `decoded`, locating every error in the rule file or table.
    private init(metadata: RuleMetadata, params: any RuleParameters, decoded: Params) throws {
        var pairs: [Pair] = []
        var origins: [TermListError.Origin] = []
        for (index, inline) in (decoded.terms ?? []).enumerated() {
            let key = "params.terms[\(index)]"
            let level = try SubstitutionRule.level(inline.level) {
                params.error("unknown level '\(inline.level ?? "")'", keyPath: "\(key).level", hint: "use error, warning or suggestion")
            }
            let targets = inline.to.values.filter { !$0.trimmingSpaces().isEmpty }
            guard !targets.isEmpty else {
                throw params.error("pair has no replacement", keyPath: "\(key).to", hint: "give the standard form in `to`")
            }
            for from in inline.from.values {
                pairs.append(Pair(from: from, to: targets, note: inline.note ?? "", level: level))
                origins.append(.key("\(key).from"))
            }
        }
        if let path = decoded.table {
            let table = try params.table(at: path, keyPath: "params.table")
            for (pair, line) in try SubstitutionRule.pairs(in: table, group: decoded.group, params: params) {
                pairs.append(pair)
                origins.append(.row(table: table, line: line))
            }
        } else if decoded.group != nil {
            throw params.error("`group` needs a `table`", keyPath: "params.group", hint: "remove `group` or add `table`")
        }
        guard !pairs.isEmpty else {
            throw params.error("no pairs to check", keyPath: "params",
                               hint: "give `terms: [{from, to}]` or a `table` with tidak_baku and baku columns")
        }
        let options = TermMatcher.Options(ignoreCase: decoded.ignoreCase ?? true, suffixes: decoded.suffixes ?? [])
        do {
            try self.init(metadata: metadata, pairs: pairs, exceptions: decoded.exceptions ?? [], options: options)
        } catch {
            throw TermListError.located(error, origins: origins, exceptionsKey: "params.exceptions",
                                        suffixesKey: "params.suffixes", params: params)
        }
    }

    /// True when `span` lies in a Markdown heading most of whose words start with a capital.
    static func isTitleCaseHeading(around span: Span, in document: Document) -> Bool {
        guard let heading = document.headings.first(where: { $0.overlaps(span) }) else { return false }
        let words = document.source.text(heading).split(whereSeparator: { $0 == " " || $0 == "#" })
            .compactMap { $0.first(where: \.isLetter) }
        guard words.count >= 3 else { return false }
        return Double(words.filter(\.isUppercase).count) >= 0.7 * Double(words.count)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let text = context.document.text
        return matcher.matches(in: text).compactMap { match in
            let pair = pair(match.term)
            let found = text.text(match.span)
            var suggestions = pair.to.map { match.suggestion($0) }.filter { $0 != found }
            // In a title-case heading (`Pemprov Perkuat Kerjasama`) a split word keeps the
            // heading's style: `Kerja Sama`, not `Kerja sama`.
            if match.shape == .capitalized, SubstitutionRule.isTitleCaseHeading(around: match.span, in: context.document) {
                suggestions = pair.to.map { CaseShape.title.apply(to: $0) + match.suffix }.filter { $0 != found }
            }
            guard let expected = suggestions.first else { return nil }
            let message = metadata.renderMessage(["match": found, "expected": expected, "note": pair.note])
            var result = finding(span: match.span, message: message, suggestions: suggestions,
                                 notes: pair.note.isEmpty ? [] : [pair.note])
            if let level = pair.level { result.severity = level }
            return result
        }
    }

    static func level(_ text: String?, orThrow error: () -> SelarasError) throws -> Severity? {
        guard let text, !text.trimmingSpaces().isEmpty else { return nil }
        guard let level = Severity(parsing: text.trimmingSpaces()) else { throw error() }
        return level
    }
}
