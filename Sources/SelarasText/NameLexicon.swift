import SelarasCore
/// Registered names the extractors match against, as plain strings. The integrator fills it
/// from the registry (SelarasText cannot import SelarasRegistry), then calls `compile()` once.
public struct NameLexicon: Sendable, Hashable {
    /// A registered person: the name without titles, and other spellings (also without titles).
    public struct Person: Sendable, Hashable {
        public var id: String
        public var name: String
        public var variants: [String]
        public init(id: String, name: String, variants: [String] = []) {
            self.id = id
            self.name = name
            self.variants = variants
        }
    }

    /// A registered agency: its official name, short forms (`PLN`, `Diskominfo Kalsel`) and aliases.
    public struct Agency: Sendable, Hashable {
        public var id: String
        public var name: String
        public var shortForms: [String]
        public var aliases: [String]
        /// When true (the default) all-capital short forms match only in capitals (`PLN`, not `pln`).
        public var shortFormsExactCase: Bool
        public init(id: String, name: String, shortForms: [String] = [], aliases: [String] = [], shortFormsExactCase: Bool = true) {
            self.id = id
            self.name = name
            self.shortForms = shortForms
            self.aliases = aliases
            self.shortFormsExactCase = shortFormsExactCase
        }
    }

    public var people: [Person]
    public var agencies: [Agency]
    /// Place names (provinces, regencies, cities) that may follow a position: `Kalimantan Selatan`, `Banjar`.
    public var places: [String]

    public init(people: [Person] = [], agencies: [Agency] = [], places: [String] = []) {
        self.people = people
        self.agencies = agencies
        self.places = places
    }

    /// Compiles the lexicon into lookup tables (do this once per run, not per document).
    public func compile() -> CompiledNameLexicon { CompiledNameLexicon(self) }
}

/// Lookup tables built from a `NameLexicon`.
public struct CompiledNameLexicon: Sendable {
    public static let empty = CompiledNameLexicon(NameLexicon())

    /// A person name form, normalised (lowercased, titles and punctuation removed).
    struct PersonForm: Sendable {
        var id: String
        var canonical: String
        var key: [Unicode.Scalar]
    }

    /// Person forms bucketed by letter count, for bounded fuzzy search.
    let peopleByLength: [Int: [PersonForm]]
    let personExact: FrozenStringMap<PersonForm>
    /// The most words any registered person form has.
    let maxPersonWords: Int
    /// Agency phrase trie: word sequences (lowercased unless exact-case) → entry.
    let agencyPhrases: FrozenStringMap<AgencyForm>
    let maxAgencyWords: Int
    /// Every lower-cased word prefix of an agency phrase (`dinas`, `dinas kesehatan`, …), so the
    /// exact matcher stops as soon as no registered name can continue.
    let agencyPrefixes: FrozenStringSet
    /// `agencyPrefixes` by first byte and length: most words start no agency name.
    let agencyPrefixFilter: WordShapeFilter
    /// `agencyPrefixes` as a Bloom filter of their lowered bytes: of the words `agencyPrefixFilter`
    /// passes (a third of all words), most are turned away here before the hashed look-up.
    let agencyPrefixHashes: LoweredWordBloom
    /// The words of `agencyPrefixFilter` and `AgencyMatcher.starterFilter` together: a word it
    /// turns away starts neither an exact match nor a near miss.
    let agencyStartFilter: WordShapeFilter
    /// Agency official names split in words, keyed by normalised first word, for near misses.
    let agencyNamesByFirstWord: FrozenStringMap<[AgencyForm]>
    /// Lowercased words of registered places, used to tell a region from a name.
    let placeWords: FrozenStringSet
    let isEmpty: Bool

    struct AgencyForm: Sendable {
        var id: String
        var name: String
        var kind: AgencyMatchKind
        var words: [String]
        /// `words` lower-cased, computed once for the near-miss search.
        var lowerWords: [String]
        var exactCase: Bool
    }

    init(_ lexicon: NameLexicon) {
        var byLength: [Int: [PersonForm]] = [:]
        var exact: [String: PersonForm] = [:]
        var maxWords = 1
        for person in lexicon.people {
            for form in [person.name] + person.variants {
                let normal = PersonName.normalise(form)
                guard !normal.isEmpty else { continue }
                let entry = PersonForm(id: person.id, canonical: person.name, key: Array(normal.unicodeScalars))
                byLength[entry.key.count, default: []].append(entry)
                if exact[normal] == nil { exact[normal] = entry }
                maxWords = max(maxWords, normal.split(separator: " ").count)
            }
        }
        peopleByLength = byLength
        personExact = FrozenStringMap(exact)
        maxPersonWords = maxWords
        var phrases: [String: AgencyForm] = [:]
        var byFirst: [String: [AgencyForm]] = [:]
        var maxAgency = 1
        var prefixes = Set<String>()
        for agency in lexicon.agencies {
            var forms: [(String, AgencyMatchKind)] = [(agency.name, .name)]
            forms += agency.shortForms.map { ($0, .shortForm) }
            forms += agency.aliases.map { ($0, .alias) }
            for (form, kind) in forms {
                let words = AgencyMatcher.words(of: form)
                guard !words.isEmpty else { continue }
                let exactCase = kind == .shortForm && agency.shortFormsExactCase && form == form.uppercased()
                let key = exactCase ? words.joined(separator: " ") : words.joined(separator: " ").lowercased()
                let entry = AgencyForm(id: agency.id, name: agency.name, kind: kind, words: words,
                                       lowerWords: words.map { $0.lowercased() }, exactCase: exactCase)
                if phrases[key] == nil || kind == .name { phrases[key] = entry }
                var prefix = ""
                for word in words {
                    prefix += (prefix.isEmpty ? "" : " ") + word.lowercased()
                    prefixes.insert(prefix)
                }
                maxAgency = max(maxAgency, words.count)
                if kind == .name, let first = words.first {
                    byFirst[AgencyMatcher.normaliseStarter(first.lowercased()), default: []].append(entry)
                }
            }
        }
        agencyPhrases = FrozenStringMap(phrases)
        maxAgencyWords = maxAgency
        agencyPrefixes = FrozenStringSet(prefixes.sorted())
        agencyPrefixFilter = WordShapeFilter(prefixes)
        agencyPrefixHashes = LoweredWordBloom(prefixes)
        agencyStartFilter = WordShapeFilter(prefixes.union(AgencyMatcher.starterWords).union(["kementrian"]))
        agencyNamesByFirstWord = FrozenStringMap(byFirst)
        placeWords = FrozenStringSet(lexicon.places.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        isEmpty = lexicon.people.isEmpty && lexicon.agencies.isEmpty && lexicon.places.isEmpty
    }

    /// The registered person closest to `name` within the edit budget, and the distance.
    func matchPerson(_ name: String) -> (id: String, name: String, distance: Int)? {
        let normal = PersonName.normalise(name)
        if let hit = personExact[normal] { return (hit.id, hit.canonical, 0) }
        let key = Array(normal.unicodeScalars)
        let letters = key.filter { $0 != " " }.count
        let budget = EditDistance.nameBudget(letters: letters)
        guard budget > 0 else { return nil }
        var best: (id: String, name: String, distance: Int)?
        for length in (key.count - budget)...(key.count + budget) {
            for form in peopleByLength[length] ?? [] {
                guard let distance = EditDistance.bounded(key, form.key, limit: best.map { $0.distance - 1 } ?? budget) else { continue }
                best = (form.id, form.canonical, distance)
            }
        }
        return best
    }
}
