import SelarasCore
import SelarasRegistry
import SelarasText

/// An official mention tied to the registry: the person it names and the position it names,
/// both unambiguous. `OfficialRule` judges only mentions that resolve (precision first: an unknown
/// person or an unknown position is never a finding).
struct OfficialResolution: Sendable {
    /// Person id shared by the person's rows.
    var person: String
    /// The registered name (without titles) the written name matched.
    var registeredName: String
    /// Edit distance between the written and the registered name (0: exact or a registered variant).
    var distance: Int
    /// Every recorded term of the position the mention names, all holders.
    var positionTerms: [OfficialTerm]
    /// The position as the registry writes it.
    var position: String

    /// Terms of this position held by this person.
    var ownTerms: [OfficialTerm] { positionTerms.filter { $0.person == person } }

    /// Unit abbreviations that registry positions spell out (`Kabid Humas Polda Kalsel`).
    static let unitExpansions: [String: String] = [
        "humas": "Hubungan Masyarakat", "ikp": "Informasi dan Komunikasi Publik", "adpim": "Administrasi Pimpinan",
        "kesra": "Kesejahteraan Rakyat", "prokopim": "Protokol dan Komunikasi Pimpinan",
    ]

    /// Resolves `claim` against `registry`, or nil when the person or the position is unknown or ambiguous.
    static func resolve(_ claim: OfficialClaim, in registry: FactRegistry, at date: LocalDate) -> OfficialResolution? {
        guard claim.name != nil, let person = claim.matchedPersonID, let registeredName = claim.matchedName,
              let distance = claim.distance else { return nil }
        // Two people sharing one registered name: the mention cannot say which one is meant.
        let sameName = Set(registry.officials(matchingName: registeredName).map(\.person))
        guard sameName.count <= 1 else { return nil }
        let own = registry.terms(ofPerson: person)
        guard !own.isEmpty else { return nil }
        let position: String
        if claim.unit == nil {
            // A bare head (`Plt. Gubernur H. Muhidin`) is read through the person's own positions.
            guard let found = positionByHead(claim.positionHead, among: own, registry: registry, at: date) else { return nil }
            position = found
        } else {
            guard let found = registeredPosition(of: claim, in: registry) else { return nil }
            position = found
        }
        let terms = registry.terms(ofPosition: position)
        guard !terms.isEmpty else { return nil }
        return OfficialResolution(person: person, registeredName: registeredName, distance: distance,
                                  positionTerms: terms, position: terms[0].position)
    }

    /// The one position of the person with this head (`Gubernur` → `Gubernur Kalimantan Selatan`):
    /// the one held on `date` if exactly one is, else the only one ever held.
    static func positionByHead(_ head: String, among terms: [OfficialTerm], registry: FactRegistry, at date: LocalDate) -> String? {
        let headKey = registry.positions.key(head)
        let matching = terms.filter { term in
            let key = registry.positions.key(term.position)
            return key == headKey || key.hasPrefix(headKey + " ")
        }
        let distinct = Set(matching.map { registry.positions.key($0.position) })
        if distinct.count == 1 { return matching.first?.position }
        let valid = Set(matching.filter { $0.validity.contains(date) }.map { registry.positions.key($0.position) })
        guard valid.count == 1, let key = valid.first else { return nil }
        return matching.first { registry.positions.key($0.position) == key }?.position
    }

    /// The written position when the registry knows it, directly or with an agency short form
    /// spelled out (`Kalak BPBD Kalsel` → `Kepala Pelaksana Badan Penanggulangan Bencana Daerah …`).
    static func registeredPosition(of claim: OfficialClaim, in registry: FactRegistry) -> String? {
        if !registry.terms(ofPosition: claim.position).isEmpty { return claim.position }
        let written = claim.positionWritten.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        let headWords = claim.positionHead.split(separator: " ").map { $0.lowercased() }
        let headLength = written.first?.lowercased() == headWords.first ? headWords.count : 1
        guard written.count > headLength else { return nil }
        for start in headLength..<written.count {
            let suffix = written[start...].joined(separator: " ")
            guard let agency = registry.agencies(named: suffix).first else { continue }
            let middle = written[headLength..<start].map { unitExpansions[$0.lowercased()] ?? $0 }
            let candidate = ([claim.positionHead] + middle + [agency.name]).joined(separator: " ")
            if !registry.terms(ofPosition: candidate).isEmpty { return candidate }
        }
        return nil
    }
}

extension OfficialRole {
    /// The registry role an acting marker in a text stands for.
    init(_ marker: ActingMarker?) {
        switch marker {
        case nil: self = .definitif
        case .plt: self = .plt
        case .plh: self = .plh
        case .pj: self = .pj
        case .pjs: self = .pjs
        }
    }
}
