import SelarasCore
import Testing
@testable import SelarasPacks

@Suite struct JSON5ParserTests {
    let parser = JSON5Parser(code: .pack, path: "r.json5")

    func failure(_ text: String) -> SelarasError? {
        do { _ = try parser.parse(text); return nil } catch { return error }
    }

    func expectError(_ text: String, _ message: String, _ line: Int, _ column: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let error = failure(text)
        #expect(error?.message.contains(message) == true, "got \(String(describing: error))", sourceLocation: sourceLocation)
        #expect(error?.line == line, sourceLocation: sourceLocation)
        #expect(error?.column == column, sourceLocation: sourceLocation)
        #expect(error?.path == "r.json5", sourceLocation: sourceLocation)
        #expect(error?.code == .pack, sourceLocation: sourceLocation)
    }

    @Test func readsEveryJSON5Form() throws {
        let value = try parser.parse("""
            // comment
            { unquoted: 'single', "double": "x\\ty", $dollar_1: [1, -2, +3, 0x1F, .5, 5., 1e3, -0.25,],
              /* block */ t: true, f: false, n: null, nested: { a: [], }, }
            """)
        #expect(value["unquoted"]?.stringValue == "single")
        #expect(value["double"]?.stringValue == "x\ty")
        let numbers = value["$dollar_1"]?.arrayValue?.compactMap { item -> Double? in
            if case .number(let number) = item.content { return number.double }
            return nil
        }
        #expect(numbers == [1, -2, 3, 31, 0.5, 5, 1000, -0.25])
        if case .number(let hex) = value["$dollar_1"]?.arrayValue?[3].content { #expect(hex.integer == 31) }
        if case .number(let decimal) = value["$dollar_1"]?.arrayValue?[4].content { #expect(decimal.integer == nil) }
        #expect(value["t"]?.content == .bool(true))
        #expect(value["f"]?.content == .bool(false))
        #expect(value["n"]?.content == .null)
        #expect(value["nested"]?["a"]?.arrayValue?.isEmpty == true)
    }

    @Test func curlyQuotesDoNotQuoteKeys() {
        expectError("{\n  “x”: 1 }", "expected a key or '}', found '“'", 2, 3)
    }

    @Test func keyAndValuePositionsCountScalarsNotBytes() throws {
        let value = try parser.parse("{ 'é😀': 'ü', b: [true,\n  null] }")
        guard case .object(let members) = value.content else { Issue.record("not an object"); return }
        #expect(members[0].keyLine == 1 && members[0].keyColumn == 3)
        #expect(members[0].value.column == 9)
        #expect(members[1].keyColumn == 14)
        #expect(members[1].value.column == 17)
        let items = try #require(members[1].value.arrayValue)
        #expect(items[0].line == 1 && items[0].column == 18)
        #expect(items[1].line == 2 && items[1].column == 3)
    }

    @Test func decodesEscapesAndContinuations() throws {
        let source = "['\\u00e9\\uD83D\\uDE00', \"a\\x41\\'\\\"\\\\\\/\\0\", 'one \\\ntwo', 'cr \\\r\nlf']"
        let value = try parser.parse(source)
        let items = try #require(value.arrayValue)
        #expect(items[0].stringValue == "é😀")
        #expect(items[1].stringValue == "aA'\"\\/\0")
        #expect(items[2].stringValue == "one two")
        #expect(items[3].stringValue == "cr lf")
        #expect(items[3].line == 2)
    }

    @Test func stringsMayHoldCurlyQuotesAndNBSP() throws {
        let value = try parser.parse("{ k: \"“Kementrian”\u{00A0}—\" }")
        #expect(value["k"]?.stringValue == "“Kementrian”\u{00A0}—")
    }

    @Test func syntaxErrorsPointAtTheExactPlace() {
        expectError("{ a: 1\n  b: 2 }", "expected ',' or '}' after a value", 2, 3)
        expectError("[1 2]", "expected ',' or ']' after a value", 1, 4)
        expectError("{ a: 'abc }", "unterminated string", 1, 6)
        expectError("{ a: \"ab\ncd\" }", "unterminated string", 1, 6)
        expectError("{ id: 1, 'id': 2 }", "duplicate key 'id'", 1, 10)
        expectError("{ a 1 }", "expected ':' after the key 'a'", 1, 5)
        expectError("{ a: }", "expected a value", 1, 6)
        expectError("{ , }", "expected a key or '}'", 1, 3)
        expectError("[1,,2]", "expected a value or ']'", 1, 4)
        expectError("{ a: 1 /* open", "unterminated comment", 1, 8)
        expectError("{ a: 1 / }", "unexpected '/'", 1, 8)
        expectError("{ a: NaN }", "NaN is not allowed", 1, 6)
        expectError("{ a: -Infinity }", "-Infinity is not allowed", 1, 6)
        expectError("{ a: 012 }", "may not start with 0", 1, 6)
        expectError("{ a: 12px }", "in a number", 1, 8)
        expectError("{ a: 1e }", "exponent", 1, 8)
        expectError("{ a: 0x }", "hex digits", 1, 6)
        expectError("{ a: yes }", "unexpected 'yes'", 1, 6)
        expectError("{ a: 'x\\1' }", "invalid escape", 1, 8)
        expectError("{ a: '\\u12' }", "\\u escape", 1, 7)
        expectError("{ a: '\\uD800x' }", "lone surrogate", 1, 7)
        expectError("{ a: '\\x4' }", "\\x escape", 1, 7)
        expectError("{} x", "after the end of the value", 1, 4)
        expectError("  // only a comment\n", "the file is empty", 2, 1)
        expectError("{ a: 1", "expected ',' or '}'", 1, 7)
        expectError("😀{ a: 1 }", "expected a value, found '😀'", 1, 1)
        expectError("{ 'é': 1, x: @ }", "expected a value, found '@'", 1, 14)
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let error: SelarasError?
        do { _ = try parser.parse([0x7B, 0x0A, 0x61, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]); error = nil } catch let e { error = e }
        #expect(error?.message.contains("byte offset 5") == true)
        #expect(error?.line == 2)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let value = try parser.parse([0xEF, 0xBB, 0xBF] + Array("{ a: 1 }".utf8))
        #expect(value.column == 1)
        #expect(value["a"]?.column == 6)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = failure(deep)
        #expect(error?.message.contains("nesting deeper than 100") == true)
        #expect(error?.column == 101)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(failure(fine) == nil)
    }

    @Test func configurationCodeIsUsedForConfigurationFiles() {
        let error: SelarasError?
        do { _ = try JSON5Parser(code: .configuration, path: "selaras.json5").parse("{ a: }"); error = nil } catch let e { error = e }
        #expect(error?.code == .configuration)
        #expect(error?.description.hasPrefix("selaras.json5:1:6: expected a value") == true)
    }

    @Test func locatesACharacterInsideAStringLiteral() throws {
        let text = "{ p: 'é\\\\d+(' }"
        let bytes = Array(text.utf8)
        let value = try parser.parse(bytes)
        let literal = try #require(value["p"])
        #expect(literal.stringValue == "é\\d+(")
        // Decoded bytes: é(2) \(1) d(1) +(1) ( at byte 5 → source column: p at 6, é 7, \\ 8-9, d 10, + 11, ( 12.
        let place = JSON5Parser.location(ofDecodedOffset: 5, inStringLiteralAt: literal.offset, of: bytes)
        #expect(place == Location(line: 1, column: 12))
        let start = JSON5Parser.location(ofDecodedOffset: 0, inStringLiteralAt: literal.offset, of: bytes)
        #expect(start == Location(line: 1, column: 7))
        #expect(JSON5Parser.location(ofDecodedOffset: 0, inStringLiteralAt: 0, of: bytes) == nil)
    }
}
