import SelarasCore

/// What a token is. Tokens never include whitespace; `Token.gapBefore` records what separated them.
public enum TokenKind: String, Sendable, Hashable {
    /// Letters (and digits after the first letter), with inner hyphens and apostrophes:
    /// `kupu-kupu`, `se-Kalimantan`, `PermenPAN-RB`, `Jum'at`, `COVID-19`.
    case word
    /// Digits with Indonesian separators: `1.234`, `1.234.567`, `12,5`, `09.00`. A `/`, `%` or
    /// letters written right after the digits are separate tokens with `gapBefore == .none`.
    case number
    /// `ke-3`, `ke-79`: an ordinal written with digits (never a figure).
    case ordinal
    /// A word ending in a period that does not end a sentence: `H.`, `dr.`, `S.Sos.`, `No.`,
    /// `a.n.`, single initials `A.`; also degree chains without the last period (`M.Si`).
    case abbreviation
    /// `Rp`, `Rp.`, `US$`, `$` (the currency mark only; the amount is the next token).
    case currency
    /// One punctuation character: `.`, `,`, `(`, `–`, `“` …
    case punctuation
    /// Anything else: `%`, `+`, `&`, emoji …
    case symbol
}

/// What separates a token from the one before it.
public enum Gap: UInt8, Sendable, Hashable, Comparable {
    /// Written right after the previous token (`25%`, `23/1`).
    case none
    /// Spaces or tabs (NBSP counts as a space) on the same line.
    case space
    /// One line break.
    case lineBreak
    /// Two or more line breaks: a paragraph boundary.
    case blankLine

    public static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One token of a text: its kind and its byte span.
///
/// Besides the public fields, a token made by `Tokenizer` carries what `TextAnalysis` answers
/// per token (`lowerShape`, `isCapitalized`, `sentenceIndex(ofToken:)`), filled while its bytes
/// are hot instead of in parallel arrays built by a second pass (each one an allocation and a
/// walk over every token). Those fields follow from the text, so equality and hashing ignore
/// them: a token compares by kind, span and gap, as before. The fields are ordered so the token
/// takes 24 bytes (the span first, then the one-byte fields and the sentence number).
public struct Token: Sendable, Hashable {
    public var span: Span
    public var kind: TokenKind
    public var gapBefore: Gap
    /// The token's first byte, lower-cased when an ASCII capital (`WordShape.first`); meaningful
    /// only when `isASCII`.
    var lowerFirst: UInt8 = 0
    /// `Token.asciiFlag` and `Token.capitalizedFlag`.
    var flags: UInt8 = 0
    /// The index of the token's sentence in `TextAnalysis.sentences`.
    var sentence: UInt32 = 0

    /// Every byte of the token is ASCII.
    static let asciiFlag: UInt8 = 1
    /// A word or abbreviation whose first scalar is upper case.
    static let capitalizedFlag: UInt8 = 2

    public init(kind: TokenKind, span: Span, gapBefore: Gap) {
        self.span = span
        self.kind = kind
        self.gapBefore = gapBefore
    }

    init(kind: TokenKind, span: Span, gapBefore: Gap, lowerFirst: UInt8, flags: UInt8) {
        self.span = span
        self.kind = kind
        self.gapBefore = gapBefore
        self.lowerFirst = lowerFirst
        self.flags = flags
    }

    /// The shape of the token's lower-cased text: its lowered first byte and length when all
    /// ASCII (lower-casing an ASCII token keeps its length), else the passing shape.
    var lowerShape: WordShape {
        flags & Token.asciiFlag != 0 ? WordShape(first: lowerFirst, length: span.end - span.start, isASCII: true) : .passing
    }

    var isCapitalized: Bool { flags & Token.capitalizedFlag != 0 }

    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.kind == rhs.kind && lhs.span == rhs.span && lhs.gapBefore == rhs.gapBefore
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(span)
        hasher.combine(gapBefore)
    }
}
