import SelarasCore

/// A row of `regulations`. Changes are dated through other rows: `amended_by` lists the amending
/// regulations (each in force from its own enactment date) and `revoked_by` names the revoking one.
public struct RegulationRecord: RegistryRecord, Hashable {
    public var origin: RecordOrigin
    public var type: RegulationType
    /// Issuer as written: `Menteri Komunikasi dan Informatika`, `Gubernur Kalimantan Selatan`.
    public var issuer: String
    /// Number as written: `14`, `041`, `160/P`, `17/PER/M.KOMINFO/10/2010`.
    public var number: String
    public var year: Int
    public var title: String
    public var enacted: PartialDate?
    /// Names it is cited by: `UU KIP`.
    public var aliases: [String]
    /// Ids of amending regulations.
    public var amendedBy: [String]
    /// Id of the revoking regulation.
    public var revokedBy: String?
    /// Date the revocation took effect; nil: the revoking regulation's enactment date.
    public var revokedOn: PartialDate?
    public var note: String
    /// Amendments and revocation resolved against the other rows at load time, oldest first.
    public internal(set) var changes: [RegulationChange] = []

    public init(origin: RecordOrigin, type: RegulationType, issuer: String, number: String, year: Int, title: String,
                enacted: PartialDate?, aliases: [String], amendedBy: [String], revokedBy: String?,
                revokedOn: PartialDate?, note: String = "") {
        self.origin = origin
        self.type = type
        self.issuer = issuer
        self.number = number
        self.year = year
        self.title = title
        self.enacted = enacted
        self.aliases = aliases
        self.amendedBy = amendedBy
        self.revokedBy = revokedBy
        self.revokedOn = revokedOn
        self.note = note
    }

    /// `UU 14/2008`, `Keppres 160/P/2024`.
    public var shortCitation: String { "\(type.shortForm) \(number)/\(year)" }

    /// `Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik` (issuer not inserted:
    /// see `issuer`).
    public var citation: String {
        "\(type.fullForm) Nomor \(number) Tahun \(year)" + (title.isEmpty ? "" : " tentang \(title)")
    }
}

extension RegulationRecord {
    /// The standing of the regulation on `date`: not yet enacted, in force, amended (by the
    /// amendments enacted on or before `date`) or revoked (on or after the revocation date).
    public func status(at date: LocalDate) -> RegulationStatus {
        if let enacted, date < enacted.start { return .notYetEnacted }
        if let revocation = changes.first(where: { $0.kind == .revoked }), let on = revocation.effective, on <= date {
            return .revoked(revocation)
        }
        let amendments = changes.filter { $0.kind == .amended && ($0.effective.map { $0 <= date } ?? true) }
        return amendments.isEmpty ? .inForce : .amended(amendments)
    }
}

/// A dated change of a regulation: amended or revoked by another regulation.
public struct RegulationChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case amended
        case revoked
    }

    public var kind: Kind
    /// Id of the changing regulation.
    public var by: String
    /// Its short citation (`UU 19/2016`), or the id when the row is missing.
    public var citation: String
    /// Its title.
    public var title: String
    /// First day the change applies; nil when unknown (amendments then count as applied).
    public var effective: LocalDate?

    public init(kind: Kind, by: String, citation: String, title: String, effective: LocalDate?) {
        self.kind = kind
        self.by = by
        self.citation = citation
        self.title = title
        self.effective = effective
    }
}

/// The standing of a regulation on a date.
public enum RegulationStatus: Sendable, Hashable {
    /// Not yet enacted on that date.
    case notYetEnacted
    /// In force and unchanged.
    case inForce
    /// In force with these amendments, oldest first.
    case amended([RegulationChange])
    /// Revoked by that change.
    case revoked(RegulationChange)

    /// `berlaku`, `berlaku dengan perubahan`, `dicabut`, `belum berlaku`.
    public var label: String {
        switch self {
        case .notYetEnacted: return "belum berlaku"
        case .inForce: return "berlaku"
        case .amended: return "berlaku dengan perubahan"
        case .revoked: return "dicabut"
        }
    }

    /// Short English key: `not-yet-enacted`, `in-force`, `amended`, `revoked`.
    public var key: String {
        switch self {
        case .notYetEnacted: return "not-yet-enacted"
        case .inForce: return "in-force"
        case .amended: return "amended"
        case .revoked: return "revoked"
        }
    }
}
