import SelarasCore

/// How an agency mention matched the lexicon.
public enum AgencyMatchKind: String, Sendable, Hashable {
    /// The registered official name (case-insensitive).
    case name
    /// A registered short form (`PLN`, `Diskominfo Kalsel`).
    case shortForm
    /// A registered alias.
    case alias
    /// A capitalised phrase close to a registered name (`Kementrian Komunikasi dan Informasi`).
    case nearMiss
}

/// An agency named in a text.
public struct AgencyClaim: Sendable, Hashable {
    public var span: Span
    public var sentence: Span
    public var written: String
    public var agencyID: String
    /// The registered official name.
    public var matchedName: String
    public var kind: AgencyMatchKind
    /// Word-level distance to the matched form: 0 for exact matches; near misses count 0.5 per
    /// misspelt word (`Kementrian`) or dropped/added function word.
    public var distance: Double

    public init(span: Span, sentence: Span, written: String, agencyID: String, matchedName: String, kind: AgencyMatchKind, distance: Double) {
        self.span = span
        self.sentence = sentence
        self.written = written
        self.agencyID = agencyID
        self.matchedName = matchedName
        self.kind = kind
        self.distance = distance
    }
}
