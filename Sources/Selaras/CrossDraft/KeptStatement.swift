import SelarasCore

/// A cross-draft statement as phase 2 keeps it: numbers only.
///
/// Its strings, name words and evidence are ids into the run's `CrossDraftTable` (a fact stated
/// in many drafts is stored once), and its place is the line and column a related location
/// shows, with the span of the sentence it shows. No text is kept: the few drafts a finding
/// lands on or points to are read again to show it (`Engine.recheck`,
/// `Engine.relatedMatches`), or keep a `TextExcerpt` when the run keeps every draft's findings
/// anyway (`Engine.check`).
///
/// Stored narrow (offsets and lines as `UInt32`: an input is at most 64 MiB; absent ids as
/// `none`; the interval as two doubles and flags), so a statement takes under 100 bytes.
struct KeptStatement: Sendable {
    /// Index of the draft in the run (set by `CrossDraftConflicts.find`).
    var draft: Int32 = 0
    /// Index of the rule in `CrossDraftComparator.rules`.
    var rule: UInt8
    var registryAgrees: Bool?
    /// Which parts of `interval` are present (`Interval` bits).
    private var intervalParts: UInt8
    private var spanStart: UInt32, spanEnd: UInt32
    private var sentenceStart: UInt32, sentenceEnd: UInt32
    /// Line and column of the span's start and end.
    var startLine: UInt32, startColumn: UInt32, endLine: UInt32, endColumn: UInt32
    var fact: UInt32
    var factLabel: UInt32
    var shown: UInt32
    var value: UInt32
    private var nameWordsID: UInt32, registryValueID: UInt32, evidenceID: UInt32
    private var low: Double, high: Double

    private static let none = UInt32.max
    private enum Interval {
        static let present: UInt8 = 1, low: UInt8 = 2, high: UInt8 = 4
    }

    /// What a finding on this statement flags.
    var span: Span { Span(start: Int(spanStart), end: Int(spanEnd)) }
    /// The sentence holding it, which a related location on it shows (`match(in:)`).
    var sentence: Span { Span(start: Int(sentenceStart), end: Int(sentenceEnd)) }
    var nameWords: UInt32? { nameWordsID == Self.none ? nil : nameWordsID }
    var registryValue: UInt32? { registryValueID == Self.none ? nil : registryValueID }
    var evidence: UInt32? { evidenceID == Self.none ? nil : evidenceID }
    var interval: (low: Double?, high: Double?)? {
        guard intervalParts & Interval.present != 0 else { return nil }
        return (intervalParts & Interval.low != 0 ? low : nil, intervalParts & Interval.high != 0 ? high : nil)
    }

    var start: Location { Location(line: Int(startLine), column: Int(startColumn)) }
    var end: Location { Location(line: Int(endLine), column: Int(endColumn)) }

    /// `statement` of rule `rule`, its span starting at `start` and ending at `end`, its values
    /// added to the table.
    init(_ statement: CrossDraftStatement, rule: Int, start: Location, end: Location, interner: inout CrossDraftTable.Interner) {
        self.rule = UInt8(clamping: rule)
        registryAgrees = statement.registryAgrees
        spanStart = UInt32(clamping: statement.span.start)
        spanEnd = UInt32(clamping: statement.span.end)
        sentenceStart = UInt32(clamping: statement.sentence.start)
        sentenceEnd = UInt32(clamping: statement.sentence.end)
        startLine = UInt32(clamping: start.line)
        startColumn = UInt32(clamping: start.column)
        endLine = UInt32(clamping: end.line)
        endColumn = UInt32(clamping: end.column)
        fact = interner.id(statement.fact)
        factLabel = interner.id(statement.factLabel)
        shown = interner.id(statement.shown)
        value = interner.id(statement.value)
        nameWordsID = statement.nameWords.map { interner.id($0) } ?? Self.none
        registryValueID = statement.registryValue.map { interner.id($0) } ?? Self.none
        evidenceID = statement.evidence.map { interner.id($0) } ?? Self.none
        let interval = statement.interval
        intervalParts = interval == nil ? 0
            : Interval.present | (interval?.low != nil ? Interval.low : 0) | (interval?.high != nil ? Interval.high : 0)
        low = interval?.low ?? 0
        high = interval?.high ?? 0
    }

    /// What a related location on this statement shows, `text` giving its draft's text by span:
    /// its sentence with runs of whitespace made single spaces, or its own text when the
    /// sentence is empty.
    func match(in text: (Span) -> String) -> String {
        let words = text(sentence).split { $0.isWhitespace }.joined(separator: " ")
        return words.isEmpty ? text(span) : words
    }

    /// Whether both statements can be true at once: the same value, both confirmed by the
    /// registry, one name's words within the other's, or overlapping figure intervals.
    func agrees(with other: KeptStatement, in table: CrossDraftTable.Snapshot) -> Bool {
        if value == other.value { return true }
        if registryAgrees == true && other.registryAgrees == true { return true }
        if let mineID = nameWords, let theirsID = other.nameWords {
            let mine = table.nameSets[Int(mineID)], theirs = table.nameSets[Int(theirsID)]
            if !mine.isEmpty, !theirs.isEmpty { return mine.isSubset(of: theirs) || theirs.isSubset(of: mine) }
        }
        guard let mine = interval, let theirs = other.interval else { return false }
        let lowA = mine.low ?? -Double.infinity, highA = mine.high ?? Double.infinity
        let lowB = theirs.low ?? -Double.infinity, highB = theirs.high ?? Double.infinity
        return lowA <= highB + 1e-9 && lowB <= highA + 1e-9
    }
}
