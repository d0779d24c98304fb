import SelarasCore
import SelarasRegistry
import SelarasText

/// `agency`: agency names (`AgencyClaim`) checked against the registry's `agencies` table on the
/// document's date (`RuleContext.referenceDate`).
///
/// Params:
/// - `check` (required):
///   - `renamed`: a registered name or short form that is not valid on the document's date and
///     has a successor that is (`Kementerian Komunikasi dan Informatika` in a 2025 draft → `Kementerian
///     Komunikasi dan Digital`), or a name not yet in use whose predecessor is. A name valid on the
///     document's date is never flagged, so drafts dated before a rename keep the old name.
///   - `spelling`: a near miss of a registered name (`Kementrian Kesehatan`, `Kementrian Komunikasi
///     dan Informasi`) → the registered name valid on the document's date.
/// - `pastMarkers` (default: `dulu`, `sebelumnya`, `kini`, `berganti nama` …): a sentence holding one
///   of these, or a year up to the old name's last year, talks about the past; `renamed` stays quiet
///   there and `spelling` suggests the name of that time.
/// - `shortForms` (`renamed`, default true): also flag outdated short forms (`Kominfo` → `Komdigi`).
/// - `maxDistance` (`spelling`, default 1.0): the largest word-level distance of a near miss (0.5
///   per misspelt word, see `AgencyClaim.distance`).
///
/// Message placeholders: `{match}` (as written), `{expected}` (the suggestion), `{name}` (official
/// name valid on the date), `{old}` (the registered name matched), `{since}` (first day of the valid
/// name), `{date}` (the document's date).
public struct AgencyRule: Rule {
    public enum Check: String, Sendable, CaseIterable, Decodable {
        case renamed, spelling
    }

    struct Params: Decodable {
        var check: Check
        var pastMarkers: [String]?
        var shortForms: Bool?
        var maxDistance: Double?
    }

    public static let kind = RuleKind(
        name: "agency",
        summary: "Flags agency names that are outdated or misspelt on the document's date, using the registry",
        needsClaims: true,
        make: { metadata, params in try AgencyRule(metadata: metadata, params: params) })

    public let metadata: RuleMetadata
    public let check: Check
    public let pastMarkers: SentenceMarkers
    public let flagsShortForms: Bool
    public let maxDistance: Double

    public init(metadata: RuleMetadata, check: Check, pastMarkers: [String] = SentenceMarkers.pastDefaults,
                flagsShortForms: Bool = true, maxDistance: Double = 1.0) {
        self.metadata = metadata
        self.check = check
        self.pastMarkers = SentenceMarkers(pastMarkers)
        self.flagsShortForms = flagsShortForms
        self.maxDistance = maxDistance
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        if decoded.shortForms != nil, decoded.check != .renamed {
            throw params.error("`shortForms` applies to `check: \"renamed\"` only", keyPath: "params.shortForms", hint: "remove it")
        }
        if let distance = decoded.maxDistance {
            guard decoded.check == .spelling else {
                throw params.error("`maxDistance` applies to `check: \"spelling\"` only", keyPath: "params.maxDistance", hint: "remove it")
            }
            guard distance >= 0.5, distance <= 1.5 else {
                throw params.error("maxDistance must be 0.5–1.5", keyPath: "params.maxDistance", hint: "1.0 allows two misspelt words")
            }
        }
        self.init(metadata: metadata, check: decoded.check, pastMarkers: decoded.pastMarkers ?? SentenceMarkers.pastDefaults,
                  flagsShortForms: decoded.shortForms ?? true, maxDistance: decoded.maxDistance ?? 1.0)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let registry = context.registry else { return [] }
        return context.claims.agencies.compactMap { claim in
            switch check {
            case .renamed: return claim.kind == .nearMiss ? nil : renamed(claim, registry, context)
            case .spelling: return claim.kind == .nearMiss ? spelling(claim, registry, context) : nil
            }
        }
    }

    /// Whether the sentence talks about the time of `record`: a marker word, or a year not after its
    /// last year (years inside regulation citations, `Nomor 27 Tahun 2022`, do not count).
    func talksAboutPast(_ claim: AgencyClaim, until lastDay: LocalDate?, in context: RuleContext) -> Bool {
        let text = context.document.text
        let sentence = text.text(claim.sentence)
        if pastMarkers.occurs(in: sentence) { return true }
        guard let lastDay else { return false }
        var pieces: [String] = []
        var start = claim.sentence.start
        for citation in context.claims.citations where claim.sentence.contains(citation.span) && citation.span.start >= start {
            pieces.append(text.text(Span(start: start, end: citation.span.start)))
            start = citation.span.end
        }
        pieces.append(text.text(Span(start: start, end: claim.sentence.end)))
        return pieces.contains { piece in
            SentenceMarkers.words(piece).contains { word in
                word.count == 4 && Int(word).map { (1945...lastDay.year).contains($0) } == true
            }
        }
    }

    /// The row that carried a record's name before it (`successor` pointing at it) and is valid on `date`.
    static func predecessor(of record: AgencyRecord, at date: LocalDate, in registry: FactRegistry) -> AgencyRecord? {
        registry.agencies.first { $0.successor == record.id && $0.validity.contains(date) }
    }

    static func renameNote(from old: AgencyRecord, to new: AgencyRecord) -> String {
        let until = old.validity.to.map { " sampai \($0)" } ?? ""
        let since = new.validity.from.map { " sejak \($0)" } ?? ""
        return "Registry: '\(old.name)' (\(old.origin.reference)) berlaku\(until); '\(new.name)' (\(new.origin.reference)) berlaku\(since)."
    }
}
