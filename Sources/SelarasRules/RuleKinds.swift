/// The closed set of rule kinds, in one explicit table. A pack naming any other kind is an error.
public enum RuleKinds {
    public static let all: [RuleKind] = [
        SubstitutionRule.kind,
        ExistenceRule.kind,
        ConsistencyRule.kind,
        WeekdayRule.kind,
        CitationRule.kind,
        AgencyRule.kind,
        OfficialRule.kind,
        FigureRule.kind,
    ]

    public static func named(_ name: String) -> RuleKind? {
        all.first { $0.name == name }
    }
}
