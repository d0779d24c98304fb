/// How many claims a check recognised, found in the registry, and verified.
///
/// Shown per file and in total so that a green run cannot hide "nothing was recognised".
public struct ClaimStats: Sendable, Hashable, Codable {
    public var found: Int
    public var resolved: Int
    public var checked: Int

    public init(found: Int = 0, resolved: Int = 0, checked: Int = 0) {
        self.found = found
        self.resolved = resolved
        self.checked = checked
    }

    public static func + (lhs: ClaimStats, rhs: ClaimStats) -> ClaimStats {
        ClaimStats(found: lhs.found + rhs.found, resolved: lhs.resolved + rhs.resolved, checked: lhs.checked + rhs.checked)
    }
}

/// One checked file, as listed in the report.
public struct FileSummary: Sendable, Hashable, Encodable {
    public var path: String
    public var agency: String?
    /// Reference date used, `YYYY-MM-DD`.
    public var date: String?
    public var findings: Int
    /// Not in the JSON contract's `files` entries.
    public var dateOrigin: DateOrigin?
    public var claims: ClaimStats

    public init(path: String, agency: String?, date: String?, findings: Int, dateOrigin: DateOrigin? = nil, claims: ClaimStats = ClaimStats()) {
        self.path = path
        self.agency = agency
        self.date = date
        self.findings = findings
        self.dateOrigin = dateOrigin
        self.claims = claims
    }

    private enum CodingKeys: String, CodingKey { case path, agency, date, findings }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(agency, forKey: .agency)
        try container.encode(date, forKey: .date)
        try container.encode(findings, forKey: .findings)
    }
}

/// The result of one `selaras check` run, ready for any reporter.
public struct Report: Sendable {
    public var toolVersion: String
    public var files: [FileSummary]
    /// Sorted with `ReportedFinding.reportOrder`.
    public var findings: [ReportedFinding]
    /// Messages about the run: unreadable files, skipped binaries, regex limits, assumed dates.
    public var diagnostics: [Diagnostic]
    /// Every rule that was active, for SARIF and explanations.
    public var rules: [RuleDescriptor]
    public var claims: ClaimStats
    /// With a baseline: findings hidden because the baseline knows them, and baseline entries no longer found.
    public var baselineSuppressed: Int?
    public var baselineFixed: Int?

    public init(
        toolVersion: String, files: [FileSummary] = [], findings: [ReportedFinding] = [],
        diagnostics: [Diagnostic] = [], rules: [RuleDescriptor] = [], claims: ClaimStats = ClaimStats(),
        baselineSuppressed: Int? = nil, baselineFixed: Int? = nil
    ) {
        self.toolVersion = toolVersion
        self.files = files
        self.findings = findings
        self.diagnostics = diagnostics
        self.rules = rules
        self.claims = claims
        self.baselineSuppressed = baselineSuppressed
        self.baselineFixed = baselineFixed
    }

    /// Findings per level.
    public func count(of level: Severity) -> Int { findings.lazy.filter { $0.level == level }.count }

    /// How many of `findings` there are at each level (levels with none are absent).
    public static func levelCounts(_ findings: [ReportedFinding]) -> [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.level, default: 0] += 1 }
        return counts
    }
}
