import SelarasCore

/// The shared, dated and sourced facts every draft is checked against. Every question is asked
/// "as of a date".
///
/// Load it with `FactRegistry.load(directory:)`; the queries live in `FactRegistry+Queries.swift`.
/// All lookups go through dictionaries keyed by normalised names and ids, so a registry of
/// 100,000 rows answers in constant time.
public struct FactRegistry: Sendable {
    /// Directory the registry was loaded from.
    public var directory: String
    public private(set) var regions: [RegionRecord]
    public private(set) var agencies: [AgencyRecord]
    public private(set) var officials: [OfficialTerm]
    public private(set) var regulations: [RegulationRecord]
    public private(set) var figures: [FigureRecord]
    public private(set) var terms: [TermRecord]
    /// How positions are normalised (region short forms from the `regions` table).
    public let positions: PositionNormalizer

    /// Lowercased words of every region name and short form (`kalimantan`, `kalsel`), split at spaces.
    public private(set) var regionNameWords: Set<String> = []
    /// Region id by normalised name or short form; a name two regions share gives the later one.
    public private(set) var regionIDByName: [String: String] = [:]

    var regionByID: [String: Int] = [:]
    var agencyByID: [String: Int] = [:]
    var agenciesByName: [String: [Int]] = [:]
    var officialsByPosition: [String: [Int]] = [:]
    var officialsByName: [String: [Int]] = [:]
    var officialsByPerson: [String: [Int]] = [:]
    var regulationByID: [String: Int] = [:]
    var regulationsByKey: [String: [Int]] = [:]
    var regulationsByAlias: [String: [Int]] = [:]
    var figureByID: [String: Int] = [:]
    var figuresByTrigger: [String: [Int]] = [:]
    /// Every word of every normalised trigger phrase, so most phrases are rejected word by word.
    var figureTriggerWords: Set<String> = []
    var termsByForm: [String: [Int]] = [:]

    /// An empty registry (no facts: every lookup answers nil).
    public init(directory: String) {
        self.init(directory: directory, tables: RegistryTables())
    }

    /// Loads every table of `directory` and checks integrity.
    ///
    /// Throws only when the directory cannot be read. Bad rows, bad tables and integrity defects
    /// come back as diagnostics with `path` and `line` (a row with an unusable value is left out;
    /// the rest of the registry still loads). Callers decide: `selaras check` stops on any error,
    /// `selaras registry check` lists them all.
    public static func load(directory: String) throws(SelarasError) -> (FactRegistry, [Diagnostic]) {
        let (tables, readDiagnostics) = try RegistryLoader.read(directory: directory)
        let registry = FactRegistry(directory: directory, tables: tables)
        var validator = RegistryValidator(tables: tables, registry: registry)
        let integrity = validator.run()
        return (registry, readDiagnostics + integrity)
    }

    init(directory: String, tables: RegistryTables) {
        self.directory = directory
        regions = tables.regions
        agencies = tables.agencies
        officials = tables.officials
        regulations = tables.regulations
        figures = tables.figures
        terms = tables.terms
        positions = PositionNormalizer(regions: tables.regions)
        buildIndexes()
    }

    private static func firstWins(_ map: inout [String: Int], _ key: String, _ index: Int) {
        if map[key] == nil { map[key] = index }
    }

    private mutating func buildIndexes() {
        for (i, region) in regions.enumerated() {
            Self.firstWins(&regionByID, region.id, i)
            for name in [region.name] + region.shortForms {
                for word in name.lowercased().split(separator: " ") { regionNameWords.insert(String(word)) }
                regionIDByName[NameKey.normalize(name)] = region.id
            }
        }
        for (i, agency) in agencies.enumerated() {
            Self.firstWins(&agencyByID, agency.id, i)
            for name in Self.distinct(agency.allNames.map(NameKey.normalize)) { agenciesByName[name, default: []].append(i) }
        }
        var positionKeys: [String: String] = [:]  // positions repeat across terms: normalise each once
        for (i, official) in officials.enumerated() {
            let key: String
            if let known = positionKeys[official.position] {
                key = known
            } else {
                key = positions.key(official.position)
                positionKeys[official.position] = key
            }
            officialsByPosition[key, default: []].append(i)
            officialsByPerson[official.person, default: []].append(i)
            var names = ([official.fullName] + official.nameVariants).map(OfficialNames.key)
            // The titled name only adds a key when a front title is not one the key strips anyway.
            if !official.frontTitles.allSatisfy({ OfficialNames.frontTitles.contains(NameKey.normalize($0)) }) {
                names.append(OfficialNames.key(official.titledName))
            }
            for name in Self.distinct(names) where !name.isEmpty { officialsByName[name, default: []].append(i) }
        }
        for (i, regulation) in regulations.enumerated() {
            Self.firstWins(&regulationByID, regulation.id, i)
            regulationsByKey[Self.regulationKey(regulation.type, regulation.number, regulation.year), default: []].append(i)
            for alias in regulation.aliases { regulationsByAlias[NameKey.normalize(alias), default: []].append(i) }
        }
        resolveRegulationChanges()
        for (i, figure) in figures.enumerated() {
            Self.firstWins(&figureByID, figure.id, i)
            for trigger in Self.distinct(figure.triggers.map(NameKey.normalize)) {
                figuresByTrigger[trigger, default: []].append(i)
                for word in trigger.split(separator: " ") { figureTriggerWords.insert(String(word)) }
            }
        }
        for (i, term) in terms.enumerated() {
            for form in Self.distinct(([term.term] + term.variants).map(NameKey.normalize)) { termsByForm[form, default: []].append(i) }
        }
    }

    /// The items without repeats, in order (lists here have 1–5 items: cheaper than a Set).
    static func distinct(_ items: [String]) -> [String] {
        var out: [String] = []
        for item in items where !out.contains(item) { out.append(item) }
        return out
    }

    static func regulationKey(_ type: RegulationType, _ number: String, _ year: Int) -> String {
        "\(type.key)|\(RegulationType.normalizedNumber(number))|\(year)"
    }

    /// Dates each amendment and revocation with the changing regulation's enactment date (or `revoked_on`).
    /// A partial date counts from its last day: a change is only asserted once it is certain.
    private mutating func resolveRegulationChanges() {
        let snapshot = regulations
        func change(_ kind: RegulationChange.Kind, _ id: String, _ date: PartialDate?) -> RegulationChange {
            let other = regulationByID[id].map { snapshot[$0] }
            return RegulationChange(kind: kind, by: id, citation: other?.shortCitation ?? id, title: other?.title ?? "",
                                    effective: (date ?? other?.enacted)?.end)
        }
        for i in regulations.indices {
            var changes = regulations[i].amendedBy.map { change(.amended, $0, nil) }
            changes.sort { ($0.effective ?? .distantPast) < ($1.effective ?? .distantPast) }
            if let revoking = regulations[i].revokedBy { changes.append(change(.revoked, revoking, regulations[i].revokedOn)) }
            regulations[i].changes = changes
        }
    }
}
