import SelarasCore
import SelarasRegistry
import SelarasRules
import SelarasText

/// Connects the claim extractors (SelarasText) to the registry's names and to the engine.
///
/// SelarasText knows nothing of the registry; here the registry's people, agencies and places
/// become the `NameLexicon` the extractors match against, compiled once per run.
public enum ClaimWiring {
    /// Installs claim extraction and coverage counting. `activeKinds` are the kinds of the loaded
    /// rules (`Set(rules.map(\.metadata.kind))`), for the "checked" count; nil counts every
    /// claim-consuming kind as active. `lexicon` is `registry`'s names already compiled
    /// (`Workspace.nameLexicon`); nil compiles them here.
    public static func configure(_ options: inout EngineOptions, registry: FactRegistry?, lexicon compiled: CompiledNameLexicon? = nil,
                                 activeKinds: Set<String>? = nil) {
        let lexicon = compiled ?? registry.map(RegistryNameLexicon.compile) ?? CompiledNameLexicon.empty
        let claimKinds = Set(RuleKinds.all.filter(\.needsClaims).map(\.name))
        options.kindsNeedingClaims = claimKinds
        let coverage = ClaimCoverage(registry: registry, activeKinds: activeKinds ?? claimKinds)
        options.claimExtractor = { document, _ in
            ClaimSet.extract(from: document.text, lexicon: lexicon, fallbackYear: document.metadata.date?.year)
        }
        options.datelineFinder = { document, runDate in
            Dateline.resolvedDate(in: document.text, fallbackYear: runDate.year)
        }
        options.claimStats = { claims in coverage.stats(for: claims) }
    }
}
