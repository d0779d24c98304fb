/// What reporters need to know about a rule (SARIF `tool.driver.rules`, `explain`, HTML report).
public struct RuleDescriptor: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var level: Severity
    public var message: String
    public var description: String
    public var link: String?

    public init(id: String, kind: String, level: Severity, message: String, description: String, link: String? = nil) {
        self.id = id
        self.kind = kind
        self.level = level
        self.message = message
        self.description = description
        self.link = link
    }
}
