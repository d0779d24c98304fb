import SelarasCore

/// Integrity checks across rows and tables: duplicate ids, dangling references, cycles of
/// successors, overlapping definitif terms, conflicting term statuses, revocations without a date.
struct RegistryValidator {
    let tables: RegistryTables
    /// The indexed registry built from the same tables (its position index is reused).
    let registry: FactRegistry
    var diagnostics: [Diagnostic] = []

    init(tables: RegistryTables, registry: FactRegistry) {
        self.tables = tables
        self.registry = registry
    }

    private func path(_ origin: RecordOrigin) -> String { tables.paths[origin.file] ?? origin.file }

    private mutating func error(_ origin: RecordOrigin, _ message: String) {
        diagnostics.append(Diagnostic(.error, message, path: path(origin), line: origin.line))
    }

    private mutating func warning(_ origin: RecordOrigin, _ message: String) {
        diagnostics.append(Diagnostic(.warning, message, path: path(origin), line: origin.line))
    }

    /// Ids of a table; reports duplicates (the second and later rows, naming the first).
    private mutating func ids(_ table: String, _ origins: [RecordOrigin]) -> Set<String> {
        var first: [String: Int] = [:]
        first.reserveCapacity(origins.count)
        for (index, origin) in origins.enumerated() {
            if let earlier = first[origin.id] {
                let e = origins[earlier]
                error(origin, "duplicate id '\(origin.id)' in \(table) (first defined at \(e.file):\(e.line))")
            } else {
                first[origin.id] = index
            }
        }
        var ids = Set(first.keys)
        if let unusable = tables.unusableIDs[table] { ids.formUnion(unusable) }
        return ids
    }

    private mutating func reference(_ origin: RecordOrigin, _ column: String, _ value: String?, in ids: Set<String>, table: String) {
        guard let value, !value.isEmpty, !ids.contains(value) else { return }
        error(origin, "\(column) '\(value)' does not exist in \(table)")
    }

    mutating func run() -> [Diagnostic] {
        let regionIDs = ids("regions", tables.regions.map(\.origin))
        let agencyIDs = ids("agencies", tables.agencies.map(\.origin))
        _ = ids("officials", tables.officials.map(\.origin))
        let regulationIDs = ids("regulations", tables.regulations.map(\.origin))
        _ = ids("figures", tables.figures.map(\.origin))
        _ = ids("terms", tables.terms.map(\.origin))

        for region in tables.regions {
            reference(region.origin, "parent", region.parent, in: regionIDs, table: "regions")
        }
        for agency in tables.agencies {
            reference(agency.origin, "parent", agency.parent, in: agencyIDs, table: "agencies")
            reference(agency.origin, "region", agency.region, in: regionIDs, table: "regions")
            reference(agency.origin, "successor", agency.successor, in: agencyIDs, table: "agencies")
            if agency.successor != nil, agency.validity.to == nil {
                warning(agency.origin, "agency '\(agency.id)' has a successor but no valid_to: until when was '\(agency.name)' its name?")
            }
        }
        checkSuccessorCycles()
        for official in tables.officials {
            reference(official.origin, "agency", official.agency, in: agencyIDs, table: "agencies")
            reference(official.origin, "appointed_by", official.appointedBy, in: regulationIDs, table: "regulations")
        }
        checkDefinitifOverlaps()
        checkRegulations(regulationIDs)
        for figure in tables.figures {
            reference(figure.origin, "region", figure.region, in: regionIDs, table: "regions")
        }
        checkTermConflicts()
        return diagnostics
    }

    private mutating func checkSuccessorCycles() {
        var successor: [String: String] = [:]
        var byID: [String: AgencyRecord] = [:]
        for agency in tables.agencies where byID[agency.id] == nil {
            byID[agency.id] = agency
            if let next = agency.successor { successor[agency.id] = next }
        }
        var reported: Set<String> = []
        for agency in tables.agencies where successor[agency.id] != nil && !reported.contains(agency.id) {
            var seen: [String] = [agency.id]
            var current = agency.id
            while let next = successor[current] {
                if next == agency.id {
                    error(agency.origin, "cycle of successors: \((seen + [next]).joined(separator: " → "))")
                    reported.formUnion(seen)
                    break
                }
                if seen.contains(next) || seen.count > tables.agencies.count { break }
                seen.append(next)
                current = next
            }
        }
    }

    private mutating func checkDefinitifOverlaps() {
        let officials = registry.officials
        for key in registry.officialsByPosition.keys.sorted() {
            // Indices, not records, are sorted: records are large and copying them dominated load time.
            let indices = registry.officialsByPosition[key]!.filter { officials[$0].role == .definitif }
            guard indices.count > 1 else { continue }
            let ordered = indices.sorted {
                (officials[$0].validity.firstDay ?? .distantPast, $0) < (officials[$1].validity.firstDay ?? .distantPast, $1)
            }
            var latest: Int?
            for index in ordered {
                let term = officials[index]
                if let previousIndex = latest {
                    let previous = officials[previousIndex]
                    if previous.validity.overlaps(term.validity) {
                        error(term.origin, "definitif term of '\(term.position)' (\(term.validity)) overlaps \(previous.file):\(previous.line) (\(previous.id), \(previous.validity))")
                    }
                }
                // Keep the term that reaches furthest: any later term starting before its end overlaps it.
                if let previousIndex = latest, let reach = officials[previousIndex].validity.lastDay,
                   term.validity.lastDay.map({ reach < $0 }) ?? true {
                    latest = index
                } else if latest == nil {
                    latest = index
                }
            }
        }
    }

    private mutating func checkRegulations(_ ids: Set<String>) {
        var enacted: [String: PartialDate] = [:]
        for regulation in tables.regulations { if let date = regulation.enacted { enacted[regulation.id] = date } }
        for regulation in tables.regulations {
            for amending in regulation.amendedBy {
                reference(regulation.origin, "amended_by", amending, in: ids, table: "regulations")
                if amending == regulation.id { error(regulation.origin, "a regulation cannot amend itself") }
            }
            guard let revoking = regulation.revokedBy else {
                if regulation.revokedOn != nil { error(regulation.origin, "revoked_on is set but revoked_by is empty") }
                continue
            }
            reference(regulation.origin, "revoked_by", revoking, in: ids, table: "regulations")
            if revoking == regulation.id { error(regulation.origin, "a regulation cannot revoke itself") }
            if regulation.revokedOn == nil, ids.contains(revoking), enacted[revoking] == nil {
                error(regulation.origin, "revocation date unknown: fill revoked_on or the enacted date of '\(revoking)'")
            }
            if let on = regulation.revokedOn?.end, let start = regulation.enacted?.start, on < start {
                error(regulation.origin, "revoked_on \(regulation.revokedOn!) is before enacted \(regulation.enacted!)")
            }
        }
    }

    private mutating func checkTermConflicts() {
        var byForm: [String: [TermRecord]] = [:]
        for term in tables.terms { byForm[NameKey.normalize(term.term), default: []].append(term) }
        for key in byForm.keys.sorted() {
            let rows = byForm[key]!
            guard rows.count > 1 else { continue }
            for (i, later) in rows.enumerated() {
                for earlier in rows[..<i] where earlier.validity.overlaps(later.validity) {
                    error(later.origin, "term '\(later.term)' is defined again for an overlapping period (\(earlier.file):\(earlier.line), \(earlier.id))")
                    break
                }
            }
        }
    }
}

extension LocalDate {
    /// A date before any registry fact, for sorting open starts first.
    static let distantPast = LocalDate(year: 1, month: 1, day: 1)!
}
