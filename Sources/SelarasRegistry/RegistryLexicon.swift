import SelarasCore

/// The names claim extractors look for in drafts, gathered from the registry: every official's
/// name (bare, with titles, variants), every agency name and short form, every position, every
/// figure trigger, every regulation alias and every term form. Each list is sorted, without
/// duplicates, longest first within equal prefixes so a scanner can prefer the longest match.
public struct RegistryLexicon: Sendable, Hashable {
    /// A form and the ids of the records it names.
    public struct Entry: Sendable, Hashable {
        public var form: String
        public var ids: [String]
    }

    public var officialNames: [Entry]
    public var agencyNames: [Entry]
    public var positions: [Entry]
    public var regionNames: [Entry]
    public var figureTriggers: [Entry]
    public var regulationAliases: [Entry]
    public var termForms: [Entry]

    static func entries(_ pairs: [(String, String)]) -> [Entry] {
        var map: [String: [String]] = [:]
        for (form, id) in pairs where !form.isEmpty {
            if map[form]?.contains(id) != true { map[form, default: []].append(id) }
        }
        return map.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map { Entry(form: $0, ids: map[$0]!) }
    }
}

extension FactRegistry {
    /// The lexicon of names, built on each call (cache it when scanning many drafts).
    public var lexicon: RegistryLexicon {
        var names: [(String, String)] = []
        var positionsList: [(String, String)] = []
        for official in officials {
            names.append((official.fullName, official.id))
            names.append((official.titledName, official.id))
            if !official.frontTitles.isEmpty {
                names.append(((official.frontTitles + [official.fullName]).joined(separator: " "), official.id))
            }
            for variant in official.nameVariants { names.append((variant, official.id)) }
            positionsList.append((official.position, official.id))
        }
        return RegistryLexicon(
            officialNames: RegistryLexicon.entries(names),
            agencyNames: RegistryLexicon.entries(agencies.flatMap { a in a.allNames.map { ($0, a.id) } }),
            positions: RegistryLexicon.entries(positionsList),
            regionNames: RegistryLexicon.entries(regions.flatMap { r in ([r.name] + r.shortForms).map { ($0, r.id) } }),
            figureTriggers: RegistryLexicon.entries(figures.flatMap { f in f.triggers.map { ($0, f.id) } }),
            regulationAliases: RegistryLexicon.entries(regulations.flatMap { r in r.aliases.map { ($0, r.id) } }),
            termForms: RegistryLexicon.entries(terms.flatMap { t in ([t.term] + t.variants).map { ($0, t.id) } }))
    }

    /// Number of rows per table.
    public var rowCounts: [String: Int] {
        ["regions": regions.count, "agencies": agencies.count, "officials": officials.count,
         "regulations": regulations.count, "figures": figures.count, "terms": terms.count]
    }

    /// Warnings for rows not verified within `maxAgeDays` before `date` (and rows never verified).
    /// A partial `verified_as_of` counts from its last day.
    public func staleFacts(maxAgeDays: Int, asOf date: LocalDate) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let limit = date.daysSinceEpoch - maxAgeDays
        func check(_ origin: RecordOrigin) {
            let path = directory.hasSuffix("/") ? directory + origin.file : directory + "/" + origin.file
            guard let verified = origin.verifiedAsOf else {
                out.append(Diagnostic(.warning, "'\(origin.id)' has no verified_as_of date", path: path, line: origin.line))
                return
            }
            let days = date.daysSinceEpoch - verified.end.daysSinceEpoch
            if verified.end.daysSinceEpoch < limit {
                out.append(Diagnostic(.warning, "'\(origin.id)' was last verified \(verified) (\(days) days before \(date), more than \(maxAgeDays))",
                                      path: path, line: origin.line))
            }
        }
        regions.forEach { check($0.origin) }
        agencies.forEach { check($0.origin) }
        officials.forEach { check($0.origin) }
        regulations.forEach { check($0.origin) }
        figures.forEach { check($0.origin) }
        terms.forEach { check($0.origin) }
        return out
    }
}
