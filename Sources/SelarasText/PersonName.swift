import Foundation

/// Normalises person names for matching: titles, degrees and punctuation removed, lowercased.
enum PersonName {
    static func normalise(_ name: String) -> String {
        let pieces = name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" }).map(String.init)
        let kept = pieces.filter { piece in
            !Abbreviations.frontTitles.contains(piece) && !Abbreviations.isBackTitle(piece)
        }
        return kept.map { $0.replacingOccurrences(of: ".", with: "").lowercased() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
