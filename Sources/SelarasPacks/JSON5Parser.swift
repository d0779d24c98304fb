import SelarasCore

/// Reads JSON5 into a `JSON5Value` tree that remembers where every value and key starts.
///
/// Accepts what JSON5 allows — comments, unquoted and single-quoted keys, single-quoted strings,
/// escapes and line continuations, hex numbers, leading/trailing decimal points, `+` signs,
/// trailing commas — and rejects `Infinity`/`NaN` (no rule needs them) and duplicate keys (the
/// second would silently win). Every error is a `SelarasError` at the exact line and column.
public struct JSON5Parser: Sendable {
    /// The error code of syntax errors (`.pack` for pack files, `.configuration` for config).
    public var code: SelarasError.Code
    /// The file named in errors.
    public var path: String
    /// Arrays and objects nested deeper than this are an error, never a stack overflow.
    public var maximumDepth: Int

    public init(code: SelarasError.Code, path: String, maximumDepth: Int = 100) {
        self.code = code
        self.path = path
        self.maximumDepth = maximumDepth
    }

    /// Parses a whole file. A UTF-8 byte-order mark is skipped; offsets still count it.
    public func parse(_ bytes: [UInt8]) throws(SelarasError) -> JSON5Value {
        if let bad = UTF8Validation.firstInvalidByte(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw SelarasError(code, "the file is not valid UTF-8 (byte offset \(bad))", path: path, line: line,
                               hint: "save the file as UTF-8")
        }
        var scanner = JSON5Scanner(bytes: bytes, parser: self)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        try scanner.skipTrivia()
        if scanner.atEnd {
            throw scanner.error("the file is empty: expected a JSON5 value", hint: "write an object: { … }")
        }
        let value = try scanner.parseValue(depth: 0)
        try scanner.skipTrivia()
        if !scanner.atEnd {
            throw scanner.error("unexpected \(scanner.describeCurrent()) after the end of the value",
                                hint: "a file holds exactly one value; remove what follows or wrap both in [ ]")
        }
        return value
    }

    /// Parses a string (tests, inline configuration).
    public func parse(_ text: String) throws(SelarasError) -> JSON5Value {
        try parse(Array(text.utf8))
    }

    /// Line and column, in the file, of the character at `decodedOffset` (a UTF-8 byte offset
    /// into the string's decoded value) of the string literal that starts at `literalOffset`.
    ///
    /// Lets an error inside a string's content (a regex that does not compile at byte 7) point
    /// at the real character in the file, escapes and continuations accounted for. Returns nil
    /// when `literalOffset` does not start a string literal.
    public static func location(
        ofDecodedOffset decodedOffset: Int, inStringLiteralAt literalOffset: Int, of bytes: [UInt8]
    ) -> Location? {
        guard literalOffset < bytes.count, bytes[literalOffset] == 0x22 || bytes[literalOffset] == 0x27 else {
            return nil
        }
        var base = SourceText(bytes: bytes).location(ofByte: literalOffset)
        if base.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { base.column -= 1 }
        var scanner = JSON5Scanner(bytes: bytes, parser: JSON5Parser(code: .pack, path: ""))
        scanner.index = literalOffset
        scanner.line = base.line
        scanner.column = base.column
        return scanner.locateInString(decodedOffset: decodedOffset)
    }
}
