import SelarasCore

/// What a rule kind gets from the pack loader to build a rule from its `params`.
///
/// Implemented by the pack loader; every error it throws is a `SelarasError` that names the
/// rule file, line and column of the offending key or value.
public protocol RuleParameters {
    /// Decodes the rule's `params` object. Unknown keys are errors, so a typo cannot silently
    /// disable part of a rule.
    func decode<T: Decodable>(_ type: T.Type) throws -> T
    /// Reads a CSV/TSV table at `relativePath` inside the pack directory; `keyPath` (e.g.
    /// `params.table`) locates the reference for errors. Paths leaving the pack are refused.
    func table(at relativePath: String, keyPath: String) throws -> DelimitedTable
    /// Compiles a regex; a pattern that does not compile is reported at the position inside the
    /// pattern, in the rule file, under `keyPath`.
    func regex(_ pattern: String, options: MatcherOptions, keyPath: String) throws -> any Matcher
    /// An error about `keyPath` of the params (e.g. `params.terms[3]`), located in the rule file.
    func error(_ message: String, keyPath: String, hint: String?) -> SelarasError
    /// The bytes of a file inside the pack directory (what `table(at:keyPath:)` would parse),
    /// for keys of the compiled-term-list cache.
    func fileBytes(at relativePath: String, keyPath: String) throws -> [UInt8]
    /// Where compiled term lists may be kept between runs; nil compiles every time.
    var termListCache: CompiledTermListCache? { get }
}

extension RuleParameters {
    public var termListCache: CompiledTermListCache? { nil }

    public func fileBytes(at relativePath: String, keyPath: String) throws -> [UInt8] {
        throw error("this loader cannot read '\(relativePath)' as bytes", keyPath: keyPath, hint: nil)
    }
}

/// One rule kind: a name used in pack files and how to build a rule of it.
public struct RuleKind: Sendable {
    public var name: String
    /// One line for `selaras rules` and the docs.
    public var summary: String
    /// Whether rules of this kind read claims (then the engine extracts them).
    public var needsClaims: Bool
    public var make: @Sendable (RuleMetadata, any RuleParameters) throws -> any Rule

    public init(
        name: String, summary: String, needsClaims: Bool = false,
        make: @escaping @Sendable (RuleMetadata, any RuleParameters) throws -> any Rule
    ) {
        self.name = name
        self.summary = summary
        self.needsClaims = needsClaims
        self.make = make
    }
}
