/// Character classes on UTF-8 bytes, decoded one scalar at a time.
///
/// The tokenizer and the extractors scan bytes, so spans stay byte offsets; this decodes just
/// enough to classify NBSP, curly quotes, dashes and non-ASCII letters correctly.
enum ScalarClass {
    /// Decodes the scalar starting at `index`. Invalid bytes decode as U+FFFD of length 1.
    /// Generic so the tokenizer's buffer pointer and the extractors' arrays share it (specialised
    /// for each).
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> (scalar: Unicode.Scalar, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0A || scalar.value == 0x0D
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return isNonASCIILetter(scalar)
    }

    /// `isLetter` of a non-ASCII scalar. The scalars press releases use most are answered
    /// without the Unicode property look-up (a few hundred instructions each): the Latin-1
    /// letters `À`–`ÿ` but `×` and `÷` are alphabetic, and the punctuation block U+2010–U+2027
    /// (dashes, curly quotes, `…`) holds no letter — `ScalarClassTests` checks both ranges
    /// against the properties. Out of line: the look-up's frame set-up would burden every
    /// caller.
    @inline(never)
    static func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0xC0 && v <= 0xFF { return v != 0xD7 && v != 0xF7 }
        if v >= 0x2010 && v <= 0x2027 { return false }
        return scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return isNonASCIIUpper(scalar)
    }

    /// `isUpper` of a non-ASCII scalar: as `isNonASCIILetter`, the Latin-1 letters (upper case
    /// `À`–`Þ` but `×`) and U+2010–U+2027 (none) are answered without the property look-up.
    @inline(never)
    static func isNonASCIIUpper(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0xC0 && v <= 0xFF { return v <= 0xDE && v != 0xD7 }
        if v >= 0x2010 && v <= 0x2027 { return false }
        return scalar.properties.isUppercase
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x27 || scalar.value == 0x2019
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2D || scalar.value == 0x2010
    }

    /// Dashes that separate a dateline or a range: `-`, `–`, `—`.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2012, 0x2013, 0x2014, 0x2015: return true
        default: return false
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return asciiPunctuation[Int(scalar.value)] }
        // Dashes, curly quotes, `…`: all of U+2010–U+2027 is punctuation by category (checked
        // by `ScalarClassTests`), without the look-up.
        if scalar.value >= 0x2010 && scalar.value <= 0x2027 { return true }
        return isPunctuationByCategory(scalar)
    }

    /// `isPunctuation` of each ASCII scalar, computed once by the general rule.
    private static let asciiPunctuation: [Bool] = (0..<0x80).map { isPunctuationByCategory(Unicode.Scalar(UInt8($0))) }

    @inline(never)
    static func isPunctuationByCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return scalar != "%" && scalar != "#" && scalar != "&" && scalar != "@" && scalar != "*"
        default:
            return false
        }
    }
}
