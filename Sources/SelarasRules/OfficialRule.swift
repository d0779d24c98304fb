import SelarasCore
import SelarasRegistry
import SelarasText

/// `official`: an official named with a position is checked against the registry's `officials`
/// as of the document's reference date. Each rule runs one check, so each has its own level.
///
/// Params:
/// - `check` (required): `holder` — the registry gives the position to someone else on that date
///   (the name must match a registered person exactly or as a registered variant);
///   `spelling` — a registered name misspelt (within the extractor's edit budget) for a position
///   the person holds or held; `acting` — acting marker (Plt./Plh./Pj./Pjs.) missing, wrong or
///   superfluous; `tenure` — the person held the position before the date, no longer.
/// - `historicalWords` (optional): words that, right before a mention, make it historical and
///   never judged; replaces the built-in list (`mantan`, `eks`, `almarhum`, `calon` …).
///
/// Mentions are judged only when the person and the position both resolve unambiguously; a
/// sentence naming a year other than the reference date's is historical and skipped.
/// Placeholders: `{match}`, `{expected}` (the fix or the right name), `{name}` (registered name
/// with front titles), `{position}` (registry position, with marker for `holder`), `{holder}`,
/// `{date}` (`20 November 2024`), `{roleName}` (`Pelaksana Harian (Plh.)`, `pejabat definitif`),
/// `{until}` (last day of the ended term), `{current}` (`; pada … menjabat …` or empty).
public struct OfficialRule: Rule {
    /// What one `official` rule checks.
    public enum Check: String, Sendable, CaseIterable {
        case holder, spelling, acting, tenure
    }

    struct Params: Decodable {
        var check: String
        var historicalWords: [String]?
    }

    public static let kind = RuleKind(
        name: "official",
        summary: "Officials named with a position: holder on the date, spelling, acting marker, ended terms (registry)",
        needsClaims: true,
        make: { metadata, params in try OfficialRule(metadata: metadata, params: params) })

    /// Words before a mention that make it historical or hypothetical.
    public static let defaultHistoricalWords: Set<String> = [
        "mantan", "eks", "bekas", "almarhum", "almarhumah", "alm.", "almh.", "calon", "cagub", "cawagub", "pensiunan",
        "purnawirawan", "sebelumnya", "dulu", "dahulu", "kala", "ketika", "semasa", "era", "zaman", "masa", "bakal",
        "bukan", "bukanlah", "menjadi", "dilantik", "melantik", "pelantikan", "terpilih",
    ]

    public let metadata: RuleMetadata
    public let check: Check
    let historicalWords: Set<String>

    public init(metadata: RuleMetadata, check: Check, historicalWords: Set<String> = OfficialRule.defaultHistoricalWords) {
        self.metadata = metadata
        self.check = check
        self.historicalWords = historicalWords
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        guard let check = Check(rawValue: decoded.check) else {
            throw params.error("unknown check '\(decoded.check)'", keyPath: "params.check",
                               hint: "use one of: " + Check.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let words = decoded.historicalWords.map { Set($0.map { $0.lowercased() }) } ?? Self.defaultHistoricalWords
        self.init(metadata: metadata, check: check, historicalWords: words)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let registry = context.registry, !context.claims.officials.isEmpty else { return [] }
        let date = context.referenceDate
        let words = SentenceWords(context.document.text, claims: context.claims)
        var findings: [Finding] = []
        for claim in context.claims.officials {
            guard let resolved = OfficialResolution.resolve(claim, in: registry, at: date),
                  !isHistorical(claim, words: words, date: date) else { continue }
            if let finding = judge(claim, resolved, registry: registry, date: date, text: context.document.text) {
                findings.append(finding)
            }
        }
        return findings
    }

    /// A mention after `mantan`, `calon` …, or in a sentence naming another year.
    func isHistorical(_ claim: OfficialClaim, words: SentenceWords, date: LocalDate) -> Bool {
        let before = words.tokens(before: claim.span.start, limit: 2)
        if before.contains(where: { historicalWords.contains($0.lower) }) { return true }
        return words.years(inSentenceOf: claim.span.start).contains { $0 != date.year }
    }
}
