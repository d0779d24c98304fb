import SelarasCore

/// A row of `officials`: one person holding one position, in one role, for one period.
///
/// A person with several terms (Wakil Gubernur, then Plt. Gubernur, then Gubernur) has several
/// rows sharing the same `person` id.
public struct OfficialTerm: RegistryRecord, Hashable {
    public var origin: RecordOrigin
    /// Person id shared by all rows of one person.
    public var person: String
    /// Name without titles: `Muhidin`.
    public var fullName: String
    /// Front titles in order: `["H."]`, `["dr."]`, `["Dr.", "Ir."]`.
    public var frontTitles: [String]
    /// Back titles in order: `["S.Sos.", "M.Si."]`.
    public var backTitles: [String]
    /// Other spellings of the name seen in drafts.
    public var nameVariants: [String]
    /// Position as written in full: `Gubernur Kalimantan Selatan`.
    public var position: String
    /// Agency id.
    public var agency: String?
    public var role: OfficialRole
    public var validity: ValidityPeriod
    /// Id of the regulation that appointed the holder (`keppres-160-p-2024`), if recorded.
    public var appointedBy: String?
    public var note: String

    public init(origin: RecordOrigin, person: String, fullName: String, frontTitles: [String], backTitles: [String],
                nameVariants: [String], position: String, agency: String?, role: OfficialRole,
                validity: ValidityPeriod, appointedBy: String?, note: String = "") {
        self.origin = origin
        self.person = person
        self.fullName = fullName
        self.frontTitles = frontTitles
        self.backTitles = backTitles
        self.nameVariants = nameVariants
        self.position = position
        self.agency = agency
        self.role = role
        self.validity = validity
        self.appointedBy = appointedBy
        self.note = note
    }

    /// The name with titles as a release writes it: `dr. Nama Contoh, M.Kes.`.
    public var titledName: String {
        var text = (frontTitles + [fullName]).joined(separator: " ")
        if !backTitles.isEmpty { text += ", " + backTitles.joined(separator: ", ") }
        return text
    }

    /// Position with the acting marker: `Plh. Gubernur Kalimantan Selatan`.
    public var styledPosition: String {
        role.isActing ? "\(role.marker) \(position)" : position
    }
}
