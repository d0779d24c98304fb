import SelarasCore

/// `existence`: flags listed words and phrases, or every match of a regex.
///
/// Params — either terms or a pattern:
/// - `terms: ["tapi", "bikin"]` and/or `table` (CSV/TSV with column `istilah` or `term`), matched
///   by `TermMatcher` (`ignoreCase` default true, `suffixes`);
/// - `pattern`: a PCRE2 regex (`ignoreCase` default false); the finding covers the whole match,
///   or capture group `spanGroup` when given (a `\K` in the pattern also moves the start).
/// - `suggestion` (optional): for a pattern, a template with `$0`–`$9` (`"Rp$1"`); for terms, the
///   text to write instead (mirrored to the match's case).
/// - `exceptions`: phrases inside which nothing is reported.
/// Message placeholders: `{match}`, `{expected}` (the suggestion, empty when none).
public struct ExistenceRule: Rule {
    struct Params: Decodable {
        var terms: [String]?
        var table: String?
        var pattern: String?
        var spanGroup: Int?
        var ignoreCase: Bool?
        var suggestion: String?
        var exceptions: [String]?
        var suffixes: [String]?
    }

    /// What the rule looks for.
    public enum Target: Sendable {
        case terms(TermMatcher)
        case pattern(any Matcher, spanGroup: Int)
    }

    public static let kind = RuleKind(
        name: "existence",
        summary: "Flags listed words/phrases or matches of a regex, with an optional fix template",
        make: { metadata, params in try ExistenceRule(metadata: metadata, params: params) })

    public let metadata: RuleMetadata
    public let target: Target
    public let suggestion: String?
    /// Phrases inside which a regex match is not reported (terms carry their own).
    private let exceptions: TermMatcher?

    public init(metadata: RuleMetadata, target: Target, suggestion: String? = nil, exceptions: TermMatcher? = nil) {
        self.metadata = metadata
        self.target = target
        self.suggestion = suggestion
        self.exceptions = exceptions
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        let exceptionList = decoded.exceptions ?? []
        if let pattern = decoded.pattern {
            guard decoded.terms == nil, decoded.table == nil, decoded.suffixes == nil else {
                throw params.error("`pattern` cannot be combined with `terms`, `table` or `suffixes`", keyPath: "params.pattern",
                                   hint: "split the rule in two: one with a pattern, one with terms")
            }
            let matcher = try params.regex(pattern, options: MatcherOptions(caseInsensitive: decoded.ignoreCase ?? false),
                                           keyPath: "params.pattern")
            let spanGroup = decoded.spanGroup ?? 0
            guard spanGroup >= 0, spanGroup <= 9 else {
                throw params.error("spanGroup must be 0–9", keyPath: "params.spanGroup", hint: "0 flags the whole match")
            }
            var exceptions: TermMatcher?
            if !exceptionList.isEmpty {
                do {
                    exceptions = try TermMatcher(terms: exceptionList)
                } catch {
                    let fixed: TermMatcherError
                    if case let .invalidTerm(index, term, reason) = error { fixed = .invalidException(index: index, phrase: term, reason: reason) } else { fixed = error }
                    throw TermListError.located(fixed, origins: [], exceptionsKey: "params.exceptions", suffixesKey: "params.suffixes", params: params)
                }
            }
            self.init(metadata: metadata, target: .pattern(matcher, spanGroup: spanGroup), suggestion: decoded.suggestion,
                      exceptions: exceptions)
            return
        }
        if decoded.spanGroup != nil {
            throw params.error("`spanGroup` needs a `pattern`", keyPath: "params.spanGroup", hint: "remove it")
        }
        var terms: [String] = []
        var origins: [TermListError.Origin] = []
        for (index, term) in (decoded.terms ?? []).enumerated() {
            terms.append(term)
            origins.append(.key("params.terms[\(index)]"))
        }
        if let path = decoded.table {
            let table = try params.table(at: path, keyPath: "params.table")
            guard let column = table.column("istilah") ?? table.column("term") else {
                throw SelarasError(.pack, "table has no column 'istilah'", path: table.path, line: table.headerLine,
                                   hint: "name the column of terms 'istilah' or 'term'")
            }
            for row in table.rows where column < row.fields.count && !row.fields[column].trimmingSpaces().isEmpty {
                terms.append(row.fields[column].trimmingSpaces())
                origins.append(.row(table: table, line: row.line))
            }
        }
        guard !terms.isEmpty else {
            throw params.error("nothing to look for", keyPath: "params", hint: "give `terms`, a `table` or a `pattern`")
        }
        let options = TermMatcher.Options(ignoreCase: decoded.ignoreCase ?? true, suffixes: decoded.suffixes ?? [])
        do {
            let matcher = try TermMatcher(terms: terms, exceptions: exceptionList, options: options)
            self.init(metadata: metadata, target: .terms(matcher), suggestion: decoded.suggestion)
        } catch {
            throw TermListError.located(error, origins: origins, exceptionsKey: "params.exceptions",
                                        suffixesKey: "params.suffixes", params: params)
        }
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let text = context.document.text
        switch target {
        case let .terms(matcher):
            return matcher.matches(in: text).map { match in
                report(span: match.span, suggestion: suggestion.map { match.suggestion($0) }, in: text)
            }
        case let .pattern(matcher, spanGroup):
            let blocked = exceptions?.matches(in: text).map(\.span) ?? []
            return try matcher.matches(in: text).compactMap { match in
                var span = match.span
                if spanGroup > 0 {
                    guard spanGroup - 1 < match.captures.count, let group = match.captures[spanGroup - 1] else { return nil }
                    span = group
                }
                guard !span.isEmpty, !blocked.contains(where: { $0.overlaps(span) }) else { return nil }
                let fix = suggestion.map { ReplacementTemplate($0).expand(match, in: text) }
                return report(span: span, suggestion: fix, in: text)
            }
        }
    }

    private func report(span: Span, suggestion: String?, in text: SourceText) -> Finding {
        let found = text.text(span)
        let fix = suggestion == found ? nil : suggestion
        let message = metadata.renderMessage(["match": found, "expected": fix ?? ""])
        return finding(span: span, message: message, suggestions: fix.map { [$0] } ?? [])
    }
}
