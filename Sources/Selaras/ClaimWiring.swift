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
    /// claim-consuming kind as active.
    public static func configure(_ options: inout EngineOptions, registry: FactRegistry?, activeKinds: Set<String>? = nil) {
        let lexicon = registry.map(lexicon(from:)) ?? CompiledNameLexicon.empty
        let claimKinds = Set(RuleKinds.all.filter(\.needsClaims).map(\.name))
        options.kindsNeedingClaims = claimKinds
        let coverage = ClaimCoverage(registry: registry, activeKinds: activeKinds ?? claimKinds)
        options.claimExtractor = { document, _ in
            ClaimSet.extract(from: document.text, lexicon: lexicon, fallbackYear: document.metadata.date?.year)
        }
        options.datelineFinder = { document, runDate in
            Dateline.find(in: document.text, fallbackYear: runDate.year)?.resolvedDate
        }
        options.claimStats = { claims in coverage.stats(for: claims) }
    }

    /// The registry's officials, agencies and regions as a lexicon for the extractors.
    public static func lexicon(from registry: FactRegistry) -> CompiledNameLexicon {
        var people: [String: NameLexicon.Person] = [:]
        for term in registry.officials {
            var person = people[term.person] ?? NameLexicon.Person(id: term.person, name: term.fullName)
            for variant in term.nameVariants + [term.fullName] where variant != person.name && !person.variants.contains(variant) {
                person.variants.append(variant)
            }
            people[term.person] = person
        }
        let agencies = registry.agencies.map { record in
            NameLexicon.Agency(id: record.origin.id, name: record.name, shortForms: record.shortForms)
        }
        var places: [String] = []
        for region in registry.regions { places.append(region.name); places += region.shortForms }
        let sortedPeople = people.keys.sorted().compactMap { people[$0] }
        return NameLexicon(people: sortedPeople, agencies: agencies, places: places).compile()
    }
}
