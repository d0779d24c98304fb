import SelarasCore

/// A row of `agencies`: one name of one body for one period. A rename is two rows linked by
/// `successor` (Kementerian Komunikasi dan Informatika → Kementerian Komunikasi dan Digital).
public struct AgencyRecord: RegistryRecord, Hashable {
    public var origin: RecordOrigin
    /// Official name, e.g. `Kementerian Komunikasi dan Informatika`.
    public var name: String
    /// Accepted short forms: `Kominfo`, `Kemenkominfo`, `Kemkominfo`.
    public var shortForms: [String]
    public var kind: AgencyKind
    /// Id of the parent agency (a dinas's pemprov), if any.
    public var parent: String?
    /// Id of the region (`regions` table), if any.
    public var region: String?
    public var validity: ValidityPeriod
    /// Id of the agency row that carries the name after this one ends.
    public var successor: String?
    public var note: String

    public init(origin: RecordOrigin, name: String, shortForms: [String], kind: AgencyKind, parent: String?,
                region: String?, validity: ValidityPeriod, successor: String?, note: String = "") {
        self.origin = origin
        self.name = name
        self.shortForms = shortForms
        self.kind = kind
        self.parent = parent
        self.region = region
        self.validity = validity
        self.successor = successor
        self.note = note
    }

    /// Name and short forms.
    public var allNames: [String] { [name] + shortForms }
}

/// A row of `regions`: a province, regency or city with its short forms (`Kalsel`, `HSS`).
/// Positions are matched through these: "Gubernur Kalsel" = "Gubernur Kalimantan Selatan".
public struct RegionRecord: RegistryRecord, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case negara, provinsi, kabupaten, kota, kecamatan, desa
    }

    public var origin: RecordOrigin
    /// Name without the kind word: `Kalimantan Selatan`, `Banjarbaru`, `Hulu Sungai Selatan`.
    public var name: String
    public var shortForms: [String]
    public var kind: Kind
    /// Id of the enclosing region.
    public var parent: String?

    public init(origin: RecordOrigin, name: String, shortForms: [String], kind: Kind, parent: String?) {
        self.origin = origin
        self.name = name
        self.shortForms = shortForms
        self.kind = kind
        self.parent = parent
    }
}
