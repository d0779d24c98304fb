import SelarasCore

/// Turns one row into one record of its table, reporting bad values through the reader.
enum RecordParser {
    static func parse(_ table: String, _ r: inout RowReader, into tables: inout RegistryTables) {
        switch table {
        case "regions": if let record = region(&r) { tables.regions.append(record) }
        case "agencies": if let record = agency(&r) { tables.agencies.append(record) }
        case "officials": if let record = official(&r) { tables.officials.append(record) }
        case "regulations": if let record = regulation(&r) { tables.regulations.append(record) }
        case "figures": if let record = figure(&r) { tables.figures.append(record) }
        case "terms": if let record = term(&r) { tables.terms.append(record) }
        default: break
        }
    }

    static func region(_ r: inout RowReader) -> RegionRecord? {
        let origin = r.origin()
        let name = r.text("name")
        let kind = r.value("kind", allowed: RegionRecord.Kind.allCases.map(\.rawValue)) {
            RegionRecord.Kind(rawValue: $0.lowercased())
        }
        let record = RegionRecord(origin: origin, name: name, shortForms: list(&r, "short_forms"),
                                  kind: kind ?? .provinsi, parent: r.optionalText("parent"))
        _ = r.text("note")
        return r.usable && kind != nil ? record : nil
    }

    static func agency(_ r: inout RowReader) -> AgencyRecord? {
        let origin = r.origin()
        let kind = r.value("kind", allowed: AgencyKind.allCases.map(\.rawValue)) { AgencyKind(rawValue: $0.lowercased()) }
        let record = AgencyRecord(
            origin: origin, name: r.text("name"), shortForms: list(&r, "short_forms"), kind: kind ?? .lainnya,
            parent: r.optionalText("parent"), region: r.optionalText("region"), validity: r.validity(),
            successor: r.optionalText("successor"), note: r.text("note"))
        return r.usable && kind != nil ? record : nil
    }

    static func official(_ r: inout RowReader) -> OfficialTerm? {
        let origin = r.origin()
        let role = r.value("role", allowed: OfficialRole.allCases.map(\.rawValue)) { OfficialRole(parsing: $0) }
        let person = r.text("person")
        let record = OfficialTerm(
            origin: origin, person: person.isEmpty ? origin.id : person, fullName: r.text("full_name"),
            frontTitles: titles(r.text("front_titles")), backTitles: titles(r.text("back_titles")),
            nameVariants: list(&r, "name_variants"), position: r.text("position"), agency: r.optionalText("agency"),
            role: role ?? .definitif, validity: r.validity(), appointedBy: r.optionalText("appointed_by"),
            note: r.text("note"))
        return r.usable && role != nil ? record : nil
    }

    /// `r.list(column)`, with an all-ASCII field split on its bytes. In ASCII every byte is a
    /// `Character` (a CR LF pair holds no `|`), and `NameKey.trim` removes exactly TAB…CR and
    /// space from each end, so the items are those of `NameKey.list`, without its `Character`
    /// walk; other fields go through `NameKey.list` itself.
    static func list(_ r: inout RowReader, _ column: String) -> [String] {
        let field = r.text(column)
        guard field.utf8.allSatisfy({ $0 < 0x80 }) else { return NameKey.list(field) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var items: [String] = []
        for piece in field.utf8.split(separator: 0x7C, omittingEmptySubsequences: true) {
            guard let first = piece.firstIndex(where: { !isSpace($0) }),
                  let last = piece.lastIndex(where: { !isSpace($0) }) else { continue }
            items.append(String(decoding: piece[first...last], as: UTF8.self))
        }
        return items
    }

    /// Titles may be separated by `|`, commas or spaces: `Dr. | Ir.`, `S.Sos., M.Si.`, `dr. H.`.
    static func titles(_ field: String) -> [String] {
        field.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == " " }).map(String.init)
    }

    static func regulation(_ r: inout RowReader) -> RegulationRecord? {
        let origin = r.origin()
        let type = r.value("type", allowed: RegulationType.all.map(\.key)) { RegulationType(parsing: $0) }
        let yearText = r.text("year")
        let year = Int(yearText)
        if !yearText.isEmpty, year == nil || yearText.count != 4 { r.fail("invalid year '\(yearText)' (write four digits)") }
        let enacted = r.date("enacted")
        if let enacted, let year, enacted.year != year {
            r.error("enacted \(enacted) is not in the regulation's year \(year)")
        }
        let record = RegulationRecord(
            origin: origin, type: type ?? RegulationType.all[0], issuer: r.text("issuer"), number: r.text("number"),
            year: year ?? 0, title: r.text("title"), enacted: enacted, aliases: list(&r, "aliases"),
            amendedBy: list(&r, "amended_by"), revokedBy: r.optionalText("revoked_by"), revokedOn: r.date("revoked_on"),
            note: r.text("note"))
        return r.usable && type != nil && year != nil ? record : nil
    }

    static func figure(_ r: inout RowReader) -> FigureRecord? {
        let origin = r.origin()
        let valueText = r.text("value")
        let value = FigureTolerance.number(valueText)
        if !valueText.isEmpty, value == nil {
            r.fail("unparsable value '\(valueText)' (write 1250 or 12,5; '1.250' is ambiguous)")
        }
        let toleranceText = r.text("tolerance")
        let tolerance = FigureTolerance(parsing: toleranceText)
        if tolerance == nil { r.fail("unparsable tolerance '\(toleranceText)' (write 0, 0,5 or 2%)") }
        let record = FigureRecord(
            origin: origin, subject: r.text("subject"), triggers: list(&r, "triggers"), value: value ?? 0,
            valueText: valueText, unit: r.text("unit"), period: r.date("period"), region: r.optionalText("region"),
            asOf: r.date("as_of"), tolerance: tolerance ?? .absolute(0), note: r.text("note"))
        return r.usable && value != nil ? record : nil
    }

    static func term(_ r: inout RowReader) -> TermRecord? {
        let origin = r.origin()
        let status = r.value("status", allowed: TermStatus.allCases.map(\.rawValue)) { TermStatus(rawValue: $0.lowercased()) }
        let preferred = r.text("preferred")
        if let status, status != .preferred, preferred.isEmpty {
            r.error("a \(status.rawValue) term needs the form to use instead in 'preferred'")
        }
        let record = TermRecord(origin: origin, term: r.text("term"), variants: list(&r, "variants"),
                                status: status ?? .preferred, preferred: preferred, validity: r.validity(),
                                note: r.text("note"))
        return r.usable && status != nil ? record : nil
    }
}
