/// A `<!-- selaras-… -->` comment that switches rules off or on.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Action: String, Sendable {
        case disable = "selaras-disable"
        case enable = "selaras-enable"
        case disableNextLine = "selaras-disable-next-line"
        case disableLine = "selaras-disable-line"
    }

    public var action: Action
    /// Rule ids or prefixes (`ejaan`, `ejaan.kementerian`); empty means every rule.
    public var rules: [String]
    /// Text after `--`, kept for reports and audits.
    public var reason: String?
    /// Where the comment stands in the document.
    public var span: Span
    /// 1-based line of the comment's start.
    public var line: Int

    public init(action: Action, rules: [String], reason: String?, span: Span, line: Int) {
        self.action = action
        self.rules = rules
        self.reason = reason
        self.span = span
        self.line = line
    }

    /// True when this directive names `ruleID`, one of its packs (`ejaan` covers `ejaan.x`), or all rules.
    public func covers(ruleID: String) -> Bool {
        if rules.isEmpty { return true }
        return rules.contains { name in
            name == ruleID || ruleID.hasPrefix(name + ".") || name == "all" || name == "*"
        }
    }
}
