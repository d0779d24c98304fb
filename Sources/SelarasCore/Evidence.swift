/// The registry fact that decided a finding: which record, where it came from, and the date assumed.
public struct Evidence: Sendable, Hashable, Codable {
    /// Registry record, e.g. `officials.csv:12 (gub-kalsel-2021)`.
    public var record: String
    /// The record's `source` column.
    public var source: String
    /// The record's `verified_as_of` date, as written.
    public var verifiedAsOf: String?
    /// The date the verdict is about (the document's reference date), `YYYY-MM-DD`.
    public var asOf: String

    public init(record: String, source: String, verifiedAsOf: String? = nil, asOf: String) {
        self.record = record
        self.source = source
        self.verifiedAsOf = verifiedAsOf
        self.asOf = asOf
    }
}
