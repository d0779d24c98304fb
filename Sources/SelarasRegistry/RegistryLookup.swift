import SelarasCore

/// Everything a free-text query names on a date, for `selaras registry lookup`: regulations
/// (citation or alias), agencies (name or short form), holders of a position, officials by name,
/// figures (id or trigger) and terms. A query may match several kinds (`Kominfo` is an agency and
/// could be a term): all are returned.
public struct RegistryLookup: Sendable {
    public var query: String
    public var date: LocalDate
    public var regulations: [RegulationRecord] = []
    public var agency: AgencyMatch?
    /// Holders of the position named by the query on `date`.
    public var holders: [OfficialTerm] = []
    /// All recorded terms of that position, for context (who came before and after).
    public var positionHistory: [OfficialTerm] = []
    /// Terms of the person named by the query (all periods).
    public var officials: [OfficialTerm] = []
    public var figures: [FigureRecord] = []
    public var term: TermMatch?

    public var isEmpty: Bool {
        regulations.isEmpty && agency == nil && holders.isEmpty && positionHistory.isEmpty && officials.isEmpty
            && figures.isEmpty && term == nil
    }
}

extension FactRegistry {
    /// Looks a free-text query up in every table, as of `date`.
    public func lookup(_ query: String, at date: LocalDate) -> RegistryLookup {
        var result = RegistryLookup(query: query, date: date)
        result.regulations = regulations(citedAs: query)
        result.agency = agency(named: query, at: date)
        result.holders = holders(ofPosition: query, at: date)
        result.positionHistory = terms(ofPosition: query)
        result.officials = officials(matchingName: query)
        var figures = figures(triggeredBy: query)
        if let byID = figure(id: query), !figures.contains(byID) { figures.insert(byID, at: 0) }
        result.figures = figures
        result.term = term(query, at: date)
        return result
    }
}
