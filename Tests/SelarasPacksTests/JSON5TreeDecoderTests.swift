import SelarasCore
import Testing
@testable import SelarasPacks

@Suite struct JSON5TreeDecoderTests {
    struct Term: Decodable, Equatable {
        var from: String
        var to: String
        var weight: Int?
    }

    struct Sample: Decodable {
        var id: String
        var level: String
        var count: Int?
        var ratio: Double?
        var enabled: Bool?
        var terms: [Term]?
        var extra: JSON5Value?
        var map: [String: Int]?
    }

    func decode<T: Decodable>(_ type: T.Type, _ text: String, prefix: String = "") throws -> (T?, [SelarasError]) {
        let value = try JSON5Parser(code: .pack, path: "r.json5").parse(text)
        return JSON5TreeDecoder(code: .pack, path: "r.json5", subject: "rule", keyPathPrefix: prefix)
            .decodeReportingAll(type, from: value)
    }

    @Test func decodesNestedValuesAndKeepsRawParts() throws {
        let (sample, errors) = try decode(Sample.self, """
            { id: 'a', level: "warning", count: 3, ratio: 0.5, enabled: true,
              terms: [{ from: 'praktek', to: 'praktik' }, { from: 'x', to: 'y', weight: 2 }],
              extra: { anything: [1, 2], goes: 'here' }, map: { a: 1, b: 2 } }
            """)
        #expect(errors.isEmpty)
        #expect(sample?.terms == [Term(from: "praktek", to: "praktik"), Term(from: "x", to: "y", weight: 2)])
        #expect(sample?.extra?["goes"]?.stringValue == "here")
        #expect(sample?.map == ["a": 1, "b": 2])
        #expect(sample?.ratio == 0.5)
    }

    @Test func absentOptionalKeysAndNullAreFine() throws {
        let (sample, errors) = try decode(Sample.self, "{ id: 'a', level: 'error', count: null }")
        #expect(errors.isEmpty)
        #expect(sample?.count == nil)
    }

    @Test func unknownKeyIsReportedAtTheKeyWithTheNearestKnownKey() throws {
        let (_, errors) = try decode(Sample.self, "{ id: 'a',\n  level: 'error', levle: 'x', terms: [{ from: 'a', to: 'b', form: 'c' }] }")
        #expect(errors.count == 2)
        let first = try #require(errors.first)
        #expect(first.message.hasPrefix("unknown key 'levle' in rule; known keys: id, level, count"))
        #expect(first.hint == "did you mean 'level'?")
        #expect(first.line == 2 && first.column == 19)
        #expect(errors[1].message.hasPrefix("unknown key 'form' in 'terms[0]'; known keys: from, to, weight"))
        #expect(errors[1].hint == "did you mean 'from'?")
        #expect(errors[1].column == 61)
    }

    @Test func farOffUnknownKeyGetsNoGuess() throws {
        let (_, errors) = try decode(Term.self, "{ from: 'a', to: 'b', zzzzzz: 1 }")
        #expect(errors.first?.hint == "remove it")
    }

    @Test func typeMismatchIsReportedAtTheValue() throws {
        let (_, errors) = try decode(Sample.self, "{ id: 'a',\n  level: 3 }")
        let error = try #require(errors.first)
        #expect(error.description == "r.json5:2:10: 'level' must be a string (found a number)")
    }

    @Test func nestedMismatchNamesTheKeyPathWithPrefix() throws {
        let (_, errors) = try decode(Sample.self, "{ id: 'a', level: 'x', terms: [{ from: 'a', to: 'b' }, { from: ['x'], to: 'b' }] }",
                                     prefix: "params")
        let error = try #require(errors.first)
        #expect(error.message == "'params.terms[1].from' must be a string")
        #expect(error.column == 64)
    }

    @Test func integersMustBeWholeAndInRange() throws {
        let (_, fraction) = try decode(Sample.self, "{ id: 'a', level: 'x', count: 1.5 }")
        #expect(fraction.first?.message == "'count' must be a whole number")
        struct Small: Decodable { var byte: UInt8 }
        let (_, big) = try decode(Small.self, "{ byte: 300 }")
        #expect(big.first?.message.contains("out of range") == true)
        let (small, hex) = try decode(Small.self, "{ byte: 0xFF }")
        #expect(hex.isEmpty && small?.byte == 255)
    }

    @Test func missingKeyIsReportedAtTheObject() throws {
        let (_, errors) = try decode(Sample.self, "\n  { level: 'x' }")
        let error = try #require(errors.first)
        #expect(error.message == "missing key 'id' in rule")
        #expect(error.line == 2 && error.column == 3)
        let (_, nested) = try decode(Sample.self, "{ id: 'a', level: 'x', terms: [ { to: 'b' } ] }")
        #expect(nested.first?.message == "missing key 'from' in 'terms[0]'")
        #expect(nested.first?.column == 33)
    }

    @Test func wrongRootTypeNamesTheSubject() throws {
        let (_, errors) = try decode(Sample.self, "[1]")
        #expect(errors.first?.message == "rule must be an object")
    }

    @Test func decodingErrorsFromCustomTypesArePlaced() throws {
        struct Dated: Decodable { var date: LocalDate }
        let (_, errors) = try decode(Dated.self, "{\n date: '2025-02-30' }")
        let error = try #require(errors.first)
        #expect(error.message.contains("'date'"))
        #expect(error.line == 2 && error.column == 8)
    }

    @Test func throwingDecodeGivesTheFirstError() throws {
        let value = try JSON5Parser(code: .configuration, path: "c.json5").parse("{ from: 'a', to: 'b', b: 1, a: 2 }")
        #expect(throws: SelarasError.self) {
            try JSON5TreeDecoder(code: .configuration, path: "c.json5", subject: "configuration").decode(Term.self, from: value)
        }
        do {
            _ = try JSON5TreeDecoder(code: .configuration, path: "c.json5", subject: "configuration").decode(Term.self, from: value)
        } catch {
            #expect(error.message.hasPrefix("unknown key 'b'"))
            #expect(error.code == .configuration)
        }
    }

    @Test func nearestNameUsesEditDistance() {
        #expect(NearestName.editDistance("levle", "level") == 1)
        #expect(NearestName.editDistance("kitten", "sitting") == 3)
        #expect(NearestName.suggestion(for: "sugestion", among: ["error", "warning", "suggestion"]) == "suggestion")
        #expect(NearestName.suggestion(for: "q", among: ["error", "warning"]) == nil)
    }
}
