/// Normalisation of names for lookups: case-insensitive, whitespace-insensitive, typographic
/// quotes folded. Every index key and every query goes through the same function.
public enum NameKey {
    /// Lowercased, runs of whitespace (NBSP included) collapsed to one space, trimmed,
    /// curly apostrophes folded to `'`, and trailing sentence punctuation dropped.
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
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

    /// Fast path for pure ASCII text (most registry values): bytes only, no Unicode property lookups.
    private static func normalizeASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        while let last = bytes.last, last == 0x2C || last == 0x3B || last == 0x3A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `trimmingSpaces()` with a fast exit when the ends are plain ASCII non-space characters.
    static func trim(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if plain(first) && plain(last) { return text }
        return text.trimmingSpaces()
    }

    /// Splits a list field written `a | b | c`; empty items are dropped.
    public static func list(_ field: String) -> [String] {
        if field.isEmpty { return [] }
        if !field.utf8.contains(0x7C) {
            let item = trim(field)
            return item.isEmpty ? [] : [item]
        }
        return field.split(separator: "|").map { trim(String($0)) }.filter { !$0.isEmpty }
    }

    /// Words of a normalised text.
    static func words(_ normalized: String) -> [Substring] {
        normalized.split(separator: " ")
    }
}

import SelarasCore
