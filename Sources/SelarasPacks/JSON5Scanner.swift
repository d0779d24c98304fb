import SelarasCore

/// The cursor of `JSON5Parser`: bytes, position, and the line/column of that position.
struct JSON5Scanner {
    let bytes: [UInt8]
    let parser: JSON5Parser
    var index = 0
    var line = 1
    var column = 1

    init(bytes: [UInt8], parser: JSON5Parser) {
        self.bytes = bytes
        self.parser = parser
    }

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    func peek(_ ahead: Int) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    // MARK: Moving

    /// Steps over one byte, keeping line and column (columns count scalars: only lead bytes).
    mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte == 0x0D {
            if current != 0x0A { line += 1; column = 1 }
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Steps over one whole scalar.
    mutating func advanceScalar() {
        advance()
        while let byte = current, byte & 0xC0 == 0x80 { advance() }
    }

    /// The scalar starting at the current byte (the input is valid UTF-8).
    var currentScalar: Unicode.Scalar? {
        guard let lead = current else { return nil }
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length {
            guard let next = peek(offset) else { return nil }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    // MARK: Errors

    func error(_ message: String, hint: String? = nil) -> SelarasError {
        SelarasError(parser.code, message, path: parser.path, line: line, column: column, hint: hint)
    }

    func error(_ message: String, line: Int, column: Int, hint: String? = nil) -> SelarasError {
        SelarasError(parser.code, message, path: parser.path, line: line, column: column, hint: hint)
    }

    /// `'x'`, `U+00A0` or `the end of the file`, for messages.
    func describeCurrent() -> String {
        guard let scalar = currentScalar else { return "the end of the file" }
        return Self.describe(scalar)
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x21 || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(Character(scalar))'"
    }

    // MARK: Whitespace and comments

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0xFEFF, 0x2028, 0x2029: return true
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    mutating func skipTrivia() throws(SelarasError) {
        while index < bytes.count {
            let byte = bytes[index]
            // ASCII first, byte by byte: of ASCII, only TAB…CR and space are whitespace (the one
            // ASCII space separator is U+0020), so this is `isWhitespace` without scalar decoding.
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
                advance()
            case 0x2F where peek(1) == 0x2F:
                // To the line's end, one column per scalar, as `advance()` byte by byte would.
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    if bytes[index] & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
            case 0x2F where peek(1) == 0x2A:
                let (startLine, startColumn) = (line, column)
                advance(); advance()
                while true {
                    guard let byte = current else {
                        throw error("unterminated comment", line: startLine, column: startColumn,
                                    hint: "close the comment with */")
                    }
                    if byte == 0x2A && peek(1) == 0x2F { advance(); advance(); break }
                    advance()
                }
            case 0x2F:
                throw error("unexpected '/'", hint: "comments start with // or /*")
            case 0x00..<0x80:
                return
            default:
                guard let scalar = currentScalar, Self.isWhitespace(scalar) else { return }
                advanceScalar()
            }
        }
    }

    // MARK: Values

    mutating func parseValue(depth: Int) throws(SelarasError) -> JSON5Value {
        try skipTrivia()
        guard let byte = current else {
            throw error("expected a value, found the end of the file")
        }
        switch byte {
        case 0x7B: return try parseObject(depth: depth + 1)
        case 0x5B: return try parseArray(depth: depth + 1)
        case 0x22, 0x27:
            let (startLine, startColumn, offset) = (line, column, index)
            let text = try parseString()
            return JSON5Value(.string(text), line: startLine, column: startColumn, offset: offset)
        case 0x2B, 0x2D, 0x2E, 0x30...0x39: return try parseNumber()
        default:
            if let scalar = currentScalar, Self.isIdentifierStart(scalar) {
                return try parseWord()
            }
            throw error("expected a value, found \(describeCurrent())")
        }
    }

    private mutating func enter(_ depth: Int) throws(SelarasError) {
        if depth > parser.maximumDepth {
            throw error("nesting deeper than \(parser.maximumDepth) levels", hint: "flatten the structure")
        }
    }

    mutating func parseObject(depth: Int) throws(SelarasError) -> JSON5Value {
        try enter(depth)
        let (startLine, startColumn, offset) = (line, column, index)
        advance()
        var members: [JSON5Member] = []
        // Duplicate keys: small objects search their members; large ones keep a dictionary
        // (built once they grow). Both compare keys as `String` (canonical equivalence).
        var seen: [String: (Int, Int)] = [:]
        // Built only for a message: most objects close without one.
        func opened() -> String { "the object opened at line \(startLine), column \(startColumn)" }
        while true {
            try skipTrivia()
            guard let byte = current else {
                throw error("expected a key or '}', found the end of the file", hint: "close \(opened()) with }")
            }
            if byte == 0x7D { advance(); break }
            let (keyLine, keyColumn) = (line, column)
            let key: String
            if byte == 0x22 || byte == 0x27 {
                key = try parseString()
            } else if let scalar = currentScalar, Self.isIdentifierStart(scalar) {
                key = readIdentifier()
            } else {
                throw error("expected a key or '}', found \(describeCurrent())",
                            hint: "keys are names or quoted strings")
            }
            if let first = Self.firstPlace(of: key, in: members, seen: &seen) {
                throw error("duplicate key '\(key)'", line: keyLine, column: keyColumn,
                            hint: "'\(key)' is already set at line \(first.0), column \(first.1); keep one")
            }
            try skipTrivia()
            guard current == 0x3A else {
                throw error("expected ':' after the key '\(key)', found \(describeCurrent())")
            }
            advance()
            let value = try parseValue(depth: depth)
            members.append(JSON5Member(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            try skipTrivia()
            if current == 0x2C { advance(); continue }
            if current == 0x7D { advance(); break }
            throw error("expected ',' or '}' after a value, found \(describeCurrent())",
                        hint: atEnd ? "close \(opened()) with }" : "separate members with ','")
        }
        return JSON5Value(.object(members), line: startLine, column: startColumn, offset: offset)
    }

    /// Below this many members a linear search beats hashing every key.
    private static let linearSearchLimit = 16

    /// Where `key` was first set among `members` (whose keys are unique), or nil. `seen` mirrors
    /// `members` once the object is large: it catches up on the members added since the last call.
    private static func firstPlace(of key: String, in members: [JSON5Member], seen: inout [String: (Int, Int)]) -> (Int, Int)? {
        if members.count < linearSearchLimit {
            guard let member = members.first(where: { $0.key == key }) else { return nil }
            return (member.keyLine, member.keyColumn)
        }
        for member in members[seen.count...] { seen[member.key] = (member.keyLine, member.keyColumn) }
        return seen[key]
    }

    mutating func parseArray(depth: Int) throws(SelarasError) -> JSON5Value {
        try enter(depth)
        let (startLine, startColumn, offset) = (line, column, index)
        advance()
        var items: [JSON5Value] = []
        func opened() -> String { "the list opened at line \(startLine), column \(startColumn)" }
        while true {
            try skipTrivia()
            guard let byte = current else {
                throw error("expected a value or ']', found the end of the file", hint: "close \(opened()) with ]")
            }
            if byte == 0x5D { advance(); break }
            if byte == 0x2C { throw error("expected a value or ']', found ','", hint: "remove the extra ','") }
            items.append(try parseValue(depth: depth))
            try skipTrivia()
            if current == 0x2C { advance(); continue }
            if current == 0x5D { advance(); break }
            throw error("expected ',' or ']' after a value, found \(describeCurrent())",
                        hint: atEnd ? "close \(opened()) with ]" : "separate items with ','")
        }
        return JSON5Value(.array(items), line: startLine, column: startColumn, offset: offset)
    }

    // MARK: Words and identifiers

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "_" || scalar.properties.isIDStart
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "_" || scalar.value == 0x200C || scalar.value == 0x200D
            || scalar.properties.isIDContinue
    }

    mutating func readIdentifier() -> String {
        // ASCII run first, without decoding: of ASCII, ID_Start is the letters and ID_Continue
        // the letters, digits and '_'; '$' and '_' are allowed anywhere. A non-ASCII scalar
        // continues on the general path below with the run so far.
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            guard isLetter || byte == 0x24 || byte == 0x5F || (index > start && byte >= 0x30 && byte <= 0x39) else { break }
            index += 1
            column += 1
        }
        var text = String(decoding: bytes[start..<index], as: UTF8.self)
        if index >= bytes.count || bytes[index] < 0x80 { return text }
        while let scalar = currentScalar, text.isEmpty ? Self.isIdentifierStart(scalar) : Self.isIdentifierPart(scalar) {
            text.unicodeScalars.append(scalar)
            advanceScalar()
        }
        return text
    }

    mutating func parseWord() throws(SelarasError) -> JSON5Value {
        let (startLine, startColumn, offset) = (line, column, index)
        let word = readIdentifier()
        let content: JSON5Value.Content
        switch word {
        case "true": content = .bool(true)
        case "false": content = .bool(false)
        case "null": content = .null
        case "Infinity", "NaN":
            throw error("\(word) is not allowed", line: startLine, column: startColumn, hint: "write a finite number")
        default:
            throw error("unexpected '\(word)'", line: startLine, column: startColumn,
                        hint: "put text in quotes: \"\(word)\"")
        }
        return JSON5Value(content, line: startLine, column: startColumn, offset: offset)
    }
}
