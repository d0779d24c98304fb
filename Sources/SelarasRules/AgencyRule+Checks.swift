import SelarasCore
import SelarasRegistry
import SelarasText

extension AgencyRule {
    func renamed(_ claim: AgencyClaim, _ registry: FactRegistry, _ context: RuleContext) -> Finding? {
        let date = context.referenceDate
        let match = registry.agency(named: claim.written, at: date)
            ?? registry.agency(id: claim.agencyID).flatMap { registry.agency(named: $0.name, at: date) }
        guard let match, !match.isValid else { return nil }
        if match.isShortForm, !flagsShortForms { return nil }
        let old = match.record
        let valid: AgencyRecord
        if match.isRenamed, let successor = match.validRecord {
            guard !talksAboutPast(claim, until: old.validity.lastDay, in: context) else { return nil }
            valid = successor
        } else if match.isNotYetValid, let earlier = Self.predecessor(of: old, at: date, in: registry) {
            valid = earlier
        } else {
            return nil
        }
        let expected = match.isShortForm ? (valid.shortForms.first ?? valid.name) : valid.name
        let message = metadata.renderMessage([
            "match": claim.written, "expected": expected, "name": valid.name, "old": old.name,
            "since": valid.validity.from?.description ?? "", "date": date.description,
        ])
        let notes = [match.isNotYetValid ? Self.renameNote(from: valid, to: old) : Self.renameNote(from: old, to: valid)]
        return finding(span: claim.span, message: message, suggestions: [expected], evidence: old.evidence(asOf: date), notes: notes)
    }

    func spelling(_ claim: AgencyClaim, _ registry: FactRegistry, _ context: RuleContext) -> Finding? {
        guard claim.distance <= maxDistance, let record = registry.agency(id: claim.agencyID),
              Self.isTypo(claim.written, of: claim.matchedName, places: Self.placeWords(registry)) else { return nil }
        let date = context.referenceDate
        var valid = record
        if !record.validity.contains(date) {
            let past = talksAboutPast(claim, until: record.validity.lastDay, in: context)
            if !past, let successor = registry.successors(of: record).first(where: { $0.validity.contains(date) }) {
                valid = successor
            } else if let earlier = Self.predecessor(of: record, at: date, in: registry) {
                valid = earlier
            }
        }
        guard valid.name != claim.written else { return nil }
        let message = metadata.renderMessage([
            "match": claim.written, "expected": valid.name, "name": valid.name, "old": record.name,
            "since": valid.validity.from?.description ?? "", "date": date.description,
        ])
        var notes: [String] = []
        if valid.id != record.id { notes.append(Self.renameNote(from: record, to: valid)) }
        return finding(span: claim.span, message: message, suggestions: [valid.name], evidence: valid.evidence(asOf: date), notes: notes)
    }

    /// Whether `written` differs from `name` only by typos: every word of `written` that is not in
    /// `name` is a function word, or close to a word of `name` (two edits, or the same first five
    /// letters) without being a place. A different place (`Banjarmasin` for `Banjarbaru`) names
    /// another agency, not a typo.
    static func isTypo(_ written: String, of name: String, places: Set<String>) -> Bool {
        let nameWords = SentenceMarkers.words(name)
        let functionWords: Set<String> = ["dan", "serta", "atau", "dari", "untuk", "pada", "di", "ke"]
        for word in SentenceMarkers.words(written) where !nameWords.contains(word) && !functionWords.contains(word) {
            if places.contains(word) { return false }
            let close = nameWords.contains { candidate in
                guard min(word.count, candidate.count) >= 4 else { return false }
                if let distance = EditDistance.bounded(word, candidate, limit: 2), distance <= 2 { return true }
                return word.prefix(5) == candidate.prefix(5) && min(word.count, candidate.count) >= 7
            }
            if !close { return false }
        }
        return true
    }

    /// Lowercase words of the registry's region names and short forms.
    static func placeWords(_ registry: FactRegistry) -> Set<String> {
        var words: Set<String> = []
        for region in registry.regions {
            for name in [region.name] + region.shortForms { words.formUnion(SentenceMarkers.words(name)) }
        }
        return words.subtracting(["selatan", "utara", "tengah", "timur", "barat", "hulu", "sungai", "tanah", "kota"])
    }
}
