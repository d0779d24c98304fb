import SelarasCore

/// One disagreement between drafts, as the secretariat reads it: the rule, and every sentence
/// taking part, side by side.
///
/// Cross-draft rules report a finding whose `related` locations point into the other drafts;
/// the same conflict may be reported once from each side. Findings are grouped by rule and by
/// the set of locations taking part, so such mirror findings collapse into one group.
struct ConflictGroup: Equatable {
    /// One sentence taking part in a conflict.
    struct Participant: Equatable {
        var path: String
        var line: Int
        var column: Int
        var agency: String?
        /// The source line when known (the reporting side), else the matched text.
        var text: String
        /// The flagged text inside `text`, as scalar offset and length (nil: all of `text`).
        var highlight: (start: Int, length: Int)?
        var message: String

        var location: String { Wording.location(path, line, column) }

        static func == (lhs: Participant, rhs: Participant) -> Bool {
            lhs.path == rhs.path && lhs.line == rhs.line && lhs.column == rhs.column && lhs.text == rhs.text
                && lhs.highlight?.start == rhs.highlight?.start && lhs.highlight?.length == rhs.highlight?.length
        }
    }

    var rule: String
    var level: Severity
    var message: String
    var participants: [Participant]
    var evidence: [Evidence]
    /// How many findings were merged into this group.
    var findingCount: Int

    /// Groups of every finding that has related locations, sorted by rule, then by first location.
    static func make(_ report: Report) -> [ConflictGroup] {
        var groups: [ConflictGroup] = []
        var index: [String: Int] = [:]
        for finding in report.findings where !finding.related.isEmpty {
            let participants = participants(of: finding, report: report)
            let key = ([finding.rule] + participants.map { "\($0.path)\u{0}\($0.line)\u{0}\($0.column)" }.sorted())
                .joined(separator: "\u{1}")
            if let position = index[key] {
                groups[position].merge(finding, participants)
            } else {
                index[key] = groups.count
                groups.append(ConflictGroup(
                    rule: finding.rule, level: finding.level, message: finding.message, participants: participants,
                    evidence: finding.evidence.map { [$0] } ?? [], findingCount: 1
                ))
            }
        }
        for position in groups.indices {
            groups[position].participants.sort { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        }
        return groups.sorted { lhs, rhs in
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            let left = lhs.participants.first.map { ($0.path, $0.line, $0.column) } ?? ("", 0, 0)
            let right = rhs.participants.first.map { ($0.path, $0.line, $0.column) } ?? ("", 0, 0)
            return left < right
        }
    }

    private static func participants(of finding: ReportedFinding, report: Report) -> [Participant] {
        let own: Participant
        if finding.sourceLine.isEmpty {
            own = Participant(path: finding.path, line: finding.line, column: finding.column, agency: finding.agency,
                              text: finding.match, highlight: nil, message: finding.message)
        } else {
            own = Participant(path: finding.path, line: finding.line, column: finding.column, agency: finding.agency,
                              text: finding.sourceLine,
                              highlight: (finding.column - 1, CaretLine.width(of: finding)), message: finding.message)
        }
        let others = finding.related.map { related in
            Participant(
                path: related.path, line: related.line, column: related.column,
                agency: related.agency ?? report.files.first { $0.path == related.path }?.agency,
                text: related.match ?? "", highlight: nil, message: related.message
            )
        }
        return [own] + others
    }

    /// Adds a mirror finding: a participant reported with its whole source line replaces the
    /// bare match of the same location.
    private mutating func merge(_ finding: ReportedFinding, _ incoming: [Participant]) {
        findingCount += 1
        if finding.level > level { level = finding.level }
        if let evidence = finding.evidence, !self.evidence.contains(evidence) { self.evidence.append(evidence) }
        for participant in incoming where participant.highlight != nil {
            if let position = participants.firstIndex(where: {
                $0.path == participant.path && $0.line == participant.line && $0.column == participant.column
            }), participants[position].highlight == nil {
                participants[position].text = participant.text
                participants[position].highlight = participant.highlight
                if participants[position].agency == nil { participants[position].agency = participant.agency }
            }
        }
    }

    /// `text` cut into before / flagged / after, by Unicode scalars.
    static func split(_ participant: Participant) -> (before: String, flagged: String, after: String) {
        guard let highlight = participant.highlight else { return ("", participant.text, "") }
        let scalars = Array(participant.text.unicodeScalars)
        let start = max(0, min(highlight.start, scalars.count))
        let end = max(start, min(start + highlight.length, scalars.count))
        func string(_ range: Range<Int>) -> String {
            var result = ""
            result.unicodeScalars.append(contentsOf: scalars[range])
            return result
        }
        return (string(0..<start), string(start..<end), string(end..<scalars.count))
    }
}
