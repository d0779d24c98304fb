/// Normalisation of names for lookups: case-insensitive, whitespace-insensitive, typographic
/// quotes folded. Every index key and every query goes through the same function.
public enum NameKey {
    /// Lowercased, runs of whitespace (NBSP included) collapsed to one space, trimmed,
    /// curly apostrophes folded to `'`, and trailing sentence punctuation dropped.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            case "\u{2010}", "\u{2011}": out.append("-")
            default: out.append(scalar)
            }
        }
        var result = String(out).lowercased()
        while let last = result.last, last == "," || last == ";" || last == ":" { result.removeLast() }
        return result
    }

    /// Splits a list field written `a | b | c`; empty items are dropped.
    public static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Words of a normalised text.
    static func words(_ normalized: String) -> [Substring] {
        normalized.split(separator: " ")
    }
}

import SelarasCore
