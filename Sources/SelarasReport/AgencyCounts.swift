import SelarasCore

/// Findings per agency and level, for the summaries the secretariat reads.
struct AgencyCounts: Equatable {
    /// Label used for drafts whose agency is unknown.
    static let unknownAgency = "(unknown)"

    var agency: String
    var files: Int
    var levels: [Severity: Int]

    func count(_ level: Severity) -> Int { levels[level, default: 0] }

    /// One row per agency, sorted by agency name, unknown last.
    static func make(_ report: Report) -> [AgencyCounts] {
        var rows: [String: AgencyCounts] = [:]
        for file in report.files {
            let name = file.agency ?? unknownAgency
            rows[name, default: AgencyCounts(agency: name, files: 0, levels: [:])].files += 1
        }
        for finding in report.findings {
            let name = finding.agency ?? report.files.first { $0.path == finding.path }?.agency ?? unknownAgency
            rows[name, default: AgencyCounts(agency: name, files: 0, levels: [:])].levels[finding.level, default: 0] += 1
        }
        return rows.values.sorted { lhs, rhs in
            if (lhs.agency == unknownAgency) != (rhs.agency == unknownAgency) { return rhs.agency == unknownAgency }
            return lhs.agency < rhs.agency
        }
    }
}
