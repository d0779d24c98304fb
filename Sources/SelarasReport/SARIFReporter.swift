import SelarasCore

/// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, IDE viewers).
///
/// One run; columns declared as `unicodeCodePoints` (the report's unit); paths relative to
/// `%SRCROOT%`; `partialFingerprints["selaras/v1"]` from `Fingerprint`, so alerts survive
/// lines moving. Diagnostics about the run become tool execution notifications.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Default for `informationURI`; the integrator sets the project's real home page.
    public static let defaultInformationURI = "https://github.com/selaras-id/selaras"

    /// `tool.driver.informationUri`.
    public var informationURI: String

    public init(informationURI: String = SARIFReporter.defaultInformationURI) {
        self.informationURI = informationURI
    }

    public func render(_ report: Report) -> String {
        let rules = Self.ruleTable(report)
        let fingerprints = Fingerprint.fingerprints(for: report.findings)
        let results = zip(report.findings, fingerprints).map { finding, fingerprint in
            result(finding, fingerprint: fingerprint, ruleIndex: rules.index[finding.rule] ?? 0)
        }
        let driver = JSONValue.object([
            "name": .string("selaras"),
            "version": .string(report.toolVersion),
            "semanticVersion": .string(report.toolVersion),
            "informationUri": .string(informationURI),
            "rules": .array(rules.descriptors.map(Self.ruleObject)),
        ])
        let run = JSONValue.object([
            "tool": .object(["driver": driver]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
            "invocations": .array([invocation(report)]),
        ])
        let log = JSONValue.object([
            "$schema": .string(Self.schemaURI),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ])
        return JSONValue.encode(log)
    }

    /// Rules in the report's order, plus any rule a finding names that the report did not
    /// describe (so every `ruleIndex` is valid).
    static func ruleTable(_ report: Report) -> (descriptors: [RuleDescriptor], index: [String: Int]) {
        var descriptors: [RuleDescriptor] = []
        var index: [String: Int] = [:]
        for rule in report.rules where index[rule.id] == nil {
            index[rule.id] = descriptors.count
            descriptors.append(rule)
        }
        let missing = Set(report.findings.map(\.rule)).filter { index[$0] == nil }.sorted()
        for id in missing {
            let level = report.findings.first { $0.rule == id }?.level ?? .warning
            index[id] = descriptors.count
            descriptors.append(RuleDescriptor(id: id, kind: "unknown", level: level, message: id, description: ""))
        }
        return (descriptors, index)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "note"
        }
    }

    static func ruleObject(_ rule: RuleDescriptor) -> JSONValue {
        let description = rule.description.isEmpty ? rule.message : rule.description
        let short = firstSentence(description)
        var helpText = description
        var helpMarkdown = MarkdownText.escape(description)
        if let link = rule.link, !link.isEmpty {
            helpText += "\n\nMore: \(link)"
            helpMarkdown += "\n\n[More](\(link))"
        }
        return .object([
            "id": .string(rule.id),
            "name": .string(rule.id),
            "shortDescription": .object(["text": .string(short)]),
            "fullDescription": .object(["text": .string(description)]),
            "help": .object(["text": .string(helpText), "markdown": .string(helpMarkdown)]),
            "helpUri": rule.link.flatMap { $0.isEmpty ? nil : JSONValue.string($0) },
            "defaultConfiguration": .object(["level": .string(level(rule.level))]),
            "properties": .object(["kind": .string(rule.kind)]),
        ])
    }

    func result(_ finding: ReportedFinding, fingerprint: String, ruleIndex: Int) -> JSONValue {
        let region = JSONValue.object([
            "startLine": .int(finding.line),
            "startColumn": .int(finding.column),
            "endLine": .int(finding.endLine),
            "endColumn": .int(finding.endColumn),
            "snippet": .object(["text": .string(finding.match)]),
        ])
        let related = finding.related.enumerated().map { offset, location in
            JSONValue.object([
                "id": .int(offset + 1),
                "message": .object(["text": .string(location.message)]),
                "physicalLocation": .object([
                    "artifactLocation": Self.artifactLocation(location.path),
                    "region": .object([
                        "startLine": .int(location.line),
                        "startColumn": .int(location.column),
                        "endLine": location.endLine.map(JSONValue.int),
                        "endColumn": location.endColumn.map(JSONValue.int),
                        "snippet": location.match.map { .object(["text": .string($0)]) },
                    ]),
                ]),
            ])
        }
        let fixes = finding.suggestions.map { suggestion in
            JSONValue.object([
                "description": .object(["text": .string("Replace with \u{201C}\(suggestion)\u{201D}")]),
                "artifactChanges": .array([
                    .object([
                        "artifactLocation": Self.artifactLocation(finding.path),
                        "replacements": .array([
                            .object([
                                "deletedRegion": .object([
                                    "startLine": .int(finding.line), "startColumn": .int(finding.column),
                                    "endLine": .int(finding.endLine), "endColumn": .int(finding.endColumn),
                                ]),
                                "insertedContent": .object(["text": .string(suggestion)]),
                            ]),
                        ]),
                    ]),
                ]),
            ])
        }
        var properties: [String: JSONValue] = [:]
        if let agency = finding.agency { properties["agency"] = .string(agency) }
        if let evidence = finding.evidence {
            properties["evidence"] = .object([
                "record": .string(evidence.record), "source": .string(evidence.source),
                "asOf": .string(evidence.asOf), "verifiedAsOf": evidence.verifiedAsOf.map(JSONValue.string),
            ])
        }
        return .object([
            "ruleId": .string(finding.rule),
            "ruleIndex": .int(ruleIndex),
            "level": .string(Self.level(finding.level)),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([
                .object([
                    "physicalLocation": .object([
                        "artifactLocation": Self.artifactLocation(finding.path), "region": region,
                    ]),
                ]),
            ]),
            "relatedLocations": related.isEmpty ? nil : .array(related),
            "fixes": fixes.isEmpty ? nil : .array(fixes),
            "partialFingerprints": .object([Fingerprint.sarifKey: .string(fingerprint)]),
            "properties": properties.isEmpty ? nil : .dictionary(properties),
        ])
    }

    func invocation(_ report: Report) -> JSONValue {
        let notifications = report.diagnostics.map { diagnostic -> JSONValue in
            var location: JSONValue?
            if let path = diagnostic.path {
                var region: JSONValue?
                if let line = diagnostic.line {
                    region = .object(["startLine": .int(line), "startColumn": diagnostic.column.map(JSONValue.int)])
                }
                location = .array([
                    .object(["physicalLocation": .object(["artifactLocation": Self.artifactLocation(path), "region": region])]),
                ])
            }
            return .object([
                "level": .string(diagnostic.level.rawValue),
                "message": .object(["text": .string(diagnostic.message)]),
                "locations": location,
            ])
        }
        return .object([
            "executionSuccessful": .bool(!report.diagnostics.contains { $0.level == .error }),
            "toolExecutionNotifications": notifications.isEmpty ? nil : .array(notifications),
        ])
    }

    /// A relative path against `%SRCROOT%`, or a `file://` URI for an absolute path.
    static func artifactLocation(_ path: String) -> JSONValue {
        let normalised = Fingerprint.normalisePath(path)
        if normalised.hasPrefix("/") {
            return .object(["uri": .string("file://" + URIEncoding.encodePath(normalised))])
        }
        return .object(["uri": .string(URIEncoding.encodePath(normalised)), "uriBaseId": .string("%SRCROOT%")])
    }

    /// Up to the first `. ` (SARIF wants a short, one-sentence description).
    static func firstSentence(_ text: String) -> String {
        guard let range = text.range(of: ". ") else { return text }
        return String(text[..<range.lowerBound]) + "."
    }
}
