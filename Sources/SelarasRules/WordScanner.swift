/// One word of a text as `TermMatcher` sees it: its source bytes and its case-folded bytes.
struct WordUnit: Sendable {
    /// Byte range in the source text.
    var source: Range<Int>
    /// Byte range in the scanner's folded buffer.
    var folded: Range<Int>
}

/// A word and how it joins the next one.
struct WordToken: Sendable {
    var unit: WordUnit
    /// Range into `ScannedWords.parts` when the word is hyphenated (`antar-instansi`), else empty.
    var parts: Range<Int>
    /// True when only whitespace (no paragraph break) separates this word from the next.
    var joinsNext: Bool
}

/// The words of a byte range, case-folded into one buffer.
struct ScannedWords: Sendable {
    var tokens: [WordToken] = []
    var parts: [WordUnit] = []
    var folded: [UInt8] = []
}

/// Splits UTF-8 bytes into words and folds their case, without building `String`s for ASCII.
///
/// A word is a maximal run of letters and digits; an apostrophe (`'` or `’`) between letters and a
/// hyphen between letters or digits belong to it, so `Jum’at`, `antar-instansi` and
/// `program-program` are single words. The folded form lower-cases letters and writes every
/// apostrophe as `'`, so `Jum’at` and `Jum'at` look alike to the term table.
enum WordScanner {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> ScannedWords {
        var result = ScannedWords()
        result.folded.reserveCapacity(range.count)
        var position = range.lowerBound
        let end = range.upperBound
        var gapIsSpace = true
        var gapBreaks = 0
        while position < end {
            let (scalar, length) = decode(bytes, position, end)
            if isWordScalar(scalar) {
                if !result.tokens.isEmpty {
                    result.tokens[result.tokens.count - 1].joinsNext = gapIsSpace && gapBreaks < 2
                }
                position = scanWord(bytes, from: position, end: end, into: &result)
                gapIsSpace = true
                gapBreaks = 0
            } else {
                if scalar == "\n" { gapBreaks += 1 } else if !isSpace(scalar) { gapIsSpace = false }
                position += length
            }
        }
        return result
    }

    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, into result: inout ScannedWords
    ) -> Int {
        let foldedStart = result.folded.count
        var partStart = start
        var partFoldedStart = foldedStart
        var parts: [WordUnit] = []
        var position = start
        var previousIsLetter = false
        while position < end {
            let (scalar, length) = decode(bytes, position, end)
            if isWordScalar(scalar) {
                appendFolded(scalar, bytes, position, length, into: &result.folded)
                previousIsLetter = !isDigit(scalar)
                position += length
                continue
            }
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            guard isApostrophe || scalar == "-", position + length < end else { break }
            let (next, _) = decode(bytes, position + length, end)
            guard isWordScalar(next) else { break }
            if isApostrophe {
                guard previousIsLetter, !isDigit(next) else { break }
                result.folded.append(0x27)
            } else {
                parts.append(WordUnit(source: partStart..<position, folded: partFoldedStart..<result.folded.count))
                result.folded.append(0x2D)
                partStart = position + length
                partFoldedStart = result.folded.count
            }
            position += length
        }
        var partRange = result.parts.count..<result.parts.count
        if !parts.isEmpty {
            parts.append(WordUnit(source: partStart..<position, folded: partFoldedStart..<result.folded.count))
            result.parts.append(contentsOf: parts)
            partRange = partRange.lowerBound..<result.parts.count
        }
        let unit = WordUnit(source: start..<position, folded: foldedStart..<result.folded.count)
        result.tokens.append(WordToken(unit: unit, parts: partRange, joinsNext: false))
        return position
    }

    /// The scalar at `position` and its length in bytes; invalid bytes read as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// Spaces, tabs, line breaks, NBSP and the other Unicode spaces.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    @inline(__always)
    private static func appendFolded(
        _ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ length: Int,
        into folded: inout [UInt8]
    ) {
        let value = scalar.value
        if value < 0x80 {
            folded.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
        } else if scalar.properties.changesWhenLowercased {
            folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            for offset in 0..<length { folded.append(bytes[position + offset]) }
        }
    }

    /// Folds a whole string the way words of a text are folded (used for terms and suffixes).
    static func fold(_ text: String) -> [UInt8] {
        var folded: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar == "\u{2019}" { folded.append(0x27); continue }
            folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
        return folded
    }
}
