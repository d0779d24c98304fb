import SelarasCore

/// Renders a `RegistryLookup` for people (text) and for tools (a JSON-ready dictionary with
/// sorted, stable keys). Output is deterministic.
public enum RegistryLookupFormatter {
    public static func text(_ result: RegistryLookup) -> String {
        var lines: [String] = []
        let date = result.date
        for regulation in result.regulations {
            let status = regulation.status(at: date)
            lines.append("Regulation \(regulation.shortCitation) — \(regulation.citation)")
            if !regulation.issuer.isEmpty { lines.append("  issuer: \(regulation.issuer)") }
            if let enacted = regulation.enacted { lines.append("  enacted: \(enacted)") }
            lines.append("  status on \(date): \(status.label) (\(status.key))")
            switch status {
            case .amended(let changes):
                for change in changes { lines.append("  amended by \(change.citation) \(change.title)") }
            case .revoked(let change):
                lines.append("  revoked by \(change.citation) \(change.title)" + (change.effective.map { " from \($0)" } ?? ""))
            default: break
            }
            lines.append(evidence(regulation, date))
        }
        if let match = result.agency {
            let record = match.record
            lines.append("Agency \(record.name)" + (record.shortForms.isEmpty ? "" : " (\(record.shortForms.joined(separator: ", ")))"))
            if match.isShortForm { lines.append("  \"\(match.matchedForm)\" is a short form of \(record.name)") }
            lines.append("  valid: \(record.validity)")
            if match.isValid {
                lines.append("  valid on \(date): yes")
            } else if match.isRenamed, let valid = match.validRecord {
                lines.append("  valid on \(date): NO — renamed; use \(valid.name)"
                             + (valid.shortForms.isEmpty ? "" : " (\(valid.shortForms.joined(separator: ", ")))"))
            } else if match.isNotYetValid {
                lines.append("  valid on \(date): NO — not yet in use")
            } else {
                lines.append("  valid on \(date): NO — no valid successor recorded")
            }
            for successor in match.successors {
                lines.append("  successor: \(successor.name) (\(successor.validity)) [\(successor.origin.reference)]")
            }
            lines.append(evidence(record, date))
        }
        if !result.holders.isEmpty || !result.positionHistory.isEmpty {
            let position = result.positionHistory.first?.position ?? result.holders.first?.position ?? result.query
            lines.append("Position \(position) on \(date):")
            if result.holders.isEmpty { lines.append("  no holder recorded on \(date)") }
            for holder in result.holders {
                lines.append("  \(holder.role.isActing ? holder.role.marker + " " : "")\(holder.titledName) (\(holder.role.rawValue), \(holder.validity))")
                lines.append("  " + evidence(holder, date))
            }
            lines.append("  history:")
            for term in result.positionHistory {
                lines.append("    \(term.validity): \(term.titledName) (\(term.role.rawValue)) [\(term.origin.reference)]")
            }
        }
        for term in result.officials where !result.positionHistory.contains(term) {
            let now = term.validity.contains(date) ? " — holds it on \(date)" : ""
            lines.append("Official \(term.titledName): \(term.styledPosition) (\(term.validity))\(now) [\(term.origin.reference)]")
        }
        for figure in result.figures {
            lines.append("Figure \(figure.id): \(figure.subject) = \(figure.valueText) \(figure.unit)"
                         + (figure.period.map { " (period \($0))" } ?? "") + ", tolerance \(figure.tolerance)")
            lines.append(evidence(figure, date))
        }
        if let match = result.term {
            lines.append("Term \"\(match.matchedForm)\" on \(date): \(match.status.rawValue)"
                         + (match.status == .preferred ? "" : " — use \"\(match.recommendedForm)\"")
                         + (match.record.note.isEmpty ? "" : " (\(match.record.note))"))
            lines.append(evidence(match.record, date))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func evidence<R: RegistryRecord>(_ record: R, _ date: LocalDate) -> String {
        let e = record.evidence(asOf: date)
        return "  record: \(e.record); source: \(e.source); verified: \(e.verifiedAsOf ?? "never")"
    }

    /// A dictionary of plain values (strings, numbers, arrays, dictionaries) for `JSONSerialization`.
    public static func jsonObject(_ result: RegistryLookup) -> [String: Any] {
        let date = result.date
        func ev<R: RegistryRecord>(_ record: R) -> [String: Any] {
            let e = record.evidence(asOf: date)
            return ["record": e.record, "source": e.source, "verifiedAsOf": e.verifiedAsOf ?? "", "asOf": e.asOf]
        }
        func official(_ term: OfficialTerm) -> [String: Any] {
            ["id": term.id, "person": term.person, "name": term.fullName, "titledName": term.titledName,
             "position": term.position, "role": term.role.rawValue, "validFrom": term.validity.from?.description ?? "",
             "validTo": term.validity.to?.description ?? "", "validOnDate": term.validity.contains(date), "evidence": ev(term)]
        }
        var object: [String: Any] = ["query": result.query, "date": date.description, "found": !result.isEmpty]
        object["regulations"] = result.regulations.map { r -> [String: Any] in
            let status = r.status(at: date)
            var changes: [[String: Any]] = []
            switch status {
            case .amended(let list): changes = list.map { ["kind": "amended", "by": $0.by, "citation": $0.citation] }
            case .revoked(let change): changes = [["kind": "revoked", "by": change.by, "citation": change.citation,
                                                   "effective": change.effective?.description ?? ""]]
            default: break
            }
            return ["id": r.id, "type": r.type.key, "number": r.number, "year": r.year, "title": r.title,
                    "citation": r.shortCitation, "issuer": r.issuer, "enacted": r.enacted?.description ?? "",
                    "status": status.key, "changes": changes, "evidence": ev(r)]
        }
        if let match = result.agency {
            object["agency"] = [
                "id": match.record.id, "name": match.record.name, "matchedForm": match.matchedForm,
                "isShortForm": match.isShortForm, "validOnDate": match.isValid, "renamed": match.isRenamed,
                "validName": match.validName ?? "", "validID": match.validRecord?.id ?? "",
                "successors": match.successors.map { ["id": $0.id, "name": $0.name, "validFrom": $0.validity.from?.description ?? ""] },
                "evidence": ev(match.record),
            ] as [String: Any]
        }
        object["holders"] = result.holders.map(official)
        object["positionHistory"] = result.positionHistory.map(official)
        object["officials"] = result.officials.map(official)
        object["figures"] = result.figures.map { f -> [String: Any] in
            ["id": f.id, "subject": f.subject, "value": f.value, "valueText": f.valueText, "unit": f.unit,
             "period": f.period?.description ?? "", "tolerance": f.tolerance.description, "evidence": ev(f)]
        }
        if let match = result.term {
            object["term"] = ["form": match.matchedForm, "status": match.status.rawValue,
                              "recommended": match.recommendedForm, "note": match.record.note, "evidence": ev(match.record)] as [String: Any]
        }
        return object
    }
}
