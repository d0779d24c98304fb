import SelarasCore
import SelarasReport

/// Gives findings their stable fingerprints (`Fingerprint.compute`, algorithm `selaras/v1`).
///
/// The context hashed is the text up to 40 bytes either side of the match on its line, not the
/// whole line: editing another sentence of a long paragraph must not make an old finding new.
enum FingerprintContext {
    static func text(around span: Span, in source: SourceText) -> String {
        source.text(self.span(around: span, in: source))
    }

    /// The bytes `text(around:in:)` reads: within the line where `span` starts.
    static func span(around span: Span, in source: SourceText) -> Span {
        let line = source.lineRange(source.lineIndex(ofByte: span.start) + 1)
        var lower = max(line.lowerBound, span.start - 40)
        var upper = min(line.upperBound, max(span.end, span.start) + 40)
        while lower > line.lowerBound, source.bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < line.upperBound, source.bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return Span(start: lower, end: max(lower, upper))
    }

    /// Sets the fingerprint of each finding of one document, numbering identical ones in order.
    static func assign(_ findings: inout [ReportedFinding], source: SourceText) {
        assign(&findings) { text(around: $0, in: source) }
    }

    /// The same, with each finding's context text given by `context` (phase 2 has no source).
    static func assign(_ findings: inout [ReportedFinding], context: (Span) -> String) {
        var seen: [String: Int] = [:]
        let order = findings.indices.sorted { findings[$0].span < findings[$1].span }
        for index in order {
            let finding = findings[index]
            let around = context(finding.span)
            let key = "\(finding.rule)\u{0}\(finding.match)\u{0}\(around)"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            findings[index].fingerprint = Fingerprint.compute(
                rule: finding.rule, path: finding.path, match: finding.match, context: around, occurrence: occurrence)
        }
    }
}
