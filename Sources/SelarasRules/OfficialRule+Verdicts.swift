import SelarasCore
import SelarasRegistry
import SelarasText

extension OfficialRule {
    /// The finding of this rule's check for one resolved mention, if the registry contradicts it.
    func judge(_ claim: OfficialClaim, _ resolved: OfficialResolution, registry: FactRegistry, date: LocalDate,
               text: SourceText) -> Finding? {
        let own = resolved.ownTerms
        let ownNow = own.filter { $0.validity.contains(date) }
        let endedBefore = own.filter { term in term.validity.lastDay.map { $0 < date } ?? false }
        let holders = registry.holders(ofPosition: resolved.position, at: date)
        let name = Self.displayName(own.first ?? registry.terms(ofPerson: resolved.person)[0])
        var values: [String: String] = ["match": text.text(claim.span), "name": name, "date": Self.longDate(date),
                                        "position": resolved.position]
        switch check {
        case .holder:
            // Only an exact name: a near miss may be someone the registry does not know.
            guard resolved.distance == 0, ownNow.isEmpty, endedBefore.isEmpty, let holder = holders.first else { return nil }
            values["holder"] = Self.displayName(holder)
            values["expected"] = values["holder"]
            values["position"] = holder.styledPosition
            return finding(span: claim.span, message: metadata.renderMessage(values),
                           evidence: holder.evidence(asOf: date))
        case .spelling:
            guard resolved.distance > 0, let nameSpan = claim.nameSpan, let term = own.first else { return nil }
            values["match"] = text.text(nameSpan)
            values["expected"] = resolved.registeredName
            return finding(span: nameSpan, message: metadata.renderMessage(values), suggestions: [resolved.registeredName],
                           evidence: term.evidence(asOf: date))
        case .acting:
            let written = OfficialRole(claim.acting)
            guard !ownNow.isEmpty, !ownNow.contains(where: { $0.role == written }), let term = ownNow.first else { return nil }
            let span = Span(start: claim.span.start, end: claim.positionSpan.end)
            let fix = term.role.isActing ? "\(term.role.marker) \(claim.positionWritten)" : claim.positionWritten
            values["expected"] = fix
            values["roleName"] = Self.roleName(term.role)
            return finding(span: span, message: metadata.renderMessage(values), suggestions: [fix],
                           evidence: term.evidence(asOf: date))
        case .tenure:
            guard ownNow.isEmpty, let ended = endedBefore.max(by: { ($0.validity.lastDay ?? date) < ($1.validity.lastDay ?? date) }),
                  let lastDay = ended.validity.lastDay else { return nil }
            let span = Span(start: claim.span.start, end: claim.positionSpan.end)
            let current = registry.terms(ofPerson: resolved.person).filter { $0.validity.contains(date) }
            values["until"] = Self.longDate(lastDay)
            values["current"] = current.isEmpty ? ""
                : "; pada \(Self.longDate(date)) menjabat " + current.map(\.styledPosition).joined(separator: " dan ")
            values["holder"] = holders.first.map(Self.displayName) ?? ""
            values["expected"] = current.count == 1 ? current[0].styledPosition : ""
            return finding(span: span, message: metadata.renderMessage(values),
                           suggestions: current.count == 1 ? [current[0].styledPosition] : [],
                           evidence: ended.evidence(asOf: date))
        }
    }

    /// `H. Muhidin`, `dr. Fitri Contoh`: front titles and the registered name.
    static func displayName(_ term: OfficialTerm) -> String {
        (term.frontTitles + [term.fullName]).joined(separator: " ")
    }

    /// `20 November 2024`.
    static func longDate(_ date: LocalDate) -> String {
        "\(date.day) \(CalendarWords.monthNames[date.month]) \(date.year)"
    }

    static func roleName(_ role: OfficialRole) -> String {
        switch role {
        case .definitif: return "pejabat definitif"
        case .plt: return "Pelaksana Tugas (Plt.)"
        case .plh: return "Pelaksana Harian (Plh.)"
        case .pj: return "Penjabat (Pj.)"
        case .pjs: return "Penjabat Sementara (Pjs.)"
        }
    }
}
