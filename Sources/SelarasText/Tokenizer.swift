import SelarasCore

/// Splits Indonesian text into tokens in one linear pass over its UTF-8 bytes.
///
/// Deterministic and allocation-light: no regexes, so it is cheap on megabytes of text.
public enum Tokenizer {
    /// All tokens of `text`, in order.
    public static func tokenize(_ text: SourceText) -> [Token] {
        // No bytes, no tokens, and no `unsafeUninitializedCapacity` call below (see there).
        guard !text.bytes.isEmpty else { return [] }
        return text.bytes.withUnsafeBufferPointer { bytes in
            TokenStartClass.table.withUnsafeBufferPointer { classes in
                var scanner = TokenScanner(bytes: bytes, classes: classes)
                // Tokens are written in place into an array sized for the usual density (a token
                // per six bytes of prose; a quarter of the bytes leaves room): no append
                // bookkeeping per token. Should a text hold more, the scanner stops when the
                // array is full and goes on in one twice as large, after a copy of what it has.
                // The capacity is never 0 (`unsafeUninitializedCapacity: 0` would write the
                // count of the shared empty-array storage: a data race under ThreadSanitizer).
                var capacity = bytes.count / 4 + 16
                var tokens: [Token] = []
                while true {
                    let done = tokens
                    tokens = [Token](unsafeUninitializedCapacity: capacity) { out, count in
                        done.withUnsafeBufferPointer { done in
                            if let source = done.baseAddress { out.baseAddress!.initialize(from: source, count: done.count) }
                        }
                        count = scanner.run(into: out, from: done.count)
                    }
                    if scanner.isFinished { return tokens }
                    capacity *= 2
                }
            }
        }
    }
}

/// What the byte at a token start is: `TokenScanner.run` decides on it with one table look-up
/// instead of decoding a scalar and testing its classes one by one. Each ASCII byte's class is
/// computed once by the general rules the scanner applies to any scalar (`ScalarClass`), so the
/// two agree by construction; every byte >= 0x80 is `nonASCII` and takes the general path.
enum TokenStartClass {
    static let space: UInt8 = 0
    static let lineFeed: UInt8 = 1
    static let carriageReturn: UInt8 = 2
    static let upper: UInt8 = 3
    static let lower: UInt8 = 4
    static let digit: UInt8 = 5
    static let dollar: UInt8 = 6
    static let punctuation: UInt8 = 7
    static let symbol: UInt8 = 8
    static let nonASCII: UInt8 = 9

    /// The class of each byte value.
    static let table: [UInt8] = (0..<256).map { value in
        guard value < 0x80 else { return nonASCII }
        let scalar = Unicode.Scalar(UInt8(value))
        if ScalarClass.isWhitespace(scalar) {
            guard ScalarClass.isLineBreak(scalar) else { return space }
            return scalar == "\r" ? carriageReturn : lineFeed
        }
        if ScalarClass.isLetter(scalar) { return ScalarClass.isUpper(scalar) ? upper : lower }
        if ScalarClass.isDigit(scalar) { return digit }
        if scalar == "$" { return dollar }
        return ScalarClass.isPunctuation(scalar) ? punctuation : symbol
    }
}

/// The mutable state of one tokenizer pass, over the bytes of a text that outlives it (a buffer
/// pointer rather than the array: no reference counting or bounds check per byte).
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `TokenStartClass.table`.
    let classes: UnsafeBufferPointer<UInt8>
    var index = 0
    var gap: Gap = .none
    var lineBreaks = 0

    init(bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.classes = classes
    }

    var isFinished: Bool { index >= bytes.count }

    func scalar(at position: Int) -> Unicode.Scalar? {
        position < bytes.count ? ScalarClass.decode(bytes, at: position).scalar : nil
    }

    func length(at position: Int) -> Int { ScalarClass.decode(bytes, at: position).length }

    /// Scans tokens into `out` from slot `count` on, until the text ends or `out` is full (the
    /// scanner then stops before a token and can go on into a larger buffer); returns the number
    /// of slots filled. Each token gets its shape fields (`Token.lowerFirst`, `Token.flags`) here,
    /// while its bytes are hot.
    ///
    /// The plain per-scalar rule (kept in the tests as `ReferenceTokenScanner`): decode the
    /// scalar at the start; whitespace is noted as the gap; a letter starts a word, a digit a
    /// number, `$` is currency; any other scalar is one punctuation or symbol token. An ASCII
    /// byte is its own scalar, so its class comes from `TokenStartClass.table`, which holds
    /// exactly those rules' answers; only a byte >= 0x80 is decoded.
    ///
    /// The scan position, gap and line-break count live in locals here (the compiler keeps
    /// them in registers; as fields they were reloaded after every token written through `out`,
    /// which might alias `self` for all it knows), and go to `self` around the out-of-line scans
    /// and on return.
    mutating func run(into out: UnsafeMutableBufferPointer<Token>, from count: Int) -> Int {
        var count = count
        var position = index
        var gap = self.gap
        var lineBreaks = self.lineBreaks
        defer {
            index = position
            self.gap = gap
            self.lineBreaks = lineBreaks
        }
        let end = bytes.count
        while position < end {
            let byte = bytes[position]
            // A plain space (most gaps), before the table.
            if byte == 0x20 {
                if gap == .none { gap = .space }
                position += 1
                continue
            }
            let byteClass = classes[Int(byte)]
            if byteClass <= TokenStartClass.carriageReturn {
                if byteClass == TokenStartClass.space {
                    if gap == .none { gap = .space }
                } else {
                    if byteClass == TokenStartClass.carriageReturn, position + 1 < end, bytes[position + 1] == 0x0A {
                        position += 1  // CRLF is one break
                    }
                    lineBreaks += 1
                    gap = lineBreaks >= 2 ? .blankLine : .lineBreak
                }
                position += 1
                continue
            }
            guard count < out.count else { return count }
            let start = position
            let kind: TokenKind
            // An ASCII first byte (every class but `nonASCII`) is the shape's first byte, lowered
            // for a capital; a number, `$` and a one-byte token are all ASCII.
            var flags = Token.asciiFlag
            var lowerFirst = byte
            switch byteClass {
            case TokenStartClass.upper, TokenStartClass.lower:
                // The first round of `scanWord(from:)`'s loop, inline: the ASCII letter run.
                position = asciiLetterRunEnd(from: position + 1)
                if position < end, Self.mayContinueWord(bytes[position]) {
                    // A letter >= 0x80, a digit, `-` or `'`: the rest of the loop, out of line;
                    // the bytes say whether the token is ASCII.
                    index = position
                    kind = scanWord(from: start)
                    position = index
                    if !isASCII(start..<position) { flags = 0 }
                } else if position - start == 2 || (position < end && bytes[position] == 0x2E) {
                    // The only words `finishWord` may turn into something else (`US$`, `Rp`,
                    // `Rp.` take two letters; an abbreviation a period): ask it. A `.chunk` of an
                    // abbreviation may hold any letter, so again the bytes say.
                    index = position
                    kind = finishWord(start: start, onlyLetters: true)
                    position = index
                    if kind == .abbreviation, !isASCII(start..<position) { flags = 0 }
                } else {
                    kind = .word  // ASCII letters only
                }
                if byteClass == TokenStartClass.upper {
                    lowerFirst = byte | 0x20
                    if kind == .word || kind == .abbreviation { flags |= Token.capitalizedFlag }
                }
            case TokenStartClass.digit:
                position = numberEnd(from: position)
                kind = .number
            case TokenStartClass.dollar:
                position += 1
                kind = .currency
            case TokenStartClass.punctuation:
                position += 1
                kind = .punctuation
            case TokenStartClass.symbol:
                position += 1
                kind = .symbol
            default:
                let (scalar, length) = ScalarClass.decode(bytes, at: position)
                if ScalarClass.isWhitespace(scalar) {
                    // Never a line break (both are ASCII): a space.
                    if gap == .none { gap = .space }
                    position += length
                    continue
                }
                index = position
                let capitalized: Bool
                (kind, capitalized) = scanNonASCII(scalar, length: length)
                position = index
                flags = capitalized ? Token.capitalizedFlag : 0
                lowerFirst = 0
            }
            (out.baseAddress! + count).initialize(to: Token(kind: kind, span: Span(start: start, end: position), gapBefore: gap,
                                                            lowerFirst: lowerFirst, flags: flags))
            count += 1
            gap = .none
            lineBreaks = 0
        }
        return count
    }

    /// Whether the byte after a word's ASCII letters may continue it (`scanWord(from:)` looks
    /// further): any byte >= 0x80, a digit, `-` or `'`. Any other ASCII byte is its own scalar
    /// and no letter, so it ends the word.
    @inline(__always)
    static func mayContinueWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte &- 0x30 < 10 || byte == 0x2D || byte == 0x27
    }

    /// Whether every byte of `range` is ASCII: any byte >= 0x80 makes the OR of all bytes
    /// >= 0x80 (tokens are short, so testing every byte beats stopping early).
    func isASCII(_ range: Range<Int>) -> Bool {
        var all: UInt8 = 0
        for position in range { all |= bytes[position] }
        return all < 0x80
    }

    /// A token starting at `index` with the non-whitespace scalar `scalar` (lead byte >= 0x80):
    /// the plain rule. Also says whether a word or abbreviation starts with an upper-case
    /// scalar (`Token.capitalizedFlag`). Out of line: the Unicode property look-ups it may make
    /// would cost the hot loop a frame set-up.
    @inline(never)
    mutating func scanNonASCII(_ scalar: Unicode.Scalar, length: Int) -> (TokenKind, Bool) {
        let kind: TokenKind
        if ScalarClass.isLetter(scalar) {
            kind = scanWord(from: index)
        } else if ScalarClass.isDigit(scalar) {
            index = numberEnd(from: index)
            kind = .number
        } else if scalar == "$" {
            index += 1
            kind = .currency
        } else {
            index += length
            kind = ScalarClass.isPunctuation(scalar) ? .punctuation : .symbol
        }
        return (kind, (kind == .word || kind == .abbreviation) && ScalarClass.isUpper(scalar))
    }

    /// Scans letters, digits, inner hyphens and apostrophes of the word that starts at `start`,
    /// from `index` on (the letters before `index`, if any, are all the word holds so far); then
    /// decides whether a period makes it an abbreviation. Returns the token kind. Out of line:
    /// the rare path (see `run`), and its Unicode look-ups need a frame set-up.
    @inline(never)
    mutating func scanWord(from start: Int) -> TokenKind {
        var onlyLetters = true
        while index < bytes.count {
            // A run of ASCII letters (most of every word).
            index = asciiLetterRunEnd(from: index)
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
        return finishWord(start: start, onlyLetters: onlyLetters)
    }

    /// At the end of the letters of a word from `start` to `index`: `US$`, `Rp`/`Rp.` are
    /// currency, a period may make it an abbreviation, else it is a word.
    @inline(__always)
    mutating func finishWord(start: Int, onlyLetters: Bool) -> TokenKind {
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

    /// The end of the run of ASCII letters starting at `start`: found eight bytes at a time,
    /// and byte by byte in the last few bytes of the text. Per byte `b` of a block:
    /// `c = (b | 0x20) & 0x7F` is below 0x80, so `c + 0x1F` and `c + 0x05` never carry into the
    /// next byte; their top bits say `c >= 0x61` and `c >= 0x7B`, and `b`'s own top bit rules
    /// out non-ASCII. So a byte's flag is set exactly when `(b | 0x20) &- 0x61 < 26`.
    @inline(__always)
    func asciiLetterRunEnd(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var position = start
        // `position <= lastBlock` is `position + 8 <= bytes.count`; neither can overflow (a
        // buffer's count is far below `Int.max`), so the wrapping `&+` skips the check.
        let lastBlock = bytes.count &- 8
        while position <= lastBlock {
            let block = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let folded = (block | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
            let pastZ = folded &+ 0x0505_0505_0505_0505
            let letters = atLeastA & ~pastZ & ~block & 0x8080_8080_8080_8080
            let others = ~letters & 0x8080_8080_8080_8080
            if others != 0 { return position &+ others.trailingZeroBitCount / 8 }
            position &+= 8
        }
        while position < bytes.count, (bytes[position] | 0x20) &- 0x61 < 26 { position += 1 }
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
        // The shape filter turns away most words (`rapat.`) without hashing them: it answers
        // false only when no member of the set can equal these bytes (`WordShapeFilter`).
        let shape = WordShape(first: bytes[range.lowerBound], length: range.count, isASCII: isASCII(range))
        let known = Self.knownAbbreviationShapes.mayContain(shape)
            && Abbreviations.known.contains(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
        if known || isInitial(range) { return true }
        // A degree chain needs a period before its last chunk (`Abbreviations.isDegreeChain`).
        var periods = 0
        for byte in bytes[range] where byte == 0x2E { periods += 1 }
        if periods == 0 || (periods == 1 && bytes[range.upperBound - 1] == 0x2E) { return false }
        return Abbreviations.isDegreeChain(String(decoding: bytes[range], as: UTF8.self))
    }

    /// The first bytes and lengths of `Abbreviations.known`, as written (not lower-cased).
    static let knownAbbreviationShapes = WordShapeFilter(Abbreviations.known.members)

    /// A single capital letter with a period: an initial in a name (`Muhammad A. Rahman`).
    func isInitial(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 5 else { return false }  // two scalars take at most 4 + 1 bytes
        let (first, length) = ScalarClass.decode(bytes, at: range.lowerBound)
        return range.count == length + 1 && bytes[range.upperBound - 1] == 0x2E && ScalarClass.isUpper(first)
    }

    /// The end of the number starting at `start`: digits with `.` or `,` separators each
    /// followed by a digit.
    @inline(__always)
    func numberEnd(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                position += 1
            } else if byte == 0x2E || byte == 0x2C, position + 1 < bytes.count, bytes[position + 1] >= 0x30, bytes[position + 1] <= 0x39 {
                position += 1
            } else {
                break
            }
        }
        return position
    }
}
