import SelarasRegistry
import SelarasText

/// The registry's officials, agencies and regions as the `NameLexicon` the claim extractors
/// match against. SelarasText knows nothing of the registry; this is where the two meet.
public enum RegistryNameLexicon {
    public static func compile(_ registry: FactRegistry) -> CompiledNameLexicon {
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
        let places = registry.regions.flatMap { [$0.name] + $0.shortForms }
        let sortedPeople = people.keys.sorted().compactMap { people[$0] }
        return NameLexicon(people: sortedPeople, agencies: agencies, places: places).compile()
    }
}
