import SelarasCore

/// Splits Indonesian text into tokens in one linear pass over its UTF-8 bytes.
///
/// Deterministic and allocation-light: no regexes, so it is cheap on megabytes of text.
public enum Tokenizer {
    /// All tokens of `text`, in order.
    public static func tokenize(_ text: SourceText) -> [Token] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var scanner = TokenScanner(bytes: bytes)
            return scanner.run()
        }
    }
}

/// The mutable state of one tokenizer pass, over the bytes of a text that outlives it (a buffer
/// pointer rather than the array: no reference counting or bounds check per byte).
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var tokens: [Token] = []
    var gap: Gap = .none
    var lineBreaks = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    func scalar(at position: Int) -> Unicode.Scalar? {
        position < bytes.count ? ScalarClass.decode(bytes, at: position).scalar : nil
    }

    func length(at position: Int) -> Int { ScalarClass.decode(bytes, at: position).length }

    mutating func run() -> [Token] {
        while index < bytes.count {
            // A plain space (most gaps): what `noteWhitespace` does for it, without decoding.
            if bytes[index] == 0x20 {
                if gap == .none { gap = .space }
                index += 1
                continue
            }
            let (scalar, length) = ScalarClass.decode(bytes, at: index)
            if ScalarClass.isWhitespace(scalar) {
                noteWhitespace(scalar, length: length)
                continue
            }
            let start = index
            let kind: TokenKind
            if ScalarClass.isLetter(scalar) {
                kind = scanWord()
            } else if ScalarClass.isDigit(scalar) {
                scanNumber()
                kind = .number
            } else if scalar == "$" {
                index += 1
                kind = .currency
            } else {
                index += length
                kind = ScalarClass.isPunctuation(scalar) ? .punctuation : .symbol
            }
            tokens.append(Token(kind: kind, span: Span(start: start, end: index), gapBefore: tokens.isEmpty && gap == .none ? .none : gap))
            gap = .none
            lineBreaks = 0
        }
        return tokens
    }

    mutating func noteWhitespace(_ scalar: Unicode.Scalar, length: Int) {
        if scalar == "\r", index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 1  // CRLF is one break
        }
        if ScalarClass.isLineBreak(scalar) {
            lineBreaks += 1
            gap = lineBreaks >= 2 ? .blankLine : .lineBreak
        } else if gap == .none {
            gap = .space
        }
        index += length
    }

    /// Scans letters, digits, inner hyphens and apostrophes; then decides whether a period makes
    /// it an abbreviation. Returns the token kind.
    mutating func scanWord() -> TokenKind {
        let start = index
        var onlyLetters = true
        while index < bytes.count {
            // A run of ASCII letters (most of every word), on a local index.
            var position = asciiLetterRunEnd(from: index)
            while position < bytes.count, (bytes[position] | 0x20) &- 0x61 < 26 { position += 1 }
            index = position
            guard index < bytes.count else { break }
            let byte = bytes[index]
            // Any other ASCII byte is its own scalar and no letter: only a digit, `-` or `'` can
            // continue the word, so the rest ends it without the checks below.
            if byte < 0x80, byte &- 0x30 >= 10, byte != 0x2D, byte != 0x27 { break }
            let s = ScalarClass.decode(bytes, at: index).scalar
            if ScalarClass.isLetter(s) {
                index += length(at: index)
            } else if ScalarClass.isDigit(s) {
                if index - start == 2, isCurrencyPrefix(start) { return .currency }
                onlyLetters = false
                index += 1
            } else if ScalarClass.isHyphen(s) || ScalarClass.isApostrophe(s), let next = scalar(at: index + length(at: index)),
                      ScalarClass.isLetter(next) || (ScalarClass.isDigit(next) && ScalarClass.isHyphen(s)) {
                if ScalarClass.isHyphen(s), ScalarClass.isDigit(next), index - start == 2, isLowerKe(start) {
                    index += length(at: index)
                    while let d = scalar(at: index), ScalarClass.isDigit(d) { index += 1 }
                    return .ordinal
                }
                onlyLetters = onlyLetters && !ScalarClass.isDigit(next)
                index += length(at: index)
            } else {
                break
            }
        }
        if index - start == 2, bytes[start] == 0x55, bytes[start + 1] == 0x53, index < bytes.count, bytes[index] == 0x24 {
            index += 1  // US$
            return .currency
        }
        if index - start == 2, isCurrencyPrefix(start) {
            if index < bytes.count, bytes[index] == 0x2E { index += 1 }
            return .currency
        }
        if onlyLetters, index < bytes.count, bytes[index] == 0x2E {
            return scanAbbreviation(start: start)
        }
        return .word
    }

    /// The first offset at or after `start`, in steps of eight bytes, where an eight-byte block
    /// is not all ASCII letters (the caller finishes byte by byte). Per byte `b` of a block:
    /// `c = (b | 0x20) & 0x7F` is below 0x80, so `c + 0x1F` and `c + 0x05` never carry into the
    /// next byte; their top bits say `c >= 0x61` and `c >= 0x7B`, and `b`'s own top bit rules
    /// out non-ASCII. So a byte's flag is set exactly when `(b | 0x20) &- 0x61 < 26`.
    @inline(__always)
    func asciiLetterRunEnd(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var position = start
        while position + 8 <= bytes.count {
            let block = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let folded = (block | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
            let pastZ = folded &+ 0x0505_0505_0505_0505
            let letters = atLeastA & ~pastZ & ~block & 0x8080_8080_8080_8080
            let others = ~letters & 0x8080_8080_8080_8080
            if others != 0 { return position + others.trailingZeroBitCount / 8 }
            position += 8
        }
        return position
    }

    func isCurrencyPrefix(_ start: Int) -> Bool {
        (bytes[start] == 0x52 || bytes[start] == 0x72) && (bytes[start + 1] == 0x70 || bytes[start + 1] == 0x50)
    }

    func isLowerKe(_ start: Int) -> Bool {
        (bytes[start] == 0x6B || bytes[start] == 0x4B) && (bytes[start + 1] == 0x65 || bytes[start + 1] == 0x45)
    }

    /// At a period right after a word: extends through `.chunk` groups (`S.Sos.`, `a.n.`) and keeps
    /// the longest candidate that is a known abbreviation or a degree chain.
    mutating func scanAbbreviation(start: Int) -> TokenKind {
        // The usual case, a period followed by a space, line break, punctuation or the end: the
        // chunk loop below would stop at once with the single candidate `index + 1`, which no
        // letter follows, so only `isAbbreviation` decides.
        let afterPeriod = index + 1
        if afterPeriod >= bytes.count || (bytes[afterPeriod] < 0x80 && (bytes[afterPeriod] | 0x20) &- 0x61 >= 26) {
            if isAbbreviation(start..<afterPeriod) {
                index = afterPeriod
                return .abbreviation
            }
            return .word
        }
        var candidates: [Int] = []  // candidate end offsets
        var position = index
        while position < bytes.count, bytes[position] == 0x2E {
            candidates.append(position + 1)
            var chunkEnd = position + 1
            while let s = scalar(at: chunkEnd), ScalarClass.isLetter(s) { chunkEnd += length(at: chunkEnd) }
            if chunkEnd == position + 1 || chunkEnd - position > 5 { break }
            candidates.append(chunkEnd)
            position = chunkEnd
        }
        for end in candidates.reversed() {
            // A chain must not run into a following word (`M.Si` is fine, `M.Sipil` is not).
            if end < bytes.count, let next = scalar(at: end), ScalarClass.isLetter(next) { continue }
            if isAbbreviation(start..<end) {
                index = end
                return .abbreviation
            }
        }
        return .word
    }

    /// Whether `bytes[range]` is a known abbreviation, an initial or a degree chain. Called at
    /// every sentence end (`rapat.`), so the usual "no" is found on the bytes, without a String.
    func isAbbreviation(_ range: Range<Int>) -> Bool {
        let known = Abbreviations.known.contains(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
        if known || isInitial(range) { return true }
        // A degree chain needs a period before its last chunk (`Abbreviations.isDegreeChain`).
        var periods = 0
        for byte in bytes[range] where byte == 0x2E { periods += 1 }
        if periods == 0 || (periods == 1 && bytes[range.upperBound - 1] == 0x2E) { return false }
        return Abbreviations.isDegreeChain(String(decoding: bytes[range], as: UTF8.self))
    }

    /// A single capital letter with a period: an initial in a name (`Muhammad A. Rahman`).
    func isInitial(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 5 else { return false }  // two scalars take at most 4 + 1 bytes
        let (first, length) = ScalarClass.decode(bytes, at: range.lowerBound)
        return range.count == length + 1 && bytes[range.upperBound - 1] == 0x2E && ScalarClass.isUpper(first)
    }

    /// Digits with `.` or `,` separators each followed by a digit.
    mutating func scanNumber() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
            } else if byte == 0x2E || byte == 0x2C, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                index += 1
            } else {
                break
            }
        }
    }
}
