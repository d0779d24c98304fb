import SelarasCore
import SelarasRegistry
import SelarasText

/// How the engine runs: dates, levels, per-file policy and the optional claim passes.
public struct EngineOptions: Sendable {
    /// The run's date: `--date` or today. Documents without their own date are checked as of it.
    public var runDate: LocalDate
    /// Where `runDate` came from: `--date`, the configuration's `date`, or today.
    public var runDateOrigin: DateOrigin
    public var minimumLevel: Severity
    public var defaultAgency: String?
    /// Agency, disabled rules and levels for a path (from configuration overrides).
    public var policy: @Sendable (String) -> FilePolicy
    /// Rule kinds whose rules read claims; claims are extracted only when one is active.
    public var kindsNeedingClaims: Set<String>
    public var claimExtractor: (@Sendable (Document, FactRegistry?) -> ClaimSet)?
    /// Counts claims found/resolved/checked for the coverage summary.
    public var claimStats: (@Sendable (ClaimSet) -> ClaimStats)?
    /// Finds a document's date in its text (the dateline) when front matter has none.
    public var datelineFinder: (@Sendable (Document, LocalDate) -> LocalDate?)?
    /// The cross-draft comparison, when configured: phase 1 ends each draft with its `keep`
    /// (in the worker that checked it) and phase 2 runs its `compare` over the kept drafts.
    public var crossDraft: CrossDraftComparator?
    /// Parallel workers (defaults to the number of cores).
    public var workers: Int
    /// Whether findings get fingerprints (SHA-256 of rule, file, match and context). SARIF,
    /// GitHub annotations and baselines need them; the text and JSON reports do not show them.
    public var computesFingerprints = true

    public init(
        runDate: LocalDate = LocalDate.today(), runDateOrigin: DateOrigin = .today,
        minimumLevel: Severity = .suggestion, defaultAgency: String? = nil,
        policy: @escaping @Sendable (String) -> FilePolicy = { _ in FilePolicy() },
        kindsNeedingClaims: Set<String> = [], workers: Int = ProcessInfoCores.count
    ) {
        self.runDate = runDate
        self.runDateOrigin = runDateOrigin
        self.minimumLevel = minimumLevel
        self.defaultAgency = defaultAgency
        self.policy = policy
        self.kindsNeedingClaims = kindsNeedingClaims
        self.workers = workers
    }

    /// The date a document is checked as of, and where it came from:
    /// front matter, then dateline, then `--date`, then today.
    func dateDocument(_ document: Document) -> (date: LocalDate, origin: DateOrigin) {
        if let date = document.metadata.date { return (date, document.metadata.dateOrigin ?? .frontMatter) }
        if let finder = datelineFinder, let date = finder(document, runDate) { return (date, .dateline) }
        return (runDate, runDateOrigin)
    }
}

/// Number of cores to use for parallel checking.
public enum ProcessInfoCores {
    public static var count: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
