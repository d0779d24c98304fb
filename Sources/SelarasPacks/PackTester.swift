import SelarasCore
import SelarasRules

/// Runs every rule's examples (`selaras pack test`): each bad example must give exactly the
/// marked findings, each good example none; a rule without both kinds of example fails.
///
/// Every example runs twice: as written, and after a multibyte prefix (`😀` and a no-break
/// space) with the expected spans shifted, which catches rules that mix up bytes and characters.
public struct PackTester: Sendable {
    /// Checks one document with one rule: the engine plugs in its suppression handling here.
    public typealias Check = @Sendable (any Rule, Document) throws -> [Finding]

    /// The prefix of the second run of every example.
    public static let multibytePrefix = "😀\u{00A0}"

    public var check: Check
    /// Turns an example's text into a document. The engine passes its loader so examples are
    /// masked (URLs, comments, code) and carry headings and suppression comments like real drafts.
    public var makeDocument: @Sendable (String) -> Document

    /// Tests with `check`; by default the rule's own `check` as of `referenceDate`.
    public init(referenceDate: LocalDate = LocalDate.today(), check: Check? = nil,
                makeDocument: (@Sendable (String) -> Document)? = nil) {
        self.check = check ?? { rule, document in
            try rule.check(RuleContext(document: document, referenceDate: referenceDate))
        }
        self.makeDocument = makeDocument ?? { text in Document(path: "<example>", plainText: text) }
    }

    /// Results for every rule of `pack`, in the pack's order.
    public func test(_ pack: RulePack) -> [RuleTestResult] {
        pack.rules.map(test)
    }

    /// Bytes of a leading `## ` heading marker, or 0.
    static func headingMarkerLength(_ text: String) -> Int {
        let bytes = Array(text.utf8.prefix(8))
        let hashes = bytes.prefix { $0 == 0x23 }.count
        return hashes > 0 && hashes < bytes.count && bytes[hashes] == 0x20 ? hashes + 1 : 0
    }

    /// The result of one rule's examples.
    public func test(_ rule: any Rule) -> RuleTestResult {
        let metadata = rule.metadata
        var failures: [RuleTestFailure] = []
        if metadata.examples.bad.isEmpty {
            failures.append(RuleTestFailure(example: nil, variant: .plain, message: "the rule has no bad example"))
        }
        if metadata.examples.good.isEmpty {
            failures.append(RuleTestFailure(example: nil, variant: .plain, message: "the rule has no good example"))
        }
        for variant in [RuleTestFailure.Variant.plain, .multibytePrefix] {
            for example in metadata.examples.bad {
                if let message = run(rule, example, expectFindings: true, variant: variant) {
                    failures.append(RuleTestFailure(example: example, variant: variant, message: message))
                }
            }
            for example in metadata.examples.good {
                if let message = run(rule, example, expectFindings: false, variant: variant) {
                    failures.append(RuleTestFailure(example: example, variant: variant, message: message))
                }
            }
        }
        return RuleTestResult(ruleID: metadata.id, file: metadata.file, failures: failures)
    }

    /// What differed, or nil when the example passed.
    private func run(_ rule: any Rule, _ example: RuleExample, expectFindings: Bool,
                     variant: RuleTestFailure.Variant) -> String? {
        let prefix = variant == .multibytePrefix ? Self.multibytePrefix : ""
        let shift = prefix.utf8.count
        // The prefix goes after a Markdown heading marker, so a heading stays a heading.
        let marker = Self.headingMarkerLength(example.text)
        let text = String(decoding: Array(example.text.utf8.prefix(marker)) + Array(prefix.utf8) + Array(example.text.utf8.dropFirst(marker)),
                          as: UTF8.self)
        let expected = expectFindings
            ? example.expectedSpans.map { $0.lowerBound >= marker ? Span($0).shifted(by: shift) : Span($0) } : []
        let document = makeDocument(text)
        let findings: [Finding]
        do {
            findings = try check(rule, document)
        } catch {
            return "checking \"\(text)\" threw an error: \(error)"
        }
        let got = findings.map(\.span).sorted()
        let kind = expectFindings ? "bad" : "good"
        if got != expected.sorted() {
            let source = SourceText(text)
            return """
                \(kind) example: spans differ
                  expected: \(Self.marked(source, expected)) \(Self.list(source, expected))
                       got: \(Self.marked(source, got)) \(Self.list(source, got))
                """
        }
        if expectFindings, let suggestion = example.expectedSuggestion {
            for finding in findings where finding.suggestions.first != suggestion {
                let first = finding.suggestions.first.map { "\"\($0)\"" } ?? "no suggestion"
                return "bad example \"\(example.raw)\": expected the suggestion \"\(suggestion)\" at \(finding.span), got \(first)"
            }
        }
        return nil
    }

    /// The text with «» around non-overlapping spans that fall on character boundaries.
    static func marked(_ source: SourceText, _ spans: [Span]) -> String {
        var result: [UInt8] = []
        var position = 0
        for span in spans.sorted() {
            guard span.start >= position, span.end <= source.count,
                  span.start == source.count || source.bytes[span.start] & 0xC0 != 0x80,
                  span.end == source.count || source.bytes[span.end] & 0xC0 != 0x80 else {
                return "\"\(source.string)\""
            }
            result += source.bytes[position..<span.start] + Array("«".utf8) + source.bytes[span.start..<span.end]
                + Array("»".utf8)
            position = span.end
        }
        result += source.bytes[position...]
        return "\"\(String(decoding: result, as: UTF8.self))\""
    }

    /// `[6..<16 "Kementrian"]`, or `(none)`.
    static func list(_ source: SourceText, _ spans: [Span]) -> String {
        if spans.isEmpty { return "(no finding)" }
        return "[" + spans.map { "\($0) \"\(source.text($0))\"" }.joined(separator: ", ") + "]"
    }
}

/// The outcome of one rule's examples.
public struct RuleTestResult: Sendable {
    /// Full rule id, `pack.rule`.
    public var ruleID: String
    /// The rule file.
    public var file: String
    public var failures: [RuleTestFailure]

    public init(ruleID: String, file: String, failures: [RuleTestFailure]) {
        self.ruleID = ruleID
        self.file = file
        self.failures = failures
    }

    public var passed: Bool { failures.isEmpty }
}

/// One example that did not give what it marks (or a rule missing examples: `example` nil).
public struct RuleTestFailure: Sendable, CustomStringConvertible {
    /// How the example was run.
    public enum Variant: String, Sendable {
        case plain
        /// After `PackTester.multibytePrefix`.
        case multibytePrefix = "multibyte-prefix"
    }

    public var example: RuleExample?
    public var variant: Variant
    /// What differed, in words, with expected and found spans and their texts.
    public var message: String

    public init(example: RuleExample?, variant: Variant, message: String) {
        self.example = example
        self.variant = variant
        self.message = message
    }

    public var description: String {
        variant == .plain ? message : "[with a multibyte prefix] " + message
    }
}
