import Foundation
import SelarasCore

/// Known findings to hide, so a project can adopt Selaras without fixing every old draft first.
///
/// Findings are matched by fingerprint (see `Fingerprint`), never by line number: inserting
/// lines above a known finding does not make it new. Each entry absorbs at most one finding,
/// so a second identical problem in the same context still shows.
///
/// File format (JSON, `version: 1`): `{ "version": 1, "entries": [ { "rule", "path", "match",
/// "fingerprint", "message" } ] }`, entries sorted by path, rule and fingerprint so the file
/// diffs well when re-recorded.
public struct Baseline: Sendable, Hashable, Codable {
    /// One known finding.
    public struct Entry: Sendable, Hashable, Codable {
        public var rule: String
        public var path: String
        public var match: String
        public var fingerprint: String
        /// For people reading the file; not used for matching.
        public var message: String

        public init(rule: String, path: String, match: String, fingerprint: String, message: String) {
            self.rule = rule
            self.path = path
            self.match = match
            self.fingerprint = fingerprint
            self.message = message
        }
    }

    /// The result of applying a baseline.
    public struct Outcome: Sendable, Hashable {
        /// Findings the baseline does not know, in report order.
        public var findings: [ReportedFinding]
        /// Findings hidden because the baseline knows them.
        public var suppressed: Int
        /// Entries for checked files that matched no finding: problems that were fixed.
        public var fixed: Int
    }

    public static let formatVersion = 1

    public var version: Int
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.version = Self.formatVersion
        self.entries = entries.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
    }

    /// A baseline holding every finding of `report`.
    public static func record(_ report: Report) -> Baseline {
        let fingerprints = Fingerprint.fingerprints(for: report.findings)
        return Baseline(entries: zip(report.findings, fingerprints).map { finding, fingerprint in
            Entry(rule: finding.rule, path: finding.path, match: finding.match, fingerprint: fingerprint,
                  message: finding.message)
        })
    }

    /// Reads a baseline file; `path` is used in error messages.
    public static func load(_ bytes: [UInt8], path: String) throws -> Baseline {
        let decoded: Baseline
        do {
            decoded = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
        } catch {
            throw SelarasError(
                .input, "not a valid Selaras baseline file: \(describe(error))", path: path,
                hint: "fix the JSON or record the baseline again"
            )
        }
        guard decoded.version == formatVersion else {
            throw SelarasError(
                .input, "baseline version \(decoded.version) is not supported (expected \(formatVersion))",
                path: path, hint: "re-create the baseline with this version of selaras"
            )
        }
        return decoded
    }

    /// The file's content: pretty-printed JSON with sorted keys, ending in a newline.
    public func encoded() -> String { JSONValue.encode(self) }

    /// Splits `report`'s findings into new ones and ones the baseline knows.
    public func apply(to report: Report) -> Outcome {
        var available: [String: Int] = [:]
        for entry in entries { available[entry.fingerprint, default: 0] += 1 }
        var fresh: [ReportedFinding] = []
        var suppressed = 0
        for (finding, fingerprint) in zip(report.findings, Fingerprint.fingerprints(for: report.findings)) {
            if let count = available[fingerprint], count > 0 {
                available[fingerprint] = count - 1
                suppressed += 1
            } else {
                fresh.append(finding)
            }
        }
        // Entries for files this run did not check are not "fixed": they were not looked at.
        let checked = Set(report.files.map { Fingerprint.normalisePath($0.path) })
        var fixed = 0
        var remaining = available
        for entry in entries where checked.isEmpty || checked.contains(Fingerprint.normalisePath(entry.path)) {
            if let count = remaining[entry.fingerprint], count > 0 {
                remaining[entry.fingerprint] = count - 1
                fixed += 1
            }
        }
        return Outcome(findings: fresh, suppressed: suppressed, fixed: fixed)
    }

    /// `report` with known findings removed, per-file counts updated, and
    /// `baselineSuppressed` / `baselineFixed` set (reporters then print them).
    public func filter(_ report: Report) -> Report {
        let outcome = apply(to: report)
        var result = report
        result.findings = outcome.findings
        var perFile: [String: Int] = [:]
        for finding in outcome.findings { perFile[finding.path, default: 0] += 1 }
        for index in result.files.indices { result.files[index].findings = perFile[result.files[index].path] ?? 0 }
        result.baselineSuppressed = outcome.suppressed
        result.baselineFixed = outcome.fixed
        return result
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key `\(keyPath(context.codingPath + [key]))`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong value at `\(keyPath(context.codingPath))`"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at `\(keyPath(context.codingPath))`"
        default:
            return String(describing: error)
        }
    }

    private static func keyPath(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
