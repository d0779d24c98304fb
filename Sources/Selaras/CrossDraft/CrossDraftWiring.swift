import SelarasRegistry
import SelarasRules

/// Connects the cross-draft rules to the engine's phase 2.
public enum CrossDraftWiring {
    /// The id that names the built-in cross-draft rules in a configuration's `packs`.
    public static let packID = "lintas"

    /// Cross-draft comparison runs with the built-in packs (no `packs` configured) or when the
    /// configuration names `lintas` among its packs; a configuration listing other packs only
    /// (a term list for one team, say) has no cross-draft pass and pays nothing for it.
    public static func isEnabled(packs: [String]) -> Bool {
        packs.isEmpty || packs.contains { $0 == packID || $0.hasSuffix("/" + packID) }
    }

    /// Sets `options.crossDraft` to run `rules` (the built-in `lintas.*` rules by default).
    /// Per-file `disable`/`levels` still apply: a draft whose policy switches a rule off takes
    /// no part in that rule's comparison.
    public static func configure(_ options: inout EngineOptions, registry: FactRegistry?, rules: [CrossDraftRule] = CrossDraftRule.all) {
        options.crossDraft = CrossDraftComparator(rules: rules, registry: registry)
    }

    /// `rules` plus the cross-draft rules, so they are listed in reports (SARIF `rules`) and
    /// their levels are applied like any rule's.
    public static func withCrossDraftRules(_ rules: [any Rule]) -> [any Rule] {
        let present = Set(rules.map(\.metadata.id))
        return rules + CrossDraftRule.all.filter { !present.contains($0.metadata.id) }
    }
}
