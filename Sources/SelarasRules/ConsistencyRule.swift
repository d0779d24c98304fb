import SelarasCore

/// `consistency`: a document should use one variant of each group, not several.
///
/// Params:
/// - `groups`: an array of groups; a group is an array of variants; a variant is either a
///   literal (`"Wali Kota"`, matched as words by `TermMatcher`) or an object
///   `{ label, terms?: [literal], pattern?: regex, replacement? }`. `replacement` (default
///   `label`) is what a flagged occurrence of another variant is replaced with; with a pattern it
///   may use `$1`… of the flagged occurrence's own captures, so variants of a group should share
///   their capture groups (`(\d+) persen` / `(\d+) ?%`).
/// - `ignoreCase` (default true, literals only) and `exceptions` (phrases never counted).
///
/// The variant used most is the norm (on a tie, the one used first); every occurrence of the
/// others is reported with the norm's replacement. Placeholders: `{match}`, `{expected}` (the
/// norm's label), `{count}` (how often the norm is used).
public struct ConsistencyRule: Rule {
    /// One accepted way of writing something.
    public struct Variant: Sendable {
        public var label: String
        public var terms: [String]
        public var pattern: (any Matcher)?
        public var replacement: String

        public init(label: String, terms: [String] = [], pattern: (any Matcher)? = nil, replacement: String? = nil) {
            self.label = label
            self.terms = terms
            self.pattern = pattern
            self.replacement = replacement ?? label
        }
    }

    struct Params: Decodable {
        var groups: [[VariantParams]]
        var ignoreCase: Bool?
        var exceptions: [String]?
    }

    struct VariantParams: Decodable {
        var label: String
        var terms: [String]?
        var pattern: String?
        var replacement: String?

        private enum CodingKeys: String, CodingKey { case label, terms, pattern, replacement }

        init(from decoder: any Decoder) throws {
            if let literal = try? decoder.singleValueContainer().decode(String.self) {
                label = literal
                terms = [literal]
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            label = try container.decode(String.self, forKey: .label)
            terms = try container.decodeIfPresent([String].self, forKey: .terms)
            pattern = try container.decodeIfPresent(String.self, forKey: .pattern)
            replacement = try container.decodeIfPresent(String.self, forKey: .replacement)
        }
    }

    /// A group compiled: its variants and one matcher over all their literals.
    struct Group: Sendable {
        var variants: [Variant]
        var literals: TermMatcher?
        /// Variant of each literal term of `literals`.
        var literalVariant: [Int]
    }

    public static let kind = RuleKind(
        name: "consistency",
        summary: "Groups of accepted variants that must not be mixed in one document",
        make: { metadata, params in try ConsistencyRule(metadata: metadata, params: params) })

    public let metadata: RuleMetadata
    let groups: [Group]
    let exceptions: TermMatcher?

    public init(metadata: RuleMetadata, groups: [[Variant]], exceptions: [String] = [], ignoreCase: Bool = true) throws(TermMatcherError) {
        self.metadata = metadata
        var compiled: [Group] = []
        for variants in groups {
            var terms: [String] = []
            var owners: [Int] = []
            for (index, variant) in variants.enumerated() {
                terms += variant.terms
                owners += Array(repeating: index, count: variant.terms.count)
            }
            let literals = terms.isEmpty ? nil : try TermMatcher(terms: terms, options: .init(ignoreCase: ignoreCase))
            compiled.append(Group(variants: variants, literals: literals, literalVariant: owners))
        }
        self.groups = compiled
        self.exceptions = exceptions.isEmpty ? nil : try TermMatcher(terms: exceptions, options: .init(ignoreCase: ignoreCase))
    }
}
