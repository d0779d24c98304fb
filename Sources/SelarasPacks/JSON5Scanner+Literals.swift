import SelarasCore

extension JSON5Scanner {
    // MARK: Strings

    /// Reads a string literal at the current quote and returns its value.
    mutating func parseString() throws(SelarasError) -> String {
        // Most literals hold no escape and no line break: then the value is the bytes between
        // the quotes, and the cursor moves one column per scalar plus the two quotes — what
        // `scanString` computes, without copying byte by byte. Anything else takes that path.
        if let quote = current {
            var end = index + 1
            var scalars = 0
            while end < bytes.count {
                let byte = bytes[end]
                if byte == quote || byte == 0x5C || byte == 0x0A || byte == 0x0D { break }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                end += 1
            }
            if end < bytes.count, bytes[end] == quote {
                let text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                index = end + 1
                column += scalars + 2
                return text
            }
        }
        var decoded: [UInt8] = []
        _ = try scanString(into: &decoded, stopAt: nil)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Where the character at `decodedOffset` of the literal's value is written (see
    /// `JSON5Parser.location(ofDecodedOffset:inStringLiteralAt:of:)`).
    mutating func locateInString(decodedOffset: Int) -> Location? {
        var decoded: [UInt8] = []
        return try? scanString(into: &decoded, stopAt: decodedOffset)
    }

    /// Scans a literal, appending its value to `decoded`. With `stopAt`, returns the location of
    /// the source character producing decoded byte `stopAt` (or the closing quote when past the end).
    private mutating func scanString(into decoded: inout [UInt8], stopAt: Int?) throws(SelarasError) -> Location? {
        let (startLine, startColumn) = (line, column)
        guard let quote = current else { return nil }
        advance()
        while true {
            if let stopAt, decoded.count >= stopAt { return Location(line: line, column: column) }
            guard let byte = current else {
                throw error("unterminated string", line: startLine, column: startColumn,
                            hint: "close the string with \(Character(Unicode.Scalar(quote)))")
            }
            if byte == quote {
                advance()
                return stopAt == nil ? nil : Location(line: line, column: column - 1)
            }
            if byte == 0x0A || byte == 0x0D {
                throw error("unterminated string: the line ends before the closing quote",
                            line: startLine, column: startColumn,
                            hint: "close the string on its line, or end the line with \\ to continue it")
            }
            if byte == 0x5C {
                try scanEscape(into: &decoded)
                continue
            }
            // A plain scalar is its own UTF-8 bytes (the input is valid UTF-8): copy them as they
            // are, lead byte then continuation bytes, one column for the scalar — what decoding it
            // and encoding it again would give, without the round trip.
            decoded.append(byte)
            index += 1
            column += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 {
                decoded.append(bytes[index])
                index += 1
            }
        }
    }

    private mutating func scanEscape(into decoded: inout [UInt8]) throws(SelarasError) {
        let (escapeLine, escapeColumn) = (line, column)
        advance()
        guard let byte = current, let scalar = currentScalar else {
            throw error("unterminated string", hint: "the file ends inside an escape")
        }
        func invalid(_ message: String, _ hint: String? = nil) -> SelarasError {
            error(message, line: escapeLine, column: escapeColumn, hint: hint)
        }
        switch byte {
        case 0x62: decoded.append(0x08); advance()
        case 0x66: decoded.append(0x0C); advance()
        case 0x6E: decoded.append(0x0A); advance()
        case 0x72: decoded.append(0x0D); advance()
        case 0x74: decoded.append(0x09); advance()
        case 0x76: decoded.append(0x0B); advance()
        case 0x30:
            advance()
            if let next = current, (0x30...0x39).contains(next) {
                throw invalid("invalid escape '\\0' followed by a digit", "write \\u0000 or \\x00 instead")
            }
            decoded.append(0)
        case 0x31...0x39:
            throw invalid("invalid escape '\\\(Character(scalar))'", "write \\\\ for a backslash")
        case 0x0A, 0x0D:
            advance()  // a line continuation: the break is not part of the value
            if byte == 0x0D, current == 0x0A { advance() }
        case 0x78:
            advance()
            guard let value = readHex(count: 2) else {
                throw invalid("invalid \\x escape: expected two hex digits")
            }
            decoded.append(contentsOf: String(Unicode.Scalar(UInt8(value))).utf8)
        case 0x75:
            advance()
            guard var value = readHex(count: 4) else {
                throw invalid("invalid \\u escape: expected four hex digits")
            }
            if (0xD800...0xDBFF).contains(value) {
                guard current == 0x5C, peek(1) == 0x75 else {
                    throw invalid("invalid \\u escape: a lone surrogate", "write the character itself")
                }
                advance(); advance()
                guard let low = readHex(count: 4), (0xDC00...0xDFFF).contains(low) else {
                    throw invalid("invalid \\u escape: a lone surrogate", "write the character itself")
                }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let result = Unicode.Scalar(value) else {
                throw invalid("invalid \\u escape: a lone surrogate", "write the character itself")
            }
            decoded.append(contentsOf: String(result).utf8)
        default:
            if scalar.value == 0x2028 || scalar.value == 0x2029 {
                advanceScalar()  // a line continuation
            } else {
                decoded.append(contentsOf: String(scalar).utf8)  // \" \' \\ \/ and any other
                advanceScalar()
            }
        }
    }

    private mutating func readHex(count: Int) -> UInt32? {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let byte = current, let digit = Self.hexValue(byte) else { return nil }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46: return Int(byte - 0x41 + 10)
        case 0x61...0x66: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }

    // MARK: Numbers

    mutating func parseNumber() throws(SelarasError) -> JSON5Value {
        let (startLine, startColumn, offset) = (line, column, index)
        var text = ""
        var negative = false
        if let sign = current, sign == 0x2B || sign == 0x2D {
            negative = sign == 0x2D
            text.append(Character(Unicode.Scalar(sign)))
            advance()
        }
        func fail(_ message: String, hint: String? = nil) -> SelarasError {
            error(message, line: startLine, column: startColumn, hint: hint)
        }
        if let scalar = currentScalar, Self.isIdentifierStart(scalar) {
            let word = readIdentifier()
            if word == "Infinity" || word == "NaN" {
                throw fail("\(text)\(word) is not allowed", hint: "write a finite number")
            }
            throw fail("expected a number after '\(text)'")
        }
        if current == 0x30, let x = peek(1), x == 0x78 || x == 0x58 {
            advance(); advance()
            var digits = ""
            while let byte = current, Self.hexValue(byte) != nil {
                digits.append(Character(Unicode.Scalar(byte)))
                advance()
            }
            guard !digits.isEmpty else { throw fail("expected hex digits after 0x") }
            try expectNumberEnd()
            let magnitude = digits.reduce(0.0) { $0 * 16 + Double(Self.hexValue($1.asciiValue ?? 0) ?? 0) }
            let integer = Int(digits, radix: 16).map { negative ? -$0 : $0 }
            return JSON5Value(.number(JSON5Number(text: text + "0x" + digits, double: negative ? -magnitude : magnitude,
                                                  integer: integer)),
                              line: startLine, column: startColumn, offset: offset)
        }
        var digitsBefore = 0
        var digitsAfter = 0
        var isInteger = true
        if current == 0x30, let next = peek(1), (0x30...0x39).contains(next) {
            throw fail("a number may not start with 0", hint: "remove the leading zeros")
        }
        while let byte = current, (0x30...0x39).contains(byte) {
            text.append(Character(Unicode.Scalar(byte))); advance(); digitsBefore += 1
        }
        if current == 0x2E {
            isInteger = false
            text.append("."); advance()
            while let byte = current, (0x30...0x39).contains(byte) {
                text.append(Character(Unicode.Scalar(byte))); advance(); digitsAfter += 1
            }
        }
        guard digitsBefore + digitsAfter > 0 else { throw fail("expected a digit") }
        if let e = current, e == 0x65 || e == 0x45 {
            isInteger = false
            text.append("e"); advance()
            if let sign = current, sign == 0x2B || sign == 0x2D {
                text.append(Character(Unicode.Scalar(sign))); advance()
            }
            var exponentDigits = 0
            while let byte = current, (0x30...0x39).contains(byte) {
                text.append(Character(Unicode.Scalar(byte))); advance(); exponentDigits += 1
            }
            guard exponentDigits > 0 else { throw error("expected digits in the exponent") }
        }
        try expectNumberEnd()
        var normalized = text.hasPrefix("+") ? String(text.dropFirst()) : text
        normalized = normalized.replacingDot()
        guard let double = Double(normalized) else { throw fail("invalid number '\(text)'") }
        let integer = isInteger ? Int(normalized) : nil
        return JSON5Value(.number(JSON5Number(text: text, double: double, integer: integer)),
                          line: startLine, column: startColumn, offset: offset)
    }

    /// A number followed directly by a letter or digit (`12px`, `0x1G`) is one bad token.
    private mutating func expectNumberEnd() throws(SelarasError) {
        if let scalar = currentScalar, Self.isIdentifierPart(scalar) {
            throw error("unexpected \(describeCurrent()) in a number")
        }
    }
}

private extension String {
    /// `.5` → `0.5`, `5.` → `5.0`, `-.5` → `-0.5`, so `Double(_:)` reads every JSON5 form.
    func replacingDot() -> String {
        var text = self
        var sign = ""
        if text.hasPrefix("-") { sign = "-"; text.removeFirst() }
        if text.hasPrefix(".") { text = "0" + text }
        if let dot = text.firstIndex(of: "."), text.index(after: dot) == text.endIndex
            || !(text[text.index(after: dot)].isNumber) {
            text.insert("0", at: text.index(after: dot))
        }
        return sign + text
    }
}
