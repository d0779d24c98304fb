import SelarasCore
import Foundation

/// Indonesian number words up to 999.999 (`sebelas`, `dua ratus lima puluh`, `seribu`,
/// `tiga ratus ribu`). `juta`, `miliar` and `triliun` are scale words, read by the figure extractor.
public enum NumberWords {
    static let units: FrozenStringMap<Int> = [
        "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]
    static let whole: FrozenStringMap<Int> = ["sepuluh": 10, "sebelas": 11, "seratus": 100]

    /// Whether `word` (lowercased) can start a number-word sequence.
    public static func canStart(_ word: String) -> Bool {
        startWordFilter.mayContain(word) && startWords.contains(word)
    }
    static let startWordFilter = WordShapeFilter(startWordList)

    /// Every word `canStart` accepts, for one look-up per word.
    static let startWordList: Set<String> = Set(units.keys).union(whole.keys).union(["seribu"])
    static let startWords = FrozenStringSet(startWordList.sorted())

    /// Reads number words from the front of `words` (lowercased). Returns the value and how many
    /// words it used, or nil when the first word is no number word or the sequence is malformed.
    public static func parse(_ words: [String]) -> (value: Int, count: Int)? {
        var total = 0
        var current = 0
        var pending: Int?
        var used = 0
        var lastMultiplier = Int.max  // guards "dua puluh tiga ratus"-style disorder
        for word in words {
            if let unit = units[word] {
                if pending != nil { break }
                pending = unit
            } else if let value = whole[word] {
                if pending != nil { break }
                let multiplier = value == 100 ? 100 : 10
                guard multiplier < lastMultiplier || current == 0 else { break }
                current += value
                lastMultiplier = multiplier
            } else if word == "belas" || word == "puluh" || word == "ratus" {
                guard let unit = pending, unit > 0 else { break }
                let multiplier = word == "ratus" ? 100 : 10
                guard multiplier < lastMultiplier else { break }
                current += word == "belas" ? unit + 10 : unit * multiplier
                pending = nil
                lastMultiplier = multiplier
            } else if word == "ribu" || word == "seribu" {
                if word == "seribu" {
                    guard pending == nil, current == 0, total == 0 else { break }
                    total = 1000
                } else {
                    let group = current + (pending ?? 0)
                    guard group > 0, total == 0 else { break }
                    total = group * 1000
                }
                current = 0
                pending = nil
                lastMultiplier = Int.max
            } else {
                break
            }
            used += 1
        }
        guard used > 0 else { return nil }
        // A trailing lone "belas"/"puluh" is impossible here; a pending unit adds itself.
        return (total + current + (pending ?? 0), used)
    }
}
