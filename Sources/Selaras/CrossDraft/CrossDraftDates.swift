import Foundation
import SelarasCore
import SelarasRegistry
import SelarasText

/// Dates of named events as cross-draft statements.
///
/// An event is named when a capitalised phrase starts with an event word (`Apel Siaga Bencana
/// Banjir`, `Rapat Koordinasi Percepatan Penurunan Stunting`); its date is the only date in the
/// same sentence. Sentences with two dates are left out (which date is the event's?), and so are
/// lowercase mentions (`rapat koordinasi`), which may mean any meeting. The same name in
/// different years is a different occurrence.
enum CrossDraftDates {
    /// First words of event names, lowercased.
    static let eventWords: Set<String> = [
        "apel", "rapat", "rakor", "rakorda", "rakornas", "upacara", "peresmian", "pelantikan", "peluncuran",
        "festival", "pekan", "gerakan", "musrenbang", "musyawarah", "operasi", "lomba", "seminar", "lokakarya",
        "sosialisasi", "pelatihan", "kunjungan", "pameran", "jambore", "bazar", "gelar", "simulasi", "rembuk",
        "forum", "konferensi", "kongres", "peringatan", "hari", "kirab", "karnaval", "penganugerahan",
    ]
    /// Lowercase words allowed inside a capitalised name.
    static let joiners: Set<String> = ["dan", "se", "dalam", "untuk", "di"]

    static func statements(_ draft: CheckedDraft, index: Int) -> [CrossDraftStatement] {
        let text = draft.document.text
        var bySentence: [Span: [DateClaim]] = [:]
        for claim in draft.claims.dates { bySentence[claim.sentence, default: []].append(claim) }
        var out: [CrossDraftStatement] = []
        for claim in draft.claims.dates {
            guard bySentence[claim.sentence]?.count == 1,
                  let date = claim.resolveYear(referenceDate: draft.referenceDate, policy: .nearest),
                  let name = eventName(in: text.text(claim.sentence)) else { continue }
            out.append(CrossDraftStatement(
                draft: index, span: claim.span, fact: "date:\(NameKey.normalize(name))|\(date.year)",
                factLabel: name, shown: text.text(claim.span), value: date.description))
        }
        return out
    }

    /// The first named event in `sentence`: an event word, capitalised, followed by at least one
    /// more capitalised word (lowercase joiners between them), up to eight words.
    static func eventName(in sentence: String) -> String? {
        let words = sentence.split { $0.isWhitespace }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()“”\"'")) }
        var index = 0
        while index < words.count {
            let word = words[index]
            guard let first = word.first, first.isUppercase, eventWords.contains(word.lowercased()) else { index += 1; continue }
            var name = [word]
            var next = index + 1
            var pendingJoiners: [String] = []
            while next < words.count, name.count < 8 {
                let candidate = words[next]
                guard let initial = candidate.first else { break }
                if initial.isUppercase || initial.isNumber {
                    name += pendingJoiners + [candidate]
                    pendingJoiners = []
                } else if joiners.contains(candidate.lowercased()) || candidate.lowercased().hasPrefix("se-") {
                    if candidate.lowercased().hasPrefix("se-") { name += pendingJoiners + [candidate]; pendingJoiners = [] } else { pendingJoiners.append(candidate) }
                } else {
                    break
                }
                next += 1
            }
            if name.count >= 2 { return name.joined(separator: " ") }
            index = next
        }
        return nil
    }
}
