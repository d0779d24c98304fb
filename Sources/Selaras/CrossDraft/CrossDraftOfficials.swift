import SelarasCore
import SelarasRegistry
import SelarasText

/// Officials as cross-draft statements, two facts per mention:
///
/// - the holder of a position in a month (with a registry: the registered term holding it on
///   the draft's date): two drafts naming different people disagree (`Umar Contoh` /
///   `Umar Kontoh`);
/// - the title of a person in a unit in a month: two drafts giving one person different titles
///   in the same unit disagree (`Bupati Banjar` / `Wakil Bupati Banjar`). A person holding two
///   positions in different units (a Kepala Dinas who also chairs a forum) is not compared,
///   and positions the registry confirms for the person agree.
enum CrossDraftOfficials {
    static func statements(_ draft: CheckedDraft, index: Int, registry: FactRegistry?) -> [CrossDraftStatement] {
        let date = draft.referenceDate
        let month = CrossDraftMonth.key(date)
        var out: [CrossDraftStatement] = []
        for claim in draft.claims.officials {
            guard let name = claim.name, !name.isEmpty else { continue }
            let acting = claim.acting.map { $0.rawValue + " " } ?? ""
            let position = (claim.actingWritten.map { $0 + " " } ?? "") + claim.position
            let positionKey = acting + (registry?.positions.key(claim.position) ?? NameKey.normalize(claim.position))
            let shownName = claim.nameWithTitles ?? name
            let exactPerson = claim.distance == 0 ? claim.matchedPersonID : nil
            let nameValue = exactPerson.map { "person:" + $0 } ?? "name:" + NameKey.normalize(name)

            // The holder of the position.
            var holder = CrossDraftStatement(
                draft: index, sentence: claim.sentence, span: claim.nameSpan ?? claim.span, fact: "", factLabel: position,
                shown: shownName, value: nameValue)
            holder.nameWords = Set(NameKey.normalize(name).split(separator: " ").map(String.init))
            let holders = registry?.holders(ofPosition: position, at: date) ?? []
            if let registry, let term = holders.first {
                holder.fact = "official:holder:" + term.id
                holder.registryAgrees = holders.contains { registered in
                    registry.officials(matchingName: name, at: date).contains { $0.person == registered.person }
                }
                holder.registryValue = term.titledName
                holder.evidence = term.evidence(asOf: date)
            } else {
                holder.fact = "official:holder:\(positionKey)|\(month)"
            }
            out.append(holder)

            // The title of the person.
            let personKey = claim.matchedPersonID ?? NameKey.normalize(name)
            let unitKey = NameKey.normalize(claim.unit ?? "")
            var title = CrossDraftStatement(
                draft: index, sentence: claim.sentence, span: claim.positionSpan, fact: "official:title:\(personKey)|\(unitKey)|\(month)",
                factLabel: claim.matchedName ?? name, shown: position, value: positionKey)
            if let registry, let person = claim.matchedPersonID {
                let terms = registry.terms(ofPerson: person).filter { $0.validity.contains(date) }
                if !terms.isEmpty {
                    let keys = Set(terms.map { registry.positions.key($0.position) })
                    title.registryAgrees = keys.contains(registry.positions.key(claim.position))
                    title.registryValue = terms.map(\.styledPosition).joined(separator: "; ")
                    title.evidence = terms.first.map { $0.evidence(asOf: date) }
                }
            }
            out.append(title)
        }
        return out
    }
}
