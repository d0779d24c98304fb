import Foundation
import SelarasCore
import SelarasPCRE2
import SelarasRules
@testable import SelarasPacks

/// A temporary directory removed when the test is done.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("selaras-packs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = (path as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }
}

/// A regex rule for tests: flags every match of `params.pattern`, suggesting `params.suggestion`.
struct FindRule: Rule {
    struct Params: Decodable {
        var pattern: String
        var suggestion: String?
        var caseInsensitive: Bool?
    }

    var metadata: RuleMetadata
    var matcher: any Matcher
    var suggestion: String?

    func check(_ context: RuleContext) throws -> [Finding] {
        try matcher.matches(in: context.document.text).map { match in
            finding(span: match.span, message: metadata.renderMessage(["match": context.document.text.text(match.span)]),
                    suggestions: suggestion.map { [$0] } ?? [])
        }
    }
}

/// A rule for tests that flags the `from` words of a table with `from` and `to` columns.
struct TableRule: Rule {
    var metadata: RuleMetadata
    var words: [(String, String)]

    func check(_ context: RuleContext) throws -> [Finding] {
        let text = context.document.text.bytes
        var found: [Finding] = []
        for (from, to) in words {
            let needle = Array(from.utf8)
            var index = 0
            while index + needle.count <= text.count {
                if Array(text[index..<(index + needle.count)]) == needle {
                    found.append(finding(span: Span(start: index, end: index + needle.count), message: "x", suggestions: [to]))
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return found.sorted { $0.span < $1.span }
    }
}

enum TestKinds {
    static let find = RuleKind(name: "find", summary: "regex") { metadata, parameters in
        let params = try parameters.decode(FindRule.Params.self)
        let matcher = try parameters.regex(params.pattern, options: MatcherOptions(caseInsensitive: params.caseInsensitive ?? false),
                                           keyPath: "params.pattern")
        return FindRule(metadata: metadata, matcher: matcher, suggestion: params.suggestion)
    }

    static let table = RuleKind(name: "table", summary: "table") { metadata, parameters in
        struct Params: Decodable { var table: String }
        let params = try parameters.decode(Params.self)
        let table = try parameters.table(at: params.table, keyPath: "params.table")
        guard let from = table.column("from"), let to = table.column("to") else {
            throw parameters.error("the table needs 'from' and 'to' columns", keyPath: "params.table", hint: nil)
        }
        return TableRule(metadata: metadata, words: table.rows.map { ($0.fields[from], $0.fields[to]) })
    }

    /// Complains about its second term, to test key-path errors.
    static let picky = RuleKind(name: "picky", summary: "picky") { _, parameters in
        throw parameters.error("this term is not allowed", keyPath: "params.terms[1].from", hint: "remove it")
    }

    static let all = [find, table, picky]

    static var loader: PackLoader { PackLoader(matcherFactory: PCRE2MatcherFactory(), kinds: all) }
}

let manifestText = """
    {
      $schema: "../../schemas/pack.schema.json",
      id: "uji",
      name: "Paket uji",
      version: "1.0.0",
      description: "Aturan untuk pengujian",
      language: "id",
      maintainer: "Tim Selaras",
      rules: ["*.json5"],
    }
    """

func ruleText(id: String, kind: String = "find", params: String = "{ pattern: 'Kementrian', suggestion: 'Kementerian' }",
              examples: String = "{ bad: ['Kata «Kementrian».'], good: ['Kata Kementerian.'] }",
              extra: String = "") -> String {
    """
    {
      id: "\(id)",
      kind: "\(kind)",
      level: "error",
      message: "Tulis 'Kementerian', bukan '{match}'.",
      description: "Ejaan baku.",\(extra)
      params: \(params),
      examples: \(examples),
    }
    """
}
