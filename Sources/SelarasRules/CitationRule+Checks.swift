import SelarasCore
import SelarasRegistry
import SelarasText

extension CitationRule {
    func checkForm(_ input: CitationCheckInput) -> Finding? {
        let claim = input.claim
        guard input.firstMention, !input.nested, !claim.isCanonical, !claim.typeConflict else { return nil }
        var expected = CanonicalCitation.text(for: claim)
        var evidence: Evidence?
        if let registry = input.context.registry, let record = CitationLookup(registry: registry).record(for: claim) {
            expected = CanonicalCitation.text(for: record, fallbackTitle: claim.title)
            evidence = record.evidence(asOf: input.context.referenceDate)
        }
        guard let expected, expected != input.written else { return nil }
        let message = render(["match": input.written, "expected": expected])
        return finding(span: input.citationSpan, message: message, suggestions: [expected], evidence: evidence)
    }

    func checkYear(_ input: CitationCheckInput) -> Finding? {
        let claim = input.claim
        guard claim.year == nil, !input.nested else { return nil }
        var suggestions: [String] = []
        var evidence: Evidence?
        var expected = ""
        if let registry = input.context.registry, let type = CitationLookup.registryType(claim.type) {
            let number = SelarasRegistry.RegulationType.normalizedNumber(claim.number)
            let candidates = registry.regulations.filter {
                $0.type == type && SelarasRegistry.RegulationType.normalizedNumber($0.number) == number
                    && CitationLookup.issuerAgrees($0, claim)
            }
            if candidates.count == 1 {
                expected = CanonicalCitation.text(for: candidates[0], fallbackTitle: claim.title)
                suggestions = [expected]
                evidence = candidates[0].evidence(asOf: input.context.referenceDate)
            }
        }
        let message = render(["match": input.written, "expected": expected])
        return finding(span: input.citationSpan, message: message, suggestions: suggestions, evidence: evidence)
    }

    func checkType(_ input: CitationCheckInput) -> Finding? {
        let claim = input.claim
        guard claim.typeConflict, let abbreviation = claim.abbreviationWritten, let abbreviationType = claim.abbreviationType,
              let fullType = CitationLookup.registryType(claim.type) else { return nil }
        let text = input.text
        // The flagged part runs from the type name to the `)` closing the abbreviation.
        var end = claim.typeSpan.end
        let limit = min(claim.numberSpan.start, text.count)
        var offset = claim.typeSpan.end
        while offset < limit {
            if text.bytes[offset] == UInt8(ascii: ")") { end = offset + 1; break }
            offset += 1
        }
        let span = Span(start: claim.typeSpan.start, end: end)
        var expected = "\(claim.typeWritten) (\(fullType.shortForm))"
        var evidence: Evidence?
        var shortForm = fullType.shortForm
        // When the registry knows the regulation only under the abbreviation's type, the full name is the slip.
        if let registry = input.context.registry, let year = claim.year, let other = CitationLookup.registryType(abbreviationType) {
            let underFull = registry.regulations(type: fullType, number: claim.number, year: year)
            let underAbbreviation = registry.regulations(type: other, number: claim.number, year: year)
            if let record = underFull.first {
                evidence = record.evidence(asOf: input.context.referenceDate)
            } else if underAbbreviation.count == 1, let record = underAbbreviation.first {
                expected = "\(other.fullForm) (\(abbreviation))"
                shortForm = other.shortForm
                evidence = record.evidence(asOf: input.context.referenceDate)
            }
        }
        let message = render([
            "match": text.text(span), "expected": expected, "written": claim.typeWritten, "abbreviation": abbreviation,
            "short": shortForm,
        ])
        return finding(span: span, message: message, suggestions: [expected], evidence: evidence)
    }

    func checkRegistered(_ input: CitationCheckInput, _ lookup: CitationLookup) -> Finding? {
        let claim = input.claim
        guard claim.year != nil, !input.nested, input.firstMention, lookup.records(for: claim).isEmpty else { return nil }
        if coveredTypesOnly, !lookup.covers(claim) { return nil }
        // A title naming one registered regulation is the `number` check's finding.
        if lookup.recordsNamed(by: claim, at: input.context.referenceDate).count == 1 { return nil }
        let evidence = Evidence(record: "regulations.csv", source: lookup.registry.directory,
                                asOf: input.context.referenceDate.description)
        let message = render(["match": input.written, "expected": ""])
        return finding(span: input.citationSpan, message: message, evidence: evidence)
    }

    func checkTitle(_ input: CitationCheckInput, _ lookup: CitationLookup) -> Finding? {
        let claim = input.claim
        guard !input.nested, let titleSpan = claim.titleSpan, let record = lookup.record(for: claim),
              let registered = CitationLookup.title(of: record),
              lookup.titleAgrees(claim, with: record, in: input.text) == false else { return nil }
        let written = input.text.text(titleSpan)
        let message = render([
            "match": written, "written": written, "expected": registered, "title": registered, "citation": record.shortCitation,
        ])
        return finding(span: titleSpan, message: message, suggestions: [registered],
                       evidence: record.evidence(asOf: input.context.referenceDate))
    }

    func checkStatus(_ input: CitationCheckInput, _ lookup: CitationLookup) -> Finding? {
        let claim = input.claim
        let date = input.context.referenceDate
        guard !input.nested, input.firstMention, let record = lookup.record(for: claim),
              case let .revoked(change) = record.status(at: date),
              !SentenceMarkers(SentenceMarkers.revocationDefaults).occurs(in: input.sentence) else { return nil }
        let message = render([
            "match": input.written, "expected": change.citation, "citation": record.shortCitation, "by": change.citation,
            "byTitle": change.title, "date": date.description, "title": CitationLookup.title(of: record) ?? "",
        ])
        var notes = ["\(record.shortCitation) dicabut oleh \(change.citation)"
            + (change.effective.map { " sejak \($0)" } ?? "") + "; menurut registry berstatus dicabut pada \(date)."]
        if let successor = lookup.registry.regulation(id: change.by) {
            notes.append("Penggantinya: \(CanonicalCitation.text(for: successor)) (\(successor.origin.reference)).")
        }
        return finding(span: input.citationSpan, message: message, evidence: record.evidence(asOf: date), notes: notes)
    }

    func checkNumber(_ input: CitationCheckInput, _ lookup: CitationLookup) -> Finding? {
        let claim = input.claim
        guard !input.nested, claim.year != nil, lookup.records(for: claim).isEmpty else { return nil }
        let named = lookup.recordsNamed(by: claim, at: input.context.referenceDate)
        guard named.count == 1, let record = named.first else { return nil }
        let expected = CanonicalCitation.text(for: record)
        let message = render([
            "match": input.written, "expected": expected, "citation": record.shortCitation,
            "title": CitationLookup.title(of: record) ?? "", "written": claim.title ?? "",
        ])
        return finding(span: input.citationSpan, message: message, suggestions: [expected],
                       evidence: record.evidence(asOf: input.context.referenceDate))
    }
}
