import Foundation
import SelarasCore
import SelarasRules

extension PackLoader {
    /// Reads, checks and builds one rule file; appends every problem to `errors`.
    func loadRule(
        path: String, packID: String, directory: String, seenIDs: inout [String: String],
        errors: inout [SelarasError]
    ) -> (any Rule)? {
        guard let data = FileBytes.read(atPath: path) else {
            errors.append(SelarasError(.pack, "cannot read the rule file", path: path, hint: "check its permissions"))
            return nil
        }
        let bytes = data
        let root: JSON5Value
        do {
            root = try JSON5Parser(code: .pack, path: path).parse(bytes)
        } catch {
            errors.append(error)
            return nil
        }
        // A well-formed file is read directly; the decoder reads the rest and says what is wrong.
        let (decoded, decodeErrors) = RuleFile(plain: root).map { ($0, []) }
            ?? JSON5TreeDecoder(code: .pack, path: path, subject: "rule").decodeReportingAll(RuleFile.self, from: root)
        errors += decodeErrors
        guard let file = decoded else { return nil }
        func at(_ key: String) -> JSON5Value { root[key] ?? root }

        if !Self.isValidID(file.id) {
            errors.append(Self.error(at: at("id"), path, "rule id '\(file.id)' must be lower-case letters, digits and '-'",
                                     hint: "for example \"kementerian\" or \"hari-tanggal\""))
        } else if let other = seenIDs[file.id] {
            errors.append(Self.error(at: at("id"), path, "duplicate rule id '\(file.id)': also used by \(other)",
                                     hint: "rule ids must be unique within a pack; rename one"))
        } else {
            seenIDs[file.id] = path
        }
        let level = Severity(parsing: file.level)
        if level == nil {
            errors.append(choiceError(at: at("level"), path, key: "level", value: file.level,
                                      choices: Severity.allCases.reversed().map(\.rawValue)))
        }
        var scope = RuleScope.all
        if let written = file.scope {
            if let parsed = RuleScope(rawValue: written) { scope = parsed } else {
                errors.append(choiceError(at: at("scope"), path, key: "scope", value: written,
                                          choices: RuleScope.allCases.map(\.rawValue)))
            }
        }
        let kind = kinds.first { $0.name == file.kind }
        if kind == nil {
            let known = kinds.map(\.name)
            var hint = known.isEmpty ? "no rule kinds are available" : "known kinds: \(known.joined(separator: ", "))"
            if let near = NearestName.suggestion(for: file.kind, among: known) { hint = "did you mean '\(near)'? " + hint }
            errors.append(Self.error(at: at("kind"), path, "unknown rule kind '\(file.kind)'", hint: hint))
        }
        let examples = ExampleReader(file: path).read(file.examples, root: at("examples"), errors: &errors)
        guard errors.isEmpty, let kind, let level else { return nil }

        let metadata = RuleMetadata(
            id: "\(packID).\(file.id)", packID: packID, kind: file.kind, level: level, message: file.message,
            description: file.description, link: file.link, scope: scope, examples: examples, file: path)
        let parameters = PackRuleParameters(rule: root, file: path, bytes: bytes, packDirectory: directory,
                                            matcherFactory: matcherFactory, termListCache: termListCache)
        do {
            return try kind.make(metadata, parameters)
        } catch let error as SelarasError {
            errors.append(error)
        } catch let group as SelarasErrorGroup {
            errors += group.errors
        } catch {
            errors.append(Self.error(at: at("params"), path, "the rule cannot be built: \(error)",
                                     hint: "check params against the '\(file.kind)' kind's documentation"))
        }
        return nil
    }

    private func choiceError(
        at value: JSON5Value, _ path: String, key: String, value written: String, choices: [String]
    ) -> SelarasError {
        var hint = "write one of: \(choices.joined(separator: ", "))"
        if let near = NearestName.suggestion(for: written, among: choices) { hint = "did you mean '\(near)'? " + hint }
        return Self.error(at: value, path, "'\(key)' must be one of \(choices.joined(separator: ", ")), not '\(written)'",
                          hint: hint)
    }
}
