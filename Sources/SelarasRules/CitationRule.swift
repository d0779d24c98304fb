import SelarasCore
import SelarasRegistry
import SelarasText

/// `citation`: checks regulation citations (`CitationClaim`) for form and against the registry's
/// `regulations` table. One rule does one check, so each check has its own level and message.
///
/// Params:
/// - `check` (required): what to look at —
///   - `form`: a citation not in the full form `Jenis Nomor N Tahun YYYY tentang …` (only the first
///     mention of a regulation; later short mentions such as `UU 14/2008` are news style). The
///     suggestion uses the registry's title when the regulation is known.
///   - `year`: a citation without a year (`UU Nomor 14 tentang …`).
///   - `registered`: type, number and year not in the registry.
///   - `title`: the title written differs from the registry's (case and spaces ignored).
///   - `status`: the regulation was revoked on or before the document's date.
///   - `type`: the full type name contradicts the abbreviation in parentheses (`Peraturan Presiden (PP)`).
///   - `number`: number/year not registered, but the title names exactly one registered regulation
///     of that type (`UU No 19 Tahun 2023 tentang BUMN` → UU 19/2003).
/// - `coveredTypesOnly` (`registered` only, default true): report only types (and issuers) the
///   registry has at least one row of, so an incomplete registry does not flood drafts with warnings.
/// - `types`: restrict the rule to these type keys (`["UU", "PP"]`); default all.
///
/// Message placeholders: `{match}` (the citation as written), `{expected}` (the suggestion or
/// registered value), `{citation}` (the registry's short citation `UU 5/2014`), `{title}` (registry
/// title), `{written}` (the title or type as written), `{by}` (the revoking regulation's short
/// citation), `{byTitle}`, `{date}` (the document's date), `{abbreviation}`.
public struct CitationRule: Rule {
    public enum Check: String, Sendable, CaseIterable, Decodable {
        case form, year, registered, title, status, type, number
    }

    struct Params: Decodable {
        var check: Check
        var coveredTypesOnly: Bool?
        var types: [String]?
    }

    public static let kind = RuleKind(
        name: "citation",
        summary: "Checks regulation citations: full form, year, type abbreviation, and number/title/status against the registry",
        needsClaims: true,
        make: { metadata, params in try CitationRule(metadata: metadata, params: params) })

    public let metadata: RuleMetadata
    public let check: Check
    public let coveredTypesOnly: Bool
    /// Type keys the rule is limited to; nil for all.
    public let types: Set<String>?

    public init(metadata: RuleMetadata, check: Check, coveredTypesOnly: Bool = true, types: Set<String>? = nil) {
        self.metadata = metadata
        self.check = check
        self.coveredTypesOnly = coveredTypesOnly
        self.types = types
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        if decoded.coveredTypesOnly != nil, decoded.check != .registered {
            throw params.error("`coveredTypesOnly` applies to `check: \"registered\"` only", keyPath: "params.coveredTypesOnly",
                               hint: "remove it")
        }
        var types: Set<String>?
        if let list = decoded.types {
            var keys: Set<String> = []
            for (index, name) in list.enumerated() {
                guard let type = SelarasText.RegulationType(rawValue: name.uppercased()) else {
                    let known = SelarasText.RegulationType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw params.error("unknown regulation type '\(name)'", keyPath: "params.types[\(index)]", hint: "use one of: \(known)")
                }
                keys.insert(type.rawValue)
            }
            types = keys
        }
        self.init(metadata: metadata, check: decoded.check, coveredTypesOnly: decoded.coveredTypesOnly ?? true, types: types)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let citations = Self.separatingTitles(context.claims.citations, in: context.document.text)
        var findings: [Finding] = []
        var seen: Set<String> = []
        for (index, claim) in citations.enumerated() {
            let nested = citations.indices.contains { other in
                other != index && citations[other].titleSpan.map { $0.contains(claim.span) } == true
            }
            let firstMention = seen.insert(claim.identity).inserted
            guard types.map({ $0.contains(claim.type.rawValue) }) ?? true else { continue }
            let input = CitationCheckInput(claim: claim, context: context, nested: nested, firstMention: firstMention)
            if let finding = run(input) { findings.append(finding) }
        }
        return findings
    }

    private func run(_ input: CitationCheckInput) -> Finding? {
        switch check {
        case .form: return checkForm(input)
        case .year: return checkYear(input)
        case .type: return checkType(input)
        case .registered, .title, .status, .number:
            guard let registry = input.context.registry else { return nil }
            let lookup = CitationLookup(registry: registry)
            switch check {
            case .registered: return checkRegistered(input, lookup)
            case .title: return checkTitle(input, lookup)
            case .status: return checkStatus(input, lookup)
            default: return checkNumber(input, lookup)
            }
        }
    }

    /// Cuts a title where the next citation begins after `dan`, `serta`, `atau` or a comma
    /// (`… tentang BUMN dan Peraturan Presiden …`): the title reader runs over capitalised words,
    /// so it reads the next citation's type as part of the title. A citation inside a title after
    /// other words (`Perubahan atas Undang-Undang …`) is part of that title and stays.
    static func separatingTitles(_ citations: [CitationClaim], in text: SourceText) -> [CitationClaim] {
        var result = citations
        for index in result.indices {
            guard let titleSpan = result[index].titleSpan else { continue }
            guard let next = citations.first(where: { titleSpan.start < $0.span.start && $0.span.start < titleSpan.end }) else { continue }
            let before = text.text(Span(start: titleSpan.start, end: next.span.start))
            var words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let last = words.last, ["dan", "serta", "atau"].contains(last.lowercased()) || last.hasSuffix(",") else { continue }
            if ["dan", "serta", "atau"].contains(last.lowercased()) { words.removeLast() }
            var title = words.joined(separator: " ")
            while title.hasSuffix(",") { title.removeLast() }
            guard !title.isEmpty, before.hasPrefix(title) else { continue }
            let start = titleSpan.start
            let span = Span(start: start, end: start + title.utf8.count)
            result[index].title = title
            result[index].titleSpan = span
            result[index].span = Span(start: result[index].span.start, end: span.end)
        }
        return result
    }

    func render(_ values: [String: String]) -> String {
        metadata.renderMessage(values)
    }
}

/// One citation with what the checks need to know around it.
struct CitationCheckInput {
    var claim: CitationClaim
    var context: RuleContext
    /// Inside another citation's title (`… tentang Perubahan atas Undang-Undang Nomor 19 Tahun 2003 …`).
    var nested: Bool
    /// The first citation of this regulation in the document.
    var firstMention: Bool

    var text: SourceText { context.document.text }
    var written: String { text.text(citationSpan) }
    /// The citation without its article locator: what a full-form suggestion replaces.
    var citationSpan: Span { Span(start: claim.typeSpan.start, end: claim.span.end) }
    var sentence: String { text.text(claim.sentence) }
}
