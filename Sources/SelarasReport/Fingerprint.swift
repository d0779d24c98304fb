import SelarasCore

/// Stable identities for findings, used by SARIF `partialFingerprints` and by baselines.
///
/// A fingerprint must not change when lines are inserted above a finding, so it hashes what
/// the finding *is* (rule, file, flagged text, the text around it) and never its line or
/// column. Two identical findings in the same context are told apart by their occurrence index.
///
/// Algorithm `selaras/v1`: SHA-256 over the UTF-8 of
/// `"selaras/v1" NUL rule NUL path NUL match NUL normalisedContext NUL occurrence`, lower-case hex.
/// The path uses forward slashes without a leading `./`; the context has every run of white
/// space (including NBSP and other Unicode spaces) collapsed to one ASCII space and is trimmed.
public enum Fingerprint {
    /// The key under which SARIF `partialFingerprints` carries the value.
    public static let sarifKey = "selaras/v1"

    /// The fingerprint of one finding.
    /// - Parameters:
    ///   - context: the sentence or line around the match (for `ReportedFinding`, its `sourceLine`).
    ///   - occurrence: 0-based index of this finding among those in the same file with the same
    ///     rule, match and normalised context, in report order.
    public static func compute(rule: String, path: String, match: String, context: String, occurrence: Int) -> String {
        let fields = [sarifKey, rule, normalisePath(path), match, normaliseContext(context), String(occurrence)]
        return SHA256.hexDigest(fields.joined(separator: "\u{0}"))
    }

    /// Each finding's fingerprint: its own `fingerprint` when the engine set one, otherwise one
    /// computed from its `sourceLine`, counting occurrences in the order given.
    public static func fingerprints(for findings: [ReportedFinding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            if !finding.fingerprint.isEmpty { return finding.fingerprint }
            let context = normaliseContext(finding.sourceLine)
            let key = [finding.rule, normalisePath(finding.path), finding.match, context].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return compute(rule: finding.rule, path: finding.path, match: finding.match, context: context, occurrence: occurrence)
        }
    }

    /// Fills in every empty `fingerprint` (see `fingerprints(for:)`); the engine may call this.
    public static func fill(_ findings: inout [ReportedFinding]) {
        let values = fingerprints(for: findings)
        for index in findings.indices { findings[index].fingerprint = values[index] }
    }

    /// Forward slashes, no leading `./`.
    static func normalisePath(_ path: String) -> String {
        var result = path.utf8.contains(0x5C) ? path.replacingAll("\\", with: "/") : path
        while result.hasPrefix("./") { result.removeFirst(2) }
        return result
    }

    /// White space runs collapsed to one space, trimmed.
    static func normaliseContext(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.value < 0x80
                ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)  // ASCII: no property lookup
                : scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
            if isSpace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            if scalar.value < 0x80 { result.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { result.append($0) } }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension String {
    /// `replacingOccurrences` without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
