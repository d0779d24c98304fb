import SelarasCore
import SelarasRules

/// Turns a rule file's `examples` into `RuleExamples`, checking the «» markers of each.
struct ExampleReader {
    let file: String

    func read(_ examples: RuleFileExamples, root: JSON5Value, errors: inout [SelarasError]) -> RuleExamples {
        var result = RuleExamples()
        for (index, value) in (examples.bad ?? []).enumerated() {
            if let example = bad(value, keyPath: "examples.bad[\(index)]", errors: &errors) { result.bad.append(example) }
        }
        for (index, value) in (examples.good ?? []).enumerated() {
            if let example = good(value, keyPath: "examples.good[\(index)]", errors: &errors) { result.good.append(example) }
        }
        return result
    }

    /// An entry object that decodes without a word to say: `text` a string and, for a bad
    /// example, `suggestion` a string, null or absent, and no other key — what decoding
    /// `BadExampleEntry`/`GoodExampleEntry` then gives, without Codable's run-time cost. Nil
    /// for anything else, which the decoder reads and reports.
    static func plainEntry(_ members: [JSON5Member], allowsSuggestion: Bool) -> (text: String, suggestion: String?)? {
        var text: String?
        var suggestion: String?
        for member in members {
            if member.key == "text", case .string(let value) = member.value.content {
                text = value
            } else if allowsSuggestion, member.key == "suggestion" {
                switch member.value.content {
                case .string(let value): suggestion = value
                case .null: break
                default: return nil
                }
            } else {
                return nil
            }
        }
        guard let text else { return nil }
        return (text, suggestion)
    }

    private func error(_ value: JSON5Value, _ message: String, hint: String? = nil) -> SelarasError {
        SelarasError(.pack, message, path: file, line: value.line, column: value.column, hint: hint)
    }

    private func bad(_ value: JSON5Value, keyPath: String, errors: inout [SelarasError]) -> RuleExample? {
        let raw: String
        var suggestion: String?
        switch value.content {
        case .string(let text):
            raw = text
        case .object(let members):
            if let plain = Self.plainEntry(members, allowsSuggestion: true) {
                raw = plain.text
                suggestion = plain.suggestion
                break
            }
            let decoder = JSON5TreeDecoder(code: .pack, path: file, subject: "example", keyPathPrefix: keyPath)
            let (entry, entryErrors) = decoder.decodeReportingAll(BadExampleEntry.self, from: value)
            errors += entryErrors
            guard let entry, entryErrors.isEmpty else { return nil }
            raw = entry.text
            suggestion = entry.suggestion
        default:
            errors.append(error(value, "'\(keyPath)' must be a string or an object { text, suggestion }",
                                hint: "found \(value.kindDescription)"))
            return nil
        }
        let markers = ExampleMarkers.scan(raw)
        let example = markers?.example(raw: raw, expectedSuggestion: suggestion)
            ?? RuleExample(raw: raw, expectedSuggestion: suggestion)
        let markHint = "mark each text the rule must flag as «text»"
        if !(markers?.balanced ?? example.markersAreBalanced) {
            errors.append(error(value, "unbalanced « » markers in '\(keyPath)'", hint: markHint))
            return nil
        }
        if example.expectedSpans.isEmpty {
            errors.append(error(value, "the bad example '\(keyPath)' marks nothing", hint: markHint))
            return nil
        }
        if example.expectedSpans.contains(where: \.isEmpty) {
            errors.append(error(value, "an empty «» in '\(keyPath)' marks nothing", hint: markHint))
            return nil
        }
        return example
    }

    private func good(_ value: JSON5Value, keyPath: String, errors: inout [SelarasError]) -> RuleExample? {
        let raw: String
        switch value.content {
        case .string(let text):
            raw = text
        case .object(let members):
            if let plain = Self.plainEntry(members, allowsSuggestion: false) {
                raw = plain.text
                break
            }
            let decoder = JSON5TreeDecoder(code: .pack, path: file, subject: "example", keyPathPrefix: keyPath)
            let (entry, entryErrors) = decoder.decodeReportingAll(GoodExampleEntry.self, from: value)
            errors += entryErrors
            guard let entry, entryErrors.isEmpty else { return nil }
            raw = entry.text
        default:
            errors.append(error(value, "'\(keyPath)' must be a string or an object { text }",
                                hint: "found \(value.kindDescription)"))
            return nil
        }
        let markers = ExampleMarkers.scan(raw)
        if markers?.hasMarker ?? (raw.contains(RuleExample.openMarker) || raw.contains(RuleExample.closeMarker)) {
            errors.append(error(value, "the good example '\(keyPath)' contains « or »",
                                hint: "good examples must give no finding, so they mark nothing"))
            return nil
        }
        return markers?.example(raw: raw, expectedSuggestion: nil) ?? RuleExample(raw: raw)
    }
}
