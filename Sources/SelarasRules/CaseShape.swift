/// How a matched text is capitalised, so a suggestion can be written the same way.
public enum CaseShape: String, Sendable, Hashable, CaseIterable {
    /// No capitals at the start (`kementrian`): the replacement is used as written.
    case lower
    /// First letter capital (`Kementrian`, `Dari pada`).
    case capitalized
    /// Several words, each starting with a capital (`Wakil Walikota`).
    case title
    /// At least two letters and none in lower case (`KEMENTRIAN`).
    case upper

    /// The shape of `text`.
    public static func of(_ text: String) -> CaseShape {
        var letters = 0
        var hasLower = false
        var firstIsUpper: Bool?
        var wordCount = 0
        var everyWordCapitalised = true
        var atWordStart = true
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {  // ASCII without the Unicode property tables
                let byte = UInt8(scalar.value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    atWordStart = true
                    continue
                }
                let isUpper = byte >= 0x41 && byte <= 0x5A
                guard isUpper || (byte >= 0x61 && byte <= 0x7A) else { continue }
                letters += 1
                if !isUpper { hasLower = true }
                if firstIsUpper == nil { firstIsUpper = isUpper }
                if atWordStart {
                    wordCount += 1
                    if !isUpper { everyWordCapitalised = false }
                    atWordStart = false
                }
                continue
            }
            let properties = scalar.properties
            if properties.isWhitespace {
                atWordStart = true
                continue
            }
            guard properties.isAlphabetic else { continue }
            letters += 1
            if properties.isLowercase { hasLower = true }
            if firstIsUpper == nil { firstIsUpper = properties.isUppercase }
            if atWordStart {
                wordCount += 1
                if !properties.isUppercase { everyWordCapitalised = false }
                atWordStart = false
            }
        }
        if letters >= 2, !hasLower { return .upper }
        guard firstIsUpper == true else { return .lower }
        return wordCount >= 2 && everyWordCapitalised ? .title : .capitalized
    }

    /// `replacement` written in this shape. Lower keeps the replacement as written, so a table
    /// entry like `Idulfitri` keeps its capital.
    public func apply(to replacement: String) -> String {
        switch self {
        case .lower: return replacement
        case .upper: return replacement.uppercased()
        case .capitalized: return CaseShape.capitalizeFirst(replacement)
        case .title:
            return replacement.split(separator: " ", omittingEmptySubsequences: false)
                .map { CaseShape.capitalizeFirst(String($0)) }.joined(separator: " ")
        }
    }

    private static func capitalizeFirst(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }
}
