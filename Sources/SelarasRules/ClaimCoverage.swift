import SelarasCore
import SelarasRegistry
import SelarasText

/// Counts, per document, how many claims were found, resolved in the registry and checked, for
/// the coverage line of the report (`stats.claims`).
///
/// - found: every claim (`ClaimSet.count`: figures, dates, citations, officials, agencies, and the
///   dateline once).
/// - resolved: the claim matched a registry row, whatever the date — a citation whose type,
///   number and year (and issuer, when written) are registered; an agency name, short form or near
///   miss of a registered agency; an official whose person or position is registered; a figure
///   whose words hold a registered trigger phrase. Dates and datelines have no registry rows.
/// - checked: the claim is of a sort some active rule kind examines (dates and the dated dateline
///   → `weekday`, citations → `citation`, agencies → `agency`, officials → `official`, figures →
///   `figure`). Every rule of those kinds looks at every claim of its sort, so this counts claims
///   looked at, not claims that could be confirmed.
public struct ClaimCoverage: Sendable {
    public let registry: FactRegistry?
    /// Names of the active rule kinds.
    public let activeKinds: Set<String>
    /// Registered figure triggers, as lowercase words, by their first word.
    private let triggersByFirstWord: [String: [[String]]]
    /// The keys of `triggersByFirstWord` by first byte and length: most words are turned away unhashed.
    private let firstWordFilter: FirstWordFilter
    /// Which claim sorts are counted as checked (`kindOfSort` against `activeKinds`), worked out once.
    private let checksDates, checksCitations, checksAgencies, checksOfficials, checksFigures: Bool

    /// The claim sorts and the rule kind that checks each.
    public static let kindOfSort: [String: String] = [
        "dates": "weekday", "citations": "citation", "agencies": "agency", "officials": "official", "figures": "figure",
    ]

    public init(registry: FactRegistry?, activeKinds: Set<String>) {
        self.registry = registry
        self.activeKinds = activeKinds
        var triggers: [String: [[String]]] = [:]
        for figure in registry?.figures ?? [] {
            for trigger in figure.triggers {
                let words = NameKey.normalize(trigger).split(separator: " ").map(String.init)
                if let first = words.first, !(triggers[first]?.contains(words) ?? false) { triggers[first, default: []].append(words) }
            }
        }
        self.triggersByFirstWord = triggers
        self.firstWordFilter = FirstWordFilter(triggers.keys)
        func active(_ sort: String) -> Bool { Self.kindOfSort[sort].map(activeKinds.contains) ?? false }
        checksDates = active("dates")
        checksCitations = active("citations")
        checksAgencies = active("agencies")
        checksOfficials = active("officials")
        checksFigures = active("figures")
    }

    /// The counts for one document's claims.
    public func stats(for claims: ClaimSet) -> ClaimStats {
        var stats = ClaimStats(found: claims.count)
        stats.resolved = resolvedCount(claims)
        if checksDates { stats.checked += claims.dates.count + (claims.dateline?.date == nil ? 0 : 1) }
        if checksCitations { stats.checked += claims.citations.count }
        if checksAgencies { stats.checked += claims.agencies.count }
        if checksOfficials { stats.checked += claims.officials.count }
        if checksFigures { stats.checked += claims.figures.count }
        stats.checked = min(stats.checked, stats.found)
        return stats
    }

    private func resolvedCount(_ claims: ClaimSet) -> Int {
        guard let registry else { return 0 }
        let lookup = CitationLookup(registry: registry)
        var count = claims.citations.filter { !lookup.records(for: $0).isEmpty }.count
        count += claims.agencies.filter { registry.agency(id: $0.agencyID) != nil }.count
        count += claims.officials.filter { official in
            if let person = official.matchedPersonID, !registry.terms(ofPerson: person).isEmpty { return true }
            return !registry.terms(ofPosition: official.position).isEmpty
        }.count
        // Counted in a loop: `filter` would build an array of the matching claims.
        let figures = claims.figures
        for index in figures.indices where matchesTrigger(figures[index]) { count += 1 }
        return count
    }

    /// Whether a registered trigger phrase occurs in the figure's words (before it, its noun, after it).
    func matchesTrigger(_ figure: FigureClaim) -> Bool {
        // The words are read in place, as if joined: before + noun + subject.
        let before = figure.wordsBefore
        let noun = figure.noun
        let subject = figure.subjectWords
        let nounCount = noun == nil ? 0 : 1
        let count = before.count + nounCount + subject.count
        func word(_ index: Int) -> String {
            if index < before.count { return before[index] }
            if let noun, index == before.count { return noun }
            return subject[index - before.count - nounCount]
        }
        for start in 0..<count {
            let first = word(start)
            // The filter only turns away words no key can equal, so the look-up below would miss too.
            guard firstWordFilter.mayContain(first), let triggers = triggersByFirstWord[first] else { continue }
            for trigger in triggers where start + trigger.count <= count {
                if trigger.indices.allSatisfy({ word(start + $0) == trigger[$0] }) { return true }
            }
        }
        return false
    }
}

/// `WordShapeFilter`'s test (first byte and byte length of ASCII words) read straight from a
/// word's contiguous UTF-8, which costs a few instructions a byte instead of a walk of `utf8`.
/// False only when no key can equal the word: a non-ASCII word, or any non-ASCII key (canonical
/// equivalence can make such strings equal to others), always passes.
private struct FirstWordFilter: Sendable {
    private var lengthsByFirstByte: [UInt64]
    private var passesEverything = false

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        var table = [UInt64](repeating: 0, count: 256)
        for key in keys {
            guard let first = key.utf8.first, key.utf8.allSatisfy({ $0 < 0x80 }) else {
                passesEverything = true
                break
            }
            table[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
        lengthsByFirstByte = table
    }

    func mayContain(_ word: String) -> Bool {
        if passesEverything { return true }
        return word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first else { return true }
            for byte in bytes where byte >= 0x80 { return true }
            return lengthsByFirstByte[Int(first)] & (1 << UInt64(min(bytes.count, 63))) != 0
        } ?? true
    }
}
