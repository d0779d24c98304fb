/// One match of a `Matcher`: the whole match and its capture groups (nil when a group did not take part).
public struct MatchResult: Sendable, Hashable {
    public var span: Span
    public var captures: [Span?]

    public init(span: Span, captures: [Span?] = []) {
        self.span = span
        self.captures = captures
    }
}

/// Options a rule may ask of a regex.
public struct MatcherOptions: Sendable, Hashable {
    public var caseInsensitive: Bool

    public init(caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
    }
}

/// Why a regex could not be compiled or run.
public enum MatcherError: Error, Sendable, Hashable {
    /// The pattern does not compile; `offset` is the 0-based byte offset in the pattern.
    case compile(message: String, offset: Int)
    /// Matching gave up: too much backtracking, too deep, or out of memory. Never a hang.
    case limitExceeded(message: String)
}

/// A compiled regular expression over UTF-8 bytes.
///
/// The engine sits behind this protocol (as in ripgrep) so only the composition root knows it
/// is PCRE2; rules and tests see `Matcher`.
public protocol Matcher: Sendable {
    var pattern: String { get }
    /// All non-overlapping matches inside `range` of `text`, in order.
    func matches(in text: SourceText, range: Range<Int>) throws(MatcherError) -> [MatchResult]
}

extension Matcher {
    /// All matches in the whole text.
    public func matches(in text: SourceText) throws(MatcherError) -> [MatchResult] {
        try matches(in: text, range: 0..<text.count)
    }
}

/// Compiles patterns into `Matcher`s.
public protocol MatcherFactory: Sendable {
    func compile(_ pattern: String, options: MatcherOptions) throws(MatcherError) -> any Matcher
}
