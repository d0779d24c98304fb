import Testing
import SelarasCore
import SelarasRules
import SelarasText
@testable import Selaras

/// Flags every occurrence of a literal word; enough to test what the engine does around rules.
private struct WordRule: Rule {
    var metadata: RuleMetadata
    var word: String

    init(id: String, word: String, level: Severity = .warning, scope: RuleScope = .all) {
        metadata = RuleMetadata(id: id, packID: String(id.split(separator: ".")[0]), kind: "test", level: level,
                                message: "jangan '{match}'", description: "test", scope: scope)
        self.word = word
    }

    func check(_ context: RuleContext) throws -> [Finding] {
        let bytes = context.document.text.bytes
        let needle = Array(word.utf8)
        var findings: [Finding] = []
        var index = 0
        while index + needle.count <= bytes.count {
            if Array(bytes[index..<(index + needle.count)]) == needle {
                let span = Span(start: index, end: index + needle.count)
                findings.append(finding(span: span, message: metadata.renderMessage(["match": word]), suggestions: ["x"]))
                index += needle.count
            } else {
                index += 1
            }
        }
        return findings
    }
}

private func document(_ text: String, path: String = "d.md") -> Document {
    guard case .loaded(let document, _) = DocumentLoader.load(bytes: Array(text.utf8), path: path) else {
        fatalError("fixture must load")
    }
    return document
}

@Suite struct EngineTests {
    let rules: [any Rule] = [WordRule(id: "ejaan.praktek", word: "praktek"), WordRule(id: "angka.persen", word: "%", level: .suggestion)]

    @Test func findingsCarryLinesColumnsAndMatch() {
        let engine = Engine(rules: rules)
        let found = engine.check(document: document("Judul\n😀 “praktek” 5%"))
        #expect(found.count == 2)
        #expect(found[0].line == 2 && found[0].column == 4 && found[0].endColumn == 11)
        #expect(found[0].match == "praktek")
        #expect(found[0].sourceLine == "😀 “praktek” 5%")
    }

    @Test func suppressionCommentsSilenceOnlyWhatTheyName() {
        let text = """
        praktek satu
        <!-- selaras-disable-next-line ejaan -- kutipan -->
        praktek dua 5%
        <!-- selaras-disable ejaan.praktek -->
        praktek tiga
        <!-- selaras-enable ejaan.praktek -->
        praktek empat <!-- selaras-disable-line -->
        praktek lima
        """
        let found = Engine(rules: rules).check(document: document(text))
        #expect(found.map { "\($0.rule)@\($0.line)" } == ["ejaan.praktek@1", "angka.persen@3", "ejaan.praktek@8"])
    }

    @Test func levelsOverridesAndMinimumLevel() {
        var options = EngineOptions(minimumLevel: .warning)
        options.policy = { _ in FilePolicy(levels: ["angka": .error, "ejaan.praktek": nil]) }
        let found = Engine(rules: rules, options: options).check(document: document("praktek 5%"))
        #expect(found.map(\.rule) == ["angka.persen"])
        #expect(found.first?.level == .error)
    }

    @Test func disabledRulesAndPacksAreSkippedAndAnEmptyPolicyKeepsEveryRule() {
        func reported(_ policy: FilePolicy) -> [String] {
            var options = EngineOptions()
            options.policy = { _ in policy }
            return Engine(rules: rules, options: options).check(document: document("praktek 5%")).map(\.rule)
        }
        #expect(reported(FilePolicy()) == ["ejaan.praktek", "angka.persen"])
        #expect(reported(FilePolicy(disabled: ["ejaan.praktek"])) == ["angka.persen"])
        #expect(reported(FilePolicy(disabled: ["angka"])) == ["ejaan.praktek"])
        #expect(reported(FilePolicy(disabled: ["ejaan", "angka"])).isEmpty)
        #expect(reported(FilePolicy(levels: ["ejaan": nil])) == ["angka.persen"])
    }

    @Test func scopesSeparateHeadingsFromBody() {
        let body = WordRule(id: "a.body", word: "praktek", scope: .body)
        let heading = WordRule(id: "a.heading", word: "praktek", scope: .heading)
        let found = Engine(rules: [body, heading]).check(document: document("# praktek\n\npraktek"))
        #expect(found.map { "\($0.rule)@\($0.line)" } == ["a.heading@1", "a.body@3"])
    }

    @Test func fingerprintSurvivesLinesInsertedAbove() {
        let engine = Engine(rules: rules)
        let before = engine.check(document: document("Paragraf praktek lama."))
        let after = engine.check(document: document("Baris baru.\n\nParagraf praktek lama."))
        #expect(before[0].fingerprint == after[0].fingerprint)
        #expect(before[0].line != after[0].line)
    }
}
