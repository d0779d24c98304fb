import SelarasCore

/// A cross-draft statement as phase 2 keeps it: numbers only.
///
/// Its strings, name words and evidence are ids into the run's `CrossDraftTable` (a fact stated
/// in many drafts is stored once), and its place is the line and column a related location
/// shows, with the span of the sentence it shows. No text is kept: the few drafts a finding
/// lands on or points to are read again to show it (`Engine.recheck`,
/// `Engine.relatedMatches`), or keep a `TextExcerpt` when the run keeps every draft's findings
/// anyway (`Engine.check`).
struct KeptStatement: Sendable {
    /// Index of the draft in the run (set by `CrossDraftConflicts.find`).
    var draft: Int32 = 0
    /// Index of the rule in `CrossDraftComparator.rules`.
    var rule: UInt8
    var registryAgrees: Bool?
    /// What a finding on this statement flags.
    var span: Span
    /// Line and column of the span's start and end.
    var startLine: UInt32, startColumn: UInt32, endLine: UInt32, endColumn: UInt32
    /// The sentence holding it, which a related location on it shows (`match(in:)`).
    var sentence: Span
    var fact: UInt32
    var factLabel: UInt32
    var shown: UInt32
    var value: UInt32
    var nameWords: UInt32?
    var registryValue: UInt32?
    var evidence: UInt32?
    var interval: (low: Double?, high: Double?)?

    var start: Location { Location(line: Int(startLine), column: Int(startColumn)) }
    var end: Location { Location(line: Int(endLine), column: Int(endColumn)) }

    /// `statement` of rule `rule` in `source`, its values added to the table.
    init(_ statement: CrossDraftStatement, rule: Int, in source: SourceText, interner: inout CrossDraftTable.Interner) {
        let start = source.location(ofByte: statement.span.start)
        let end = source.location(ofByte: statement.span.end)
        self.rule = UInt8(clamping: rule)
        registryAgrees = statement.registryAgrees
        span = statement.span
        startLine = UInt32(clamping: start.line)
        startColumn = UInt32(clamping: start.column)
        endLine = UInt32(clamping: end.line)
        endColumn = UInt32(clamping: end.column)
        sentence = statement.sentence
        fact = interner.id(statement.fact)
        factLabel = interner.id(statement.factLabel)
        shown = interner.id(statement.shown)
        value = interner.id(statement.value)
        nameWords = statement.nameWords.map { interner.id($0) }
        registryValue = statement.registryValue.map { interner.id($0) }
        evidence = statement.evidence.map { interner.id($0) }
        interval = statement.interval
    }

    /// What a related location on this statement shows, `text` giving its draft's text by span:
    /// its sentence with runs of whitespace made single spaces, or its own text when the
    /// sentence is empty.
    func match(in text: (Span) -> String) -> String {
        let words = text(sentence).split { $0.isWhitespace }.joined(separator: " ")
        return words.isEmpty ? text(span) : words
    }

    /// Whether both statements can be true at once (`CrossDraftStatement.agrees(with:)`, on ids).
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
