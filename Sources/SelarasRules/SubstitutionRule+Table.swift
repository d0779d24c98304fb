import SelarasCore

extension SubstitutionRule {
    /// The pairs of a `tidak_baku`/`baku` table with the line of each row, keeping only rows of
    /// `group` when given.
    static func pairs(in table: DelimitedTable, group: String?, params: any RuleParameters) throws -> [(Pair, Int)] {
        func column(_ names: [String], required: Bool) throws -> Int? {
            if let index = names.lazy.compactMap({ table.column($0) }).first { return index }
            guard required else { return nil }
            throw SelarasError(.pack, "table has no column '\(names[0])'", path: table.path, line: table.headerLine,
                               hint: "the header needs \(names.map { "'\($0)'" }.joined(separator: " or "))")
        }
        let fromColumn = try column(["tidak_baku", "from"], required: true) ?? 0
        let toColumn = try column(["baku", "to"], required: true) ?? 1
        let noteColumn = try column(["catatan", "note"], required: false)
        let levelColumn = try column(["level", "tingkat"], required: false)
        let groupColumn = try column(["kelompok", "group"], required: group != nil)
        var result: [(Pair, Int)] = []
        for row in table.rows {
            func field(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmingSpaces()
            }
            if let group, field(groupColumn) != group { continue }
            let from = field(fromColumn)
            let to = field(toColumn)
            // One standard form (nearly every row) needs no split.
            let targets = !to.utf8.contains(0x7C) ? (to.isEmpty ? [] : [to])
                : to.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            guard !from.isEmpty, !targets.isEmpty else {
                throw SelarasError(.pack, "row needs both a non-standard and a standard form", path: table.path,
                                   line: row.line, hint: "fill both columns or delete the row")
            }
            let level = try SubstitutionRule.level(field(levelColumn)) {
                SelarasError(.pack, "unknown level '\(field(levelColumn))'", path: table.path, line: row.line,
                             hint: "use error, warning or suggestion, or leave it empty")
            }
            result.append((Pair(from: from, to: targets, note: field(noteColumn), level: level), row.line))
        }
        if result.isEmpty, let group {
            throw params.error("no table row has group '\(group)'", keyPath: "params.group",
                               hint: "check the kelompok column of \(table.path)")
        }
        return result
    }
}
