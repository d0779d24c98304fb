import SelarasCore
import SelarasRegistry
import SelarasText

/// How a regulation citation in a draft relates to the registry's `regulations` rows.
///
/// Shared by every `citation` check and by `ClaimCoverage`, so "resolved" means the same thing
/// in findings and in the coverage counts.
public struct CitationLookup: Sendable {
    public let registry: FactRegistry

    public init(registry: FactRegistry) {
        self.registry = registry
    }

    /// The registry's type for a claim's type (`INBUP`, `INWALI` have none).
    public static func registryType(_ type: SelarasText.RegulationType) -> SelarasRegistry.RegulationType? {
        SelarasRegistry.RegulationType(parsing: type.rawValue)
    }

    /// Rows with the claim's type, number and year whose issuer agrees with the one written (if any).
    public func records(for claim: CitationClaim) -> [RegulationRecord] {
        guard let year = claim.year, let type = Self.registryType(claim.type) else { return [] }
        return registry.regulations(type: type, number: claim.number, year: year).filter { Self.issuerAgrees($0, claim) }
    }

    /// The one row a claim names; nil when none or several match.
    public func record(for claim: CitationClaim) -> RegulationRecord? {
        let found = records(for: claim)
        return found.count == 1 ? found[0] : nil
    }

    /// Whether the registry records regulations of this type (and issuer, when one is written) at
    /// all: only then does "not in the registry" say something about the citation.
    public func covers(_ claim: CitationClaim) -> Bool {
        guard let type = Self.registryType(claim.type) else { return false }
        return registry.regulations.contains { $0.type == type && Self.issuerAgrees($0, claim) }
    }

    static func issuerAgrees(_ record: RegulationRecord, _ claim: CitationClaim) -> Bool {
        guard let issuer = claim.issuer, !issuer.isEmpty else { return true }
        let written = NameKey.normalize(issuer)
        let registered = NameKey.normalize(record.issuer)
        return registered.isEmpty || registered.contains(written) || written.contains(registered)
    }

    /// The registry title without a trailing note in parentheses (`… (contoh fiktif)`); nil when
    /// the row has no usable title (empty, or only a note such as `(judul resmi belum dicatat)`).
    public static func title(of record: RegulationRecord) -> String? {
        var title = record.title.trimmingSpaces()
        if title.hasPrefix("(") { return nil }
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex {
            title = String(title[..<open]).trimmingSpaces()
        }
        return title.isEmpty ? nil : title
    }

    /// Case- and space-insensitive form of a title; hyphens and letters are kept, so
    /// `Perlindungan` ≠ `Pelindungan`.
    public static func titleKey(_ title: String) -> String {
        NameKey.normalize(title)
    }

    /// Whether the draft's title agrees with the row: the text from the title's start reads the
    /// registry title (the title reader stops at commas, which some titles contain), or the title
    /// read equals it. Nil when either side has no title.
    public func titleAgrees(_ claim: CitationClaim, with record: RegulationRecord, in text: SourceText) -> Bool? {
        guard let titleSpan = claim.titleSpan, let registered = Self.title(of: record) else { return nil }
        let key = Self.titleKey(registered)
        if Self.titleKey(claim.title ?? text.text(titleSpan)) == key { return true }
        let end = min(text.count, titleSpan.start + registered.utf8.count * 2 + 8)
        let following = Self.titleKey(text.text(Span(start: titleSpan.start, end: end)))
        guard following.hasPrefix(key) else { return false }
        let rest = following.dropFirst(key.count)
        return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
    }

    /// Rows of the claim's type whose title the draft's title names: the same title, an alias
    /// `⟨type⟩ ⟨title⟩` (`UU BUMN`), or the title's initials (`BUMN`). When several match, the
    /// ones sharing the claim's number or year are kept, then the ones in force on `date`.
    public func recordsNamed(by claim: CitationClaim, at date: LocalDate) -> [RegulationRecord] {
        guard let title = claim.title, let type = Self.registryType(claim.type) else { return [] }
        let key = Self.titleKey(title)
        let aliasKey = NameKey.normalize("\(type.shortForm) \(title)")
        var found = registry.regulations.filter { record in
            guard record.type == type, Self.issuerAgrees(record, claim), let registered = Self.title(of: record) else { return false }
            if Self.titleKey(registered) == key { return true }
            if record.aliases.contains(where: { NameKey.normalize($0) == aliasKey }) { return true }
            let initials = Self.initials(registered)
            return initials.count >= 3 && initials == title.filter { !$0.isWhitespace }.uppercased()
        }
        if found.count > 1 {
            let close = found.filter { SelarasRegistry.RegulationType.normalizedNumber($0.number) == SelarasRegistry.RegulationType.normalizedNumber(claim.number) || $0.year == claim.year }
            if !close.isEmpty { found = close }
        }
        if found.count > 1 {
            let inForce = found.filter {
                switch $0.status(at: date) {
                case .inForce, .amended: return true
                case .revoked, .notYetEnacted: return false
                }
            }
            if !inForce.isEmpty { found = inForce }
        }
        return found
    }

    /// `BUMN` for `Badan Usaha Milik Negara`: first letters of the content words.
    static func initials(_ title: String) -> String {
        let functionWords: Set<String> = ["dan", "atau", "di", "ke", "dari", "pada", "untuk", "atas", "serta", "bagi", "dalam", "tentang", "yang"]
        return String(title.split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { !functionWords.contains($0.lowercased()) }
            .compactMap(\.first)).uppercased()
    }
}
