/// One word of a text as `TermMatcher` sees it: its source bytes and its case-folded bytes.
struct WordUnit: Sendable {
    /// Byte range in the source text.
    var source: Range<Int>
    /// Byte range in the scanner's folded buffer.
    var folded: Range<Int>
    /// `WordTable.hash` of the folded bytes, computed while scanning so lookups need no second pass.
    var hash: UInt64
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
struct ScannedWords {
    var tokens: [WordToken] = []
    var parts: [WordUnit] = []
    var folded: [UInt8] = []
    /// The keys of the words some list registered in `candidateFilter` may look at, as of its
    /// `candidatesVersion` (see `CandidateFilter`); unused without a filter.
    var candidates: [WordKey] = []
    var candidateFilter: CandidateFilter?
    var candidatesVersion = -1
}

/// Splits UTF-8 bytes into words and folds their case, without building `String`s for ASCII.
///
/// A word is a maximal run of letters and digits; an apostrophe (`'` or `’`) between letters and a
/// hyphen between letters or digits belong to it, so `Jum’at`, `antar-instansi` and
/// `program-program` are single words. The folded form lower-cases letters and writes every
/// apostrophe as `'`, so `Jum’at` and `Jum'at` look alike to the term table.
enum WordScanner {
    /// The words of `range`. `asciiFastPath: false` scans every word the general way: tests
    /// compare both on random text.
    ///
    /// With a `marker`, the words come with the keys of their candidates (`candidates`, as
    /// `CandidateFilter.candidates(of:)` finds them, but tested as each word is written, while its
    /// hash and bytes are at hand, instead of in a second pass over the tokens); the caller
    /// records the filter and its version.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, asciiFastPath: Bool = true, marker: CandidateMarker? = nil
    ) -> ScannedWords {
        // No range, no keys array (`unsafeUninitializedCapacity: 0` would write the count of the
        // shared empty-array storage, a race ThreadSanitizer reports).
        guard let marker, !range.isEmpty else {
            var found = 0
            return scan(bytes, range: range, asciiFastPath: asciiFastPath, marker: nil, keys: nil, found: &found)
        }
        var scanned = ScannedWords()
        // At most one key per word: the words' bound (see below).
        let keys = [WordKey](unsafeUninitializedCapacity: range.count / 2 + 1) { keys, found in
            found = 0
            scanned = scan(bytes, range: range, asciiFastPath: asciiFastPath, marker: marker, keys: keys.baseAddress, found: &found)
        }
        scanned.candidates = keys
        return scanned
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, asciiFastPath: Bool, marker: CandidateMarker?,
        keys: UnsafeMutablePointer<WordKey>?, found: inout Int
    ) -> ScannedWords {
        var tokens: [WordToken] = []
        var parts: [WordUnit] = []
        // Folding never writes more than two bytes per source byte (see `appendFolded`), so the
        // buffer is sized once and written without per-byte capacity or uniqueness checks.
        let folded = [UInt8](unsafeUninitializedCapacity: range.count * 2 + 16) { out, initialized in
            initialized = 0
            guard let source = bytes.baseAddress, let target = out.baseAddress, !range.isEmpty else { return }
            // A word takes at least one byte and is followed by at least one gap byte, so a range
            // holds at most `count / 2 + 1` words: the tokens are written into a buffer of that
            // size, without `append`'s capacity and uniqueness checks per word.
            tokens = [WordToken](unsafeUninitializedCapacity: range.count / 2 + 1) { tokenBuffer, tokenCount in
                tokenCount = 0
                guard let written = tokenBuffer.baseAddress else { return }
                let folds = asciiFolds
                var words = 0
                var count = 0
                var position = range.lowerBound
                let end = range.upperBound
                var gapIsSpace = true
                var gapBreaks = 0
                while position < end {
                    let byte = source[position]
                    // `folds` is 0 exactly for the bytes that are not ASCII letters or digits.
                    if folds[Int(byte)] == 0, byte < 0x80 {  // the common gap bytes, without decoding
                        if byte == 0x0A { gapBreaks += 1 } else if byte != 0x20, byte < 0x09 || byte > 0x0D { gapIsSpace = false }
                        position &+= 1
                        continue
                    }
                    if byte >= 0x80 {
                        let (scalar, length) = decode(bytes, position, end)
                        if !isWordScalar(scalar) {
                            if !isSpace(scalar) { gapIsSpace = false }
                            position += length
                            continue
                        }
                    }
                    // The previous word was written with `joinsNext: false`; the gap after it is
                    // known now.
                    if words > 0 { written[words - 1].joinsNext = gapIsSpace && gapBreaks < 2 }
                    // Fast path: a word of ASCII letters and digits (nearly every word), folded and
                    // hashed eight bytes at a time (see `asciiWordRun`). A word going on with a
                    // non-ASCII letter, an apostrophe or a hyphen is scanned again by the general
                    // `scanWord`.
                    let start = position
                    let foldedStart = count
                    var hash = WordTable.hashSeed
                    if asciiFastPath {
                        while true {
                            let available = end &- position
                            var chunk: UInt64 = 0
                            if available >= 8 {
                                chunk = UInt64(littleEndian: UnsafeRawPointer(source + position).loadUnaligned(as: UInt64.self))
                            } else {
                                // Near the end of the range: the bytes left, zero above them (a
                                // zero byte is no word byte, so the run stops there).
                                for offset in 0..<available { chunk |= UInt64(source[position &+ offset]) &<< UInt64(8 &* offset) }
                            }
                            let run = asciiWordRun(chunk)
                            if run == 0 { break }
                            // Every byte of the run is an ASCII letter or digit: setting bit 5
                            // lower-cases a letter and leaves a digit as it is (as `asciiFolds`).
                            let kept: UInt64 = run == 8 ? ~0 : (1 &<< UInt64(8 &* run)) &- 1
                            let folded = (chunk | 0x2020_2020_2020_2020) & kept
                            // All eight bytes are stored; those past the run are overwritten by
                            // the next word or lie beyond `initialized` (the buffer has room:
                            // `count + 8` stays below `2 × range.count + 16`).
                            UnsafeMutableRawPointer(target + count).storeBytes(of: folded.littleEndian, as: UInt64.self)
                            hash = WordTable.hash(hash, chunk: folded)
                            count &+= run
                            position &+= run
                            if run < 8 { break }
                        }
                        hash = WordTable.finish(hash, length: count &- foldedStart)
                    }
                    if !asciiFastPath || position < end && (source[position] >= 0x80 || source[position] == 0x27 || source[position] == 0x2D) {
                        count = foldedStart
                        let word = scanWord(bytes, from: start, end: end, out: out, count: &count, parts: &parts)
                        position = word.unit.source.upperBound
                        (written + words).initialize(to: word)
                    } else {
                        let unit = WordUnit(source: start..<position, folded: foldedStart..<count, hash: hash)
                        let noParts = parts.count..<parts.count
                        (written + words).initialize(to: WordToken(unit: unit, parts: noParts, joinsNext: false))
                    }
                    if let marker, let keys, marker.isCandidate(written + words, folded: target) {
                        (keys + found).initialize(to: WordKey(written + words, index: words, folded: target))
                        found &+= 1
                    }
                    words &+= 1
                    gapIsSpace = true
                    gapBreaks = 0
                }
                tokenCount = words
                initialized = count
            }
        }
        return ScannedWords(tokens: tokens, parts: parts, folded: folded)
    }

    /// Per byte: its folded form when it is an ASCII letter or digit (`isASCIIWordByte`), else 0
    /// (no word byte folds to 0). One load tells a gap byte from a word's first byte.
    /// Written once, never freed and only read afterwards, so sharing it is safe.
    nonisolated(unsafe) static let asciiFolds: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0...255 {
            let value = UInt8(byte)
            table[byte] = !isASCIIWordByte(value) ? 0 : value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        }
        return UnsafePointer(table)
    }()

    /// How many of the eight bytes of `chunk` (the first in the lowest byte) are ASCII letters or
    /// digits (`isASCIIWordByte`) before the first that is not: 0 through 8.
    ///
    /// Bytewise range tests on the low seven bits, with no carry between bytes (each sum stays
    /// below 0x100): `lower + 0x1F` reaches bit 7 exactly when `lower ≥ 0x61` (`a`), `+ 0x05`
    /// when `lower ≥ 0x7B` (past `z`); `+ 0x50` and `+ 0x46` do the same for `0` and past `9`.
    /// Bytes with bit 7 set (non-ASCII) are never word bytes here. A test compares this with
    /// `isASCIIWordByte` byte by byte.
    @inline(__always)
    static func asciiWordRun(_ chunk: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = chunk & 0x7F7F_7F7F_7F7F_7F7F
        let lower = low7 | 0x2020_2020_2020_2020
        let letter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505)
        let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)
        let word = (letter | digit) & ~chunk & high
        return (~word & high).trailingZeroBitCount &>> 3
    }

    /// The word starting at `start`, with any letter, apostrophe or hyphen rule applied.
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, out: UnsafeMutableBufferPointer<UInt8>,
        count: inout Int, parts allParts: inout [WordUnit]
    ) -> WordToken {
        let foldedStart = count
        var partStart = start
        var partFoldedStart = foldedStart
        var parts: [WordUnit] = []
        var position = start
        var previousIsLetter = false
        // Hashed from the folded bytes once they are written (`WordTable.hash` works on whole
        // chunks of them), the whole word at the end and each hyphen part when it is cut.
        func foldedHash(from first: Int) -> UInt64 {
            WordTable.hash(UnsafeBufferPointer(out), first..<count)
        }
        while position < end {
            let byte = bytes[position]
            if isASCIIWordByte(byte) {  // ASCII letters and digits: fold in place
                let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                out[count] = folded
                count += 1
                previousIsLetter = byte > 0x39
                position += 1
                continue
            }
            let (scalar, length) = decode(bytes, position, end)
            if isWordScalar(scalar) {
                appendFolded(scalar, bytes, position, length, out: out, count: &count)
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
                out[count] = 0x27
                count += 1
            } else {
                parts.append(WordUnit(source: partStart..<position, folded: partFoldedStart..<count, hash: foldedHash(from: partFoldedStart)))
                out[count] = 0x2D
                count += 1
                partStart = position + length
                partFoldedStart = count
            }
            position += length
        }
        var partRange = allParts.count..<allParts.count
        if !parts.isEmpty {
            parts.append(WordUnit(source: partStart..<position, folded: partFoldedStart..<count, hash: foldedHash(from: partFoldedStart)))
            allParts.append(contentsOf: parts)
            partRange = partRange.lowerBound..<allParts.count
        }
        let unit = WordUnit(source: start..<position, folded: foldedStart..<count, hash: foldedHash(from: foldedStart))
        return WordToken(unit: unit, parts: partRange, joinsNext: false)
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
        // Spaces, dashes, quotes and the other General Punctuation (U+2000–U+206F, common in
        // drafts: NBSP aside, `’ “ ” – —`) hold no letter, digit or mark: skip the property tables.
        if value >= 0x2000 && value <= 0x206F || value == 0xA0 { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
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
        // The rest of Unicode's White_Space set (PropList.txt, unchanged since Unicode 6.3),
        // written out: `properties.isWhitespace` costs some 300 instructions, and drafts are
        // full of `’ “ ” – —`. A test compares this with the property on every scalar.
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Writes the lower-case form of a non-ASCII word scalar; at most `2 × length` bytes, so the
    /// scanner's buffer cannot overflow (a longer mapping — none is known — keeps the scalar as is).
    @inline(__always)
    private static func appendFolded(
        _ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ length: Int,
        out: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        if scalar.properties.changesWhenLowercased {
            let mapping = scalar.properties.lowercaseMapping.utf8
            if mapping.count <= 2 * length {
                for byte in mapping {
                    out[count] = byte
                    count += 1
                }
                return
            }
        }
        for offset in 0..<length {
            out[count] = bytes[position + offset]
            count += 1
        }
    }

    /// Folds a whole string the way words of a text are folded (used for terms and suffixes).
    static func fold(_ text: String) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {  // ASCII: skip the Unicode property tables
                let byte = UInt8(scalar.value)
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                continue
            }
            if scalar == "\u{2019}" { folded.append(0x27); continue }
            folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
        return folded
    }
}
