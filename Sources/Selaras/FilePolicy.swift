import SelarasCore

/// What configuration says about one file: its agency, disabled rules and level changes.
public struct FilePolicy: Sendable {
    public var agency: String?
    /// Rule ids or pack ids (`ejaan` disables every `ejaan.*` rule).
    public var disabled: [String]
    /// Level per rule or pack id; `nil` value means "off".
    public var levels: [String: Severity?]

    public init(agency: String? = nil, disabled: [String] = [], levels: [String: Severity?] = [:]) {
        self.agency = agency
        self.disabled = disabled
        self.levels = levels
    }

    static func names(_ name: String, rule ruleID: String) -> Bool {
        name == ruleID || ruleID.hasPrefix(name + ".")
    }

    public func isDisabled(_ ruleID: String) -> Bool {
        if disabled.contains(where: { FilePolicy.names($0, rule: ruleID) }) { return true }
        if case .some(.none) = level(for: ruleID) { return true }
        return false
    }

    /// The configured level for a rule: the most specific entry wins (rule id over pack id).
    /// `.none` = no override; `.some(nil)` = off.
    public func level(for ruleID: String) -> Severity?? {
        if let exact = levels[ruleID] { return .some(exact) }
        let packMatches = levels.keys.filter { FilePolicy.names($0, rule: ruleID) }.sorted { $0.count > $1.count }
        if let best = packMatches.first { return .some(levels[best]!) }
        return .none
    }
}
