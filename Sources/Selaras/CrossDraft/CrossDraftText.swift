/// Cutting a sentence into words scalar by scalar where that is the same as cutting it by
/// `Character`: the cross-draft rules read words of every draft's dated and figure sentences, and
/// grapheme breaking is their main cost.
enum CrossDraftText {
    /// The sentence's scalars with their UTF-8 offsets, when every scalar is a `Character` of its
    /// own (CR LF aside, whose two scalars are whitespace alike); nil otherwise.
    ///
    /// Only Latin-1 and the general punctuation, superscript and currency blocks qualify (minus
    /// the joiners U+200C and U+200D): no scalar there extends the one before it. Text with
    /// combining marks, emoji or other scripts takes the `Character` path.
    static func singleScalarCharacters(_ text: String) -> [(scalar: Unicode.Scalar, offset: Int)]? {
        var out: [(scalar: Unicode.Scalar, offset: Int)] = []
        out.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value <= 0xFF || (value >= 0x2000 && value <= 0x20CF && value != 0x200C && value != 0x200D) else { return nil }
            out.append((scalar, offset))
            offset += scalar.utf8.count
        }
        return out
    }

    /// The text between two scalar positions of `scalars` (from `singleScalarCharacters(text)`).
    static func slice(_ text: String, _ scalars: [(scalar: Unicode.Scalar, offset: Int)], from low: Int, to high: Int) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: scalars[low].offset)
        let end = high < scalars.count ? utf8.index(utf8.startIndex, offsetBy: scalars[high].offset) : utf8.endIndex
        return String(text[start..<end])
    }
}
