import SelarasCore

/// Where a registry fact lives and where it comes from: what every finding cites as evidence.
public struct RecordOrigin: Sendable, Hashable {
    /// File name inside the registry directory, e.g. `officials.csv`.
    public var file: String
    /// 1-based line of the row.
    public var line: Int
    /// The row's `id`.
    public var id: String
    /// The row's `source` column (a URL, a regulation, a document).
    public var source: String
    /// The row's `verified_as_of` date; nil when the row was never verified.
    public var verifiedAsOf: PartialDate?

    public init(file: String, line: Int, id: String, source: String, verifiedAsOf: PartialDate?) {
        self.file = file
        self.line = line
        self.id = id
        self.source = source
        self.verifiedAsOf = verifiedAsOf
    }

    /// `officials.csv:12 (gub-kalsel-muhidin)`.
    public var reference: String { "\(file):\(line) (\(id))" }
}

/// A row of a registry table. Every record knows its file, line, id, source and verification date.
public protocol RegistryRecord: Sendable {
    var origin: RecordOrigin { get }
}

extension RegistryRecord {
    public var file: String { origin.file }
    public var line: Int { origin.line }
    public var id: String { origin.id }
    public var source: String { origin.source }
    public var verifiedAsOf: PartialDate? { origin.verifiedAsOf }

    /// The evidence a finding decided by this record carries: `officials.csv:12 (id)`, its source,
    /// its verification date, and the date the verdict is about.
    public func evidence(asOf date: LocalDate) -> Evidence {
        Evidence(record: origin.reference, source: origin.source, verifiedAsOf: origin.verifiedAsOf?.description,
                 asOf: date.description)
    }
}
