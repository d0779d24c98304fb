import Foundation
import SelarasCore
import SelarasRules
import Testing
@testable import SelarasPacks

@Suite struct PackLoaderTests {
    @Test func loadsAValidPack() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("kementerian.json5", ruleText(id: "kementerian", extra: "\n  scope: 'body', link: 'https://kbbi.kemdikbud.go.id',"))
        try dir.write("istilah.json5", ruleText(id: "istilah", kind: "table", params: "{ table: 'data/istilah.tsv' }",
                                                examples: "{ bad: [{ text: 'Ini «praktek».', suggestion: 'praktik' }], good: [{ text: 'Ini praktik.' }] }"))
        try dir.write("data/istilah.tsv", "from\tto\npraktek\tpraktik\n")
        let result = TestKinds.loader.load(directory: dir.path)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.isValid)
        let pack = try #require(result.pack)
        #expect(pack.id == "uji" && pack.name == "Paket uji" && pack.version == "1.0.0" && pack.language == "id")
        #expect(pack.rules.map(\.metadata.id) == ["uji.istilah", "uji.kementerian"])
        let rule = pack.rules[1].metadata
        #expect(rule.packID == "uji" && rule.level == .error && rule.scope == .body)
        #expect(rule.link == "https://kbbi.kemdikbud.go.id")
        #expect(rule.file == dir.file("kementerian.json5"))
        #expect(rule.examples.bad.first?.text == "Kata Kementrian.")
        #expect(pack.rules[0].metadata.examples.bad.first?.expectedSuggestion == "praktik")
        #expect(pack.descriptors.map(\.id) == ["uji.istilah", "uji.kementerian"])
        let findings = try pack.rules[1].check(RuleContext(
            document: Document(plainText: "“Kementrian” dan Kementrian"), referenceDate: LocalDate(year: 2025, month: 1, day: 1)!))
        #expect(findings.map(\.span) == [Span(start: 3, end: 13), Span(start: 21, end: 31)])
        #expect(findings.first?.suggestions == ["Kementerian"])
    }

    @Test func missingManifestIsAnError() throws {
        let dir = try TemporaryDirectory()
        let result = TestKinds.loader.load(directory: dir.path)
        #expect(result.pack == nil)
        #expect(result.errors.first?.message.contains("no pack.json5") == true)
        #expect(throws: SelarasError.self) { try TestKinds.loader.loadPack(directory: dir.path) }
    }

    @Test func manifestErrorsArePlaced() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText.replacingOccurrences(of: "id: \"uji\"", with: "id: \"Uji Paket\"")
            .replacingOccurrences(of: "rules: [\"*.json5\"]", with: "rules: [\"*.json5\", \"aturan/*.json5\"], maintainr: 'x'"))
        try dir.write("a.json5", ruleText(id: "a"))
        let result = TestKinds.loader.load(directory: dir.path)
        let messages = result.errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown key 'maintainr' in pack manifest") })
        #expect(messages.contains("pack id 'Uji Paket' must be lower-case letters, digits and '-'"))
        let noMatch = try #require(result.errors.first { $0.message.contains("matches no file") })
        #expect(noMatch.line == 9 && noMatch.column == 22, "\(noMatch)")
        #expect(!result.isValid)
    }

    @Test func unknownKindIsReportedAtTheKindListingKnownKinds() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", kind: "fnid"))
        try dir.write("b.json5", ruleText(id: "b"))
        let result = TestKinds.loader.load(directory: dir.path)
        #expect(result.errors.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.path == dir.file("a.json5"))
        #expect(error.message == "unknown rule kind 'fnid'")
        #expect(error.line == 3 && error.column == 9)
        #expect(error.hint == "did you mean 'find'? known kinds: find, table, picky")
        #expect(result.pack?.rules.map(\.metadata.id) == ["uji.b"])
    }

    @Test func duplicateRuleIDsNameBothFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "sama"))
        try dir.write("b.json5", ruleText(id: "sama"))
        let result = TestKinds.loader.load(directory: dir.path)
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.path == dir.file("b.json5"))
        #expect(error.message == "duplicate rule id 'sama': also used by \(dir.file("a.json5"))")
        #expect(error.line == 2 && error.column == 7)
    }

    @Test func invalidRuleIDLevelAndScope() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "Bad_ID", extra: "\n  scope: 'judul',")
            .replacingOccurrences(of: "level: \"error\"", with: "level: \"eror\""))
        let result = TestKinds.loader.load(directory: dir.path)
        let messages = result.errors.map(\.message)
        #expect(messages.contains("rule id 'Bad_ID' must be lower-case letters, digits and '-'"))
        let level = try #require(result.errors.first { $0.message.hasPrefix("'level'") })
        #expect(level.message == "'level' must be one of error, warning, suggestion, not 'eror'")
        #expect(level.hint?.hasPrefix("did you mean 'error'?") == true)
        #expect(level.line == 4 && level.column == 10)
        #expect(messages.contains("'scope' must be one of all, body, heading, not 'judul'"))
    }

    @Test func unknownKeysInRuleAndParamsAreAllReported() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", params: "{ pattern: 'x', sugestion: 'y', flags: 1 }", extra: "\n  levle: 'x',"))
        try dir.write("b.json5", ruleText(id: "b", params: "{ pattern: 'x', sugestion: 'y', flags: 1 }"))
        let result = TestKinds.loader.load(directory: dir.path)
        let messages = result.errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown key 'levle' in rule; known keys: $schema, id, kind, level") })
        let params = result.errors.filter { $0.path == dir.file("b.json5") }
        #expect(params.count == 2)
        #expect(params.first?.message == "unknown key 'sugestion' in 'params'; known keys: pattern, suggestion, caseInsensitive")
        #expect(params.first?.hint == "did you mean 'suggestion'?")
        #expect(params.first?.line == 7 && params.first?.column == 27)
    }

    @Test func tablePathsMustStayInsideThePack() throws {
        let outside = try TemporaryDirectory()
        try outside.write("rahasia.tsv", "from\tto\na\tb\n")
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", kind: "table", params: "{ table: '../rahasia.tsv' }"))
        try dir.write("b.json5", ruleText(id: "b", kind: "table", params: "{ table: '\(outside.file("rahasia.tsv"))' }"))
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.tsv"), withDestinationPath: outside.file("rahasia.tsv"))
        try dir.write("c.json5", ruleText(id: "c", kind: "table", params: "{ table: 'link.tsv' }"))
        try dir.write("d.json5", ruleText(id: "d", kind: "table", params: "{ table: 'tidak-ada.tsv' }"))
        let result = TestKinds.loader.load(directory: dir.path)
        func error(_ file: String) -> SelarasError? { result.errors.first { $0.path == dir.file(file) } }
        #expect(error("a.json5")?.message == "the path '../rahasia.tsv' leaves the pack directory")
        #expect(error("a.json5")?.line == 7 && error("a.json5")?.column == 20)
        #expect(error("b.json5")?.message.contains("must be relative to the pack directory") == true)
        #expect(error("c.json5")?.message.contains("outside the pack directory through a symbolic link") == true)
        #expect(error("d.json5")?.message == "the file 'tidak-ada.tsv' does not exist in the pack directory")
        #expect(result.pack?.rules.isEmpty == true)
    }

    @Test func tableErrorsNameTheTableFile() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", kind: "table", params: "{ table: 'data/t.csv' }"))
        try dir.write("data/t.csv", "from,to\na,b,c\n")
        let result = TestKinds.loader.load(directory: dir.path)
        #expect(result.errors.first?.path == dir.file("data/t.csv"))
        #expect(result.errors.first?.line == 2)
    }

    @Test func badRegexPointsAtTheCharacterInsideThePattern() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        // Line 7: `  params: { pattern: 'Kemen\\d+(trian' },`: the quote is at column 22; PCRE2 reports the
        // missing ')' at the end of the pattern (byte 15), which is the closing quote at column 38.
        try dir.write("a.json5", ruleText(id: "a", params: "{ pattern: 'Kemen\\\\d+(trian' }"))
        try dir.write("b.json5", ruleText(id: "b", params: "{ pattern: 'é[z-a]' }"))
        let result = TestKinds.loader.load(directory: dir.path)
        let a = try #require(result.errors.first { $0.path == dir.file("a.json5") })
        #expect(a.message.hasPrefix("the regex in 'params.pattern' does not compile: missing closing parenthesis"))
        #expect(a.line == 7 && a.column == 38, "\(a)")
        #expect(a.hint?.contains("character 15 of the pattern") == true)
        let b = try #require(result.errors.first { $0.path == dir.file("b.json5") })
        #expect(b.message.contains("out of order"))
        #expect(b.line == 7 && b.column == 27, "\(b)")
    }

    @Test func keyPathErrorsFromKindsArePlaced() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", kind: "picky", params: "{ terms: [{ from: 'a' },\n    { from: 'b' }] }"))
        let result = TestKinds.loader.load(directory: dir.path)
        let error = try #require(result.errors.first)
        #expect(error.message == "this term is not allowed")
        #expect(error.line == 8 && error.column == 13)
    }

    @Test func examplesAreChecked() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", ruleText(id: "a", examples: "{ bad: ['«Kementrian', 'tanpa penanda', '«»x', 3], good: ['«x»', { text: 'y', suggestion: 'z' }] }"))
        let result = TestKinds.loader.load(directory: dir.path)
        let messages = result.errors.map(\.message)
        #expect(messages.contains("unbalanced « » markers in 'examples.bad[0]'"))
        #expect(messages.contains("the bad example 'examples.bad[1]' marks nothing"))
        #expect(messages.contains("an empty «» in 'examples.bad[2]' marks nothing"))
        #expect(messages.contains("'examples.bad[3]' must be a string or an object { text, suggestion }"))
        #expect(messages.contains("the good example 'examples.good[0]' contains « or »"))
        #expect(messages.contains { $0.hasPrefix("unknown key 'suggestion' in 'examples.good[1]'") })
        let unbalanced = try #require(result.errors.first { $0.message.hasPrefix("unbalanced") })
        #expect(unbalanced.line == 8 && unbalanced.column == 21, "\(unbalanced) \(messages)")
    }

    @Test func syntaxErrorInOneRuleDoesNotHideOthers() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pack.json5", manifestText)
        try dir.write("a.json5", "{ id: 'a' kind: 'find' }")
        try dir.write("b.json5", ruleText(id: "b", kind: "nope"))
        try dir.write("c.json5", ruleText(id: "c"))
        let result = TestKinds.loader.load(directory: dir.path)
        #expect(result.errors.count == 2)
        #expect(result.errors[0].description.hasPrefix(dir.file("a.json5") + ":1:11: expected ',' or '}' after a value"))
        #expect(result.errors[1].path == dir.file("b.json5"))
        #expect(result.pack?.rules.map(\.metadata.id) == ["uji.c"])
    }

    @Test func idValidation() {
        #expect(PackLoader.isValidID("kementerian-2"))
        #expect(PackLoader.isValidID("0a"))
        #expect(!PackLoader.isValidID("-a"))
        #expect(!PackLoader.isValidID(""))
        #expect(!PackLoader.isValidID("Kementerian"))
        #expect(!PackLoader.isValidID("a_b"))
        #expect(!PackLoader.isValidID("é"))
    }
}
