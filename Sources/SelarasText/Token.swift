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
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var span: Span
    public var gapBefore: Gap

    public init(kind: TokenKind, span: Span, gapBefore: Gap) {
        self.kind = kind
        self.span = span
        self.gapBefore = gapBefore
    }
}
