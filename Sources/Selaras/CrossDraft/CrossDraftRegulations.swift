import Foundation
import SelarasCore
import SelarasRegistry
import SelarasText

/// Regulation citations as cross-draft statements.
///
/// Same regulation: the same type and title, the title taken from the citation (`… tentang
/// Percepatan Penurunan Stunting`) or, when the citation has none, from the registry record its
/// number and year resolve to. Citations without a title the registry cannot supply are left
/// out: two different numbers of one type may well be two regulations.
enum CrossDraftRegulations {
    static func statements(_ draft: CheckedDraft, index: Int, registry: FactRegistry?) -> [CrossDraftStatement] {
        let text = draft.document.text
        return draft.claims.citations.compactMap { claim in
            let number = SelarasRegistry.RegulationType.normalizedNumber(claim.number)
            let value = "\(number)/\(claim.year.map(String.init) ?? "?")"
            let cited = claim.year.flatMap { year in
                registryType(claim).flatMap { registry?.regulations(type: $0, number: claim.number, year: year).first }
            }
            guard let title = claim.title.map(cleanTitle) ?? cited.map({ cleanTitle($0.title) }), !title.isEmpty else { return nil }
            var statement = CrossDraftStatement(
                draft: index, sentence: claim.sentence, span: claim.numberSpan.start < (claim.yearSpan ?? claim.numberSpan).end
                    ? Span(start: claim.numberSpan.start, end: (claim.yearSpan ?? claim.numberSpan).end) : claim.numberSpan,
                fact: "regulation:\(claim.type.rawValue)|\(NameKey.normalize(claim.issuer ?? ""))|\(NameKey.normalize(title))",
                factLabel: "\(claim.typeWritten) tentang \(title)", shown: text.text(claim.span), value: value)
            if let registry {
                let titled = registry.regulations.filter {
                    $0.type.key == claim.type.rawValue && NameKey.normalize(cleanTitle($0.title)) == NameKey.normalize(title)
                }
                if let record = titled.first, titled.count == 1 {
                    statement.registryAgrees = SelarasRegistry.RegulationType.normalizedNumber(record.number) == number && record.year == claim.year
                    statement.registryValue = record.citation
                    statement.evidence = record.evidence(asOf: draft.referenceDate)
                }
            }
            return statement
        }
    }

    private static func registryType(_ claim: CitationClaim) -> SelarasRegistry.RegulationType? {
        SelarasRegistry.RegulationType(parsing: claim.type.rawValue) ?? SelarasRegistry.RegulationType(parsing: claim.typeWritten)
    }

    /// A title without trailing punctuation or a closing quote.
    static func cleanTitle(_ title: String) -> String {
        title.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:“”\"'()"))
    }
}
