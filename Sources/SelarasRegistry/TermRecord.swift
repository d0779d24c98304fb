import SelarasCore

/// A row of `terms`: the status of one form of a word or name for a period, and what to write
/// instead. `PUEBI` was the preferred name of the spelling rules until 2022-08-15 and is deprecated
/// from 2022-08-16 in favour of `EYD Edisi V`: two rows.
public struct TermRecord: RegistryRecord, Hashable {
    public var origin: RecordOrigin
    /// The form this row is about: `himbauan`.
    public var term: String
    /// Other spellings that count as the same form: `Himbauan`, `himbawan`.
    public var variants: [String]
    public var status: TermStatus
    /// Form to write instead; empty when `status` is `preferred`.
    public var preferred: String
    public var validity: ValidityPeriod
    public var note: String

    public init(origin: RecordOrigin, term: String, variants: [String], status: TermStatus, preferred: String,
                validity: ValidityPeriod, note: String = "") {
        self.origin = origin
        self.term = term
        self.variants = variants
        self.status = status
        self.preferred = preferred
        self.validity = validity
        self.note = note
    }

    /// The form to use: `preferred` when set, else the term itself.
    public var recommendedForm: String { preferred.isEmpty ? term : preferred }
}
