import SelarasCore

extension FactRegistry {
    // MARK: Officials

    /// Who held a position on `date`, acting roles included: definitif holders first, then Plt.,
    /// Plh., Pj., Pjs. A query may carry an acting marker (`Plh. Gubernur Kalsel`) to ask for that role only.
    public func holders(ofPosition position: String, at date: LocalDate) -> [OfficialTerm] {
        let (key, role) = positions.split(position)
        return termsOf(key: key).filter { $0.validity.contains(date) && (role == nil || $0.role == role) }
            .sorted { (roleRank($0.role), $0.line) < (roleRank($1.role), $1.line) }
    }

    /// Every recorded term of a position, oldest first.
    public func terms(ofPosition position: String) -> [OfficialTerm] {
        termsOf(key: positions.key(position))
            .sorted { ($0.validity.firstDay ?? .distantPast, $0.line) < ($1.validity.firstDay ?? .distantPast, $1.line) }
    }

    private func termsOf(key: String) -> [OfficialTerm] {
        (officialsByPosition[key] ?? []).map { officials[$0] }
    }

    private func roleRank(_ role: OfficialRole) -> Int {
        OfficialRole.allCases.firstIndex(of: role) ?? 0
    }

    /// Every term of every person whose name (without titles), titled name or variant matches.
    public func officials(matchingName name: String) -> [OfficialTerm] {
        (officialsByName[OfficialNames.key(name)] ?? []).map { officials[$0] }
    }

    /// The terms of the named person that are valid on `date`.
    public func officials(matchingName name: String, at date: LocalDate) -> [OfficialTerm] {
        officials(matchingName: name).filter { $0.validity.contains(date) }
    }

    /// All rows of one person id.
    public func terms(ofPerson person: String) -> [OfficialTerm] {
        (officialsByPerson[person] ?? []).map { officials[$0] }
    }

    // MARK: Agencies

    public func agency(id: String) -> AgencyRecord? { agencyByID[id].map { agencies[$0] } }

    public func region(id: String) -> RegionRecord? { regionByID[id].map { regions[$0] } }

    /// Every agency row whose official name or short form is `name`, in file order.
    public func agencies(named name: String) -> [AgencyRecord] {
        (agenciesByName[NameKey.normalize(name)] ?? []).map { agencies[$0] }
    }

    /// The agency a name or short form means on `date`: the row, whether the name is valid then,
    /// the valid name then, and its successors. When several rows share a name (`Diskominfo`), the
    /// one valid on `date` wins, then one whose successor is valid, then the first.
    public func agency(named name: String, at date: LocalDate) -> AgencyMatch? {
        let key = NameKey.normalize(name)
        let candidates = agencies(named: name)
        guard !candidates.isEmpty else { return nil }
        let matches = candidates.map { match($0, key: key, at: date) }
        return matches.first(where: \.isValid) ?? matches.first(where: { $0.validRecord != nil }) ?? matches[0]
    }

    private func match(_ record: AgencyRecord, key: String, at date: LocalDate) -> AgencyMatch {
        let chain = successors(of: record)
        let valid = record.validity.contains(date) ? record : chain.first { $0.validity.contains(date) }
        let form = record.allNames.first { NameKey.normalize($0) == key } ?? record.name
        return AgencyMatch(record: record, matchedForm: form, isShortForm: NameKey.normalize(record.name) != key,
                           date: date, isValid: record.validity.contains(date), validRecord: valid, successors: chain)
    }

    /// The chain of successors of an agency row, stopping at a cycle or a missing row.
    public func successors(of record: AgencyRecord) -> [AgencyRecord] {
        var chain: [AgencyRecord] = []
        var seen: Set<String> = [record.id]
        var next = record.successor
        while let id = next, !seen.contains(id), let successor = agency(id: id) {
            chain.append(successor)
            seen.insert(id)
            next = successor.successor
        }
        return chain
    }

    // MARK: Regulations

    public func regulation(id: String) -> RegulationRecord? { regulationByID[id].map { regulations[$0] } }

    /// Every regulation of that type, number (compared normalised: `041` = `41`, `160/P` = `160P`) and year.
    public func regulations(type: RegulationType, number: String, year: Int) -> [RegulationRecord] {
        (regulationsByKey[Self.regulationKey(type, number, year)] ?? []).map { regulations[$0] }
    }

    /// The regulation of that type, number and year; when several issuers share them (two Pergub
    /// of different provinces), the first in file order — use `regulations(type:number:year:)` to see all.
    public func regulation(type: RegulationType, number: String, year: Int) -> RegulationRecord? {
        regulations(type: type, number: number, year: year).first
    }

    /// Regulations cited by an alias such as `UU KIP`.
    public func regulations(alias: String) -> [RegulationRecord] {
        (regulationsByAlias[NameKey.normalize(alias)] ?? []).map { regulations[$0] }
    }

    // MARK: Figures

    public func figure(id: String) -> FigureRecord? { figureByID[id].map { figures[$0] } }

    /// Figures announced by a trigger phrase (`prevalensi stunting`), compared normalised.
    public func figures(triggeredBy phrase: String) -> [FigureRecord] {
        (figuresByTrigger[NameKey.normalize(phrase)] ?? []).map { figures[$0] }
    }

    /// Whether `word` may be one word of a trigger phrase: false only when no phrase holding it as
    /// a word (words joined by single spaces) can be triggered. A word `NameKey.normalize` could
    /// change (uppercase, non-ASCII, spaces, empty, a trailing `,;:`) always may be one.
    public func mayBeFigureTriggerWord(_ word: String) -> Bool {
        if Self.figureTriggerWordNeedsNormalizing(word) { return true }
        return figureTriggerWords.contains(word)
    }

    /// Every word of every registered trigger phrase (`figures(triggeredBy:)` keys split at spaces).
    /// With `figureTriggerWordNeedsNormalizing` it lets a caller answer `mayBeFigureTriggerWord`
    /// from a table of its own (`TriggerWordTable` compares a token's bytes instead of hashing a string).
    public var figureTriggerWordSet: Set<String> { figureTriggerWords }

    /// The normalised trigger phrases `figures(triggeredBy:)` knows, with the indices into
    /// `figures` each one triggers (what that look-up answers, before mapping to records).
    public var figureIndicesByTrigger: [String: [Int]] { figuresByTrigger }

    /// Whether `mayBeFigureTriggerWord` answers true for `word` whatever the registry holds:
    /// empty, a trailing `,;:`, or a byte that is non-ASCII, whitespace/control or a capital.
    public static func figureTriggerWordNeedsNormalizing(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable(needsNormalizing) { return answer }
        return Array(word.utf8).withUnsafeBufferPointer(needsNormalizing)
    }

    private static func needsNormalizing(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = utf8.last, last != 0x2C, last != 0x3B, last != 0x3A else { return true }
        for byte in utf8 where byte >= 0x80 || byte <= 0x20 || (byte >= 0x41 && byte <= 0x5A) { return true }
        return false
    }

    // MARK: Terms

    /// The row for a form (the term or a variant) on `date`; nil when the registry says nothing then.
    public func term(_ form: String, at date: LocalDate) -> TermMatch? {
        let key = NameKey.normalize(form)
        guard let index = termsByForm[key]?.first(where: { terms[$0].validity.contains(date) }) else { return nil }
        let record = terms[index]
        let matched = ([record.term] + record.variants).first { NameKey.normalize($0) == key } ?? record.term
        return TermMatch(record: record, matchedForm: matched)
    }

    /// Every row for a form, whatever its period.
    public func terms(matching form: String) -> [TermRecord] {
        (termsByForm[NameKey.normalize(form)] ?? []).map { terms[$0] }
    }
}
