import SelarasCore

/// The answer to "is this agency name right on date D?".
public struct AgencyMatch: Sendable, Hashable {
    /// The row whose name or short form matched.
    public var record: AgencyRecord
    /// The form that matched, as the registry writes it (`Kominfo`).
    public var matchedForm: String
    /// Whether the matched form is a short form rather than the official name.
    public var isShortForm: Bool
    /// The date asked about.
    public var date: LocalDate
    /// Whether `record` is valid on `date`.
    public var isValid: Bool
    /// The row valid on `date`: `record` itself, or the first valid successor; nil when none is.
    public var validRecord: AgencyRecord?
    /// Successors of `record` in order (`record` excluded), following `successor` links.
    public var successors: [AgencyRecord]

    /// The official name to write on `date`, if known.
    public var validName: String? { validRecord?.name }
    /// Whether the name is outdated on `date` (renamed; a successor carries the name now).
    public var isRenamed: Bool { !isValid && validRecord != nil && validRecord != record }
    /// Whether `date` is before the name came into use.
    public var isNotYetValid: Bool {
        if let first = record.validity.firstDay { return date < first }
        return false
    }
}

/// The answer to "may I write this term on date D?".
public struct TermMatch: Sendable, Hashable {
    /// The row for that form and date.
    public var record: TermRecord
    /// The form that matched (the term or one of its variants).
    public var matchedForm: String
    public var status: TermStatus { record.status }
    /// What to write: the preferred form, or the term itself when it is preferred.
    public var recommendedForm: String { record.recommendedForm }
}
