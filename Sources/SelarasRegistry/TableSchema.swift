import SelarasCore

/// The columns one registry table accepts. `required` columns must be in the header and filled
/// in every row; `optional` ones may be absent or empty. Any other column is an error, so a
/// misspelt header (`valid_form`) never silently drops a fact.
struct TableSchema: Sendable {
    var name: String
    var required: [String]
    var optional: [String]

    static let common = ["source", "verified_as_of"]

    static let regions = TableSchema(
        name: "regions", required: ["id", "name", "kind", "source"],
        optional: ["short_forms", "parent", "verified_as_of", "note"])
    static let agencies = TableSchema(
        name: "agencies", required: ["id", "name", "kind", "source"],
        optional: ["short_forms", "parent", "region", "valid_from", "valid_to", "successor", "verified_as_of", "note"])
    static let officials = TableSchema(
        name: "officials", required: ["id", "full_name", "position", "role", "valid_from", "source"],
        optional: ["person", "front_titles", "back_titles", "name_variants", "agency", "valid_to", "appointed_by",
                   "verified_as_of", "note"])
    static let regulations = TableSchema(
        name: "regulations", required: ["id", "type", "number", "year", "title", "source"],
        optional: ["issuer", "enacted", "aliases", "amended_by", "revoked_by", "revoked_on", "verified_as_of", "note"])
    static let figures = TableSchema(
        name: "figures", required: ["id", "subject", "value", "unit", "source"],
        optional: ["triggers", "period", "region", "as_of", "tolerance", "verified_as_of", "note"])
    static let terms = TableSchema(
        name: "terms", required: ["id", "term", "status", "source"],
        optional: ["variants", "preferred", "valid_from", "valid_to", "verified_as_of", "note"])

    static let all = [regions, agencies, officials, regulations, figures, terms]

    /// The table a file belongs to: `officials.csv`, `officials.tsv`, `officials-kalsel.csv`.
    static func forFile(_ fileName: String) -> TableSchema? {
        let lower = fileName.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") else { return nil }
        let stem = String(lower.dropLast(4))
        return all.first { stem == $0.name || stem.hasPrefix($0.name + "-") || stem.hasPrefix($0.name + "_") }
    }

    /// Column indices by name, or diagnostics for unknown and missing columns.
    func columns(of table: DelimitedTable, diagnostics: inout [Diagnostic]) -> [String: Int]? {
        var map: [String: Int] = [:]
        var ok = true
        for (index, raw) in table.header.enumerated() {
            let name = raw.lowercased()
            guard required.contains(name) || optional.contains(name) else {
                diagnostics.append(Diagnostic(.error, "unknown column '\(raw)' in table '\(self.name)' (known: \((required + optional).joined(separator: ", ")))",
                                              path: table.path, line: table.headerLine))
                ok = false
                continue
            }
            if map[name] != nil {
                diagnostics.append(Diagnostic(.error, "column '\(raw)' appears twice", path: table.path, line: table.headerLine))
                ok = false
            }
            map[name] = index
        }
        for name in required where map[name] == nil {
            diagnostics.append(Diagnostic(.error, "missing required column '\(name)' in table '\(self.name)'",
                                          path: table.path, line: table.headerLine))
            ok = false
        }
        return ok ? map : nil
    }
}

/// One data row read through its table's columns; reports bad values as `file:line` errors.
struct RowReader {
    let path: String
    let fileName: String
    let columns: [String: Int]
    let row: DelimitedTable.Row
    let required: Set<String>
    var diagnostics: [Diagnostic] = []
    /// False once a value made the row unusable.
    var usable = true

    var line: Int { row.line }

    /// The row's id without reporting anything.
    var rawID: String {
        guard let index = columns["id"], index < row.fields.count else { return "" }
        return NameKey.trim(row.fields[index])
    }

    /// Trimmed text of a column, "" when absent. A required column left empty is an error.
    mutating func text(_ column: String) -> String {
        guard let index = columns[column], index < row.fields.count else { return "" }
        let value = NameKey.trim(row.fields[index])
        if value.isEmpty, required.contains(column) {
            // An empty id makes the row unaddressable; other empty values are reported but the row is kept
            // so that references to it do not cascade into more errors.
            if column == "id" {
                fail("empty id")
            } else if column == "source" {
                error("missing source: every row needs the document, regulation or URL it comes from")
            } else {
                error("empty value in required column '\(column)'")
            }
        }
        return value
    }

    mutating func optionalText(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    mutating func list(_ column: String) -> [String] { NameKey.list(text(column)) }

    /// A partial date or nil when empty; an unparsable one is an error (the row stays usable).
    mutating func date(_ column: String) -> PartialDate? {
        let raw = text(column)
        if raw.isEmpty { return nil }
        guard let date = PartialDate(parsing: raw) else {
            error("invalid date '\(raw)' in '\(column)' (write YYYY, YYYY-MM or YYYY-MM-DD)")
            return nil
        }
        return date
    }

    mutating func validity() -> ValidityPeriod {
        let period = ValidityPeriod(from: date("valid_from"), to: date("valid_to"))
        if let first = period.firstDay, let last = period.lastDay, last < first {
            error("valid_to \(period.to!) is before valid_from \(period.from!)")
        }
        return period
    }

    /// Parses an enumerated value; unknown values make the row unusable.
    mutating func value<T>(_ column: String, allowed: [String], _ parse: (String) -> T?) -> T? {
        let raw = text(column)
        if raw.isEmpty { return nil }
        guard let value = parse(raw) else {
            fail("unknown \(column) '\(raw)' (allowed: \(allowed.joined(separator: ", ")))")
            return nil
        }
        return value
    }

    mutating func origin() -> RecordOrigin {
        let id = text("id")
        let source = text("source")
        return RecordOrigin(file: fileName, line: row.line, id: id, source: source, verifiedAsOf: date("verified_as_of"))
    }

    mutating func error(_ message: String) {
        diagnostics.append(Diagnostic(.error, message, path: path, line: row.line))
    }

    mutating func fail(_ message: String) {
        error(message)
        usable = false
    }
}
