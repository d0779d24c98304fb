import Foundation
import SelarasCore

/// The rows of every table, as read, before cross-references are checked and indexed.
struct RegistryTables: Sendable {
    var regions: [RegionRecord] = []
    var agencies: [AgencyRecord] = []
    var officials: [OfficialTerm] = []
    var regulations: [RegulationRecord] = []
    var figures: [FigureRecord] = []
    var terms: [TermRecord] = []
    /// Ids of rows that were present but unusable, per table, so references to them are not
    /// reported a second time as dangling.
    var unusableIDs: [String: Set<String>] = [:]
    /// Tables that had at least one file.
    var presentTables: Set<String> = []
    /// Path of each file by its name, for diagnostics.
    var paths: [String: String] = [:]
}

/// Reads a registry directory: every `*.csv` / `*.tsv` whose name starts with a table name.
enum RegistryLoader {
    /// Reads and parses the table files on every core: parsing CSV is most of a large
    /// registry's load time, and the files are independent until their rows are linked.
    static func parseInParallel(_ names: [String], directory: String) -> [String: Result<DelimitedTable, Diagnostic>] {
        let results = ParsedTables(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let name = names[index]
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let data = FileBytes.read(atPath: path) else {
                results.store(.failure(Diagnostic(.error, "cannot read the file", path: path)), at: index)
                return
            }
            do throws(SelarasError) {
                let table = try DelimitedTableReader.parse(bytes: data, path: path,
                                                           delimiter: name.lowercased().hasSuffix(".tsv") ? 0x09 : nil)
                results.store(.success(table), at: index)
            } catch {
                results.store(.failure(Diagnostic(error: error)), at: index)
            }
        }
        var byName: [String: Result<DelimitedTable, Diagnostic>] = [:]
        for (index, result) in results.values().enumerated() { byName[names[index]] = result }
        return byName
    }

    static func read(directory: String) throws(SelarasError) -> (RegistryTables, [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SelarasError(.registry, "registry directory not found", path: directory,
                               hint: "pass --registry DIR or create a 'registry' directory with the tables")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw SelarasError(.registry, "cannot list the registry directory", path: directory)
        }
        var tables = RegistryTables()
        var diagnostics: [Diagnostic] = []
        let parsed = parseInParallel(names.filter { !$0.hasPrefix(".") && TableSchema.forFile($0) != nil }, directory: directory)
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let lower = name.lowercased()
            guard let schema = TableSchema.forFile(name) else {
                if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") {
                    diagnostics.append(Diagnostic(.warning, "not a registry table (expected a name starting with \(TableSchema.all.map(\.name).joined(separator: ", "))); ignored", path: path))
                }
                continue
            }
            let table: DelimitedTable
            switch parsed[name] {
            case .success(let read)?: table = read
            case .failure(let error)?:
                diagnostics.append(error)
                continue
            case nil:
                continue
            }
            tables.presentTables.insert(schema.name)
            tables.paths[name] = path
            guard let columns = schema.columns(of: table, diagnostics: &diagnostics) else { continue }
            let required = Set(schema.required)
            for row in table.rows {
                var reader = RowReader(path: path, fileName: name, columns: columns, row: row, required: required)
                let id = reader.rawID
                RecordParser.parse(schema.name, &reader, into: &tables)
                diagnostics += reader.diagnostics
                if !reader.usable, !id.isEmpty { tables.unusableIDs[schema.name, default: []].insert(id) }
            }
        }
        return (tables, diagnostics)
    }
}

/// Parse results written by index from several threads.
private final class ParsedTables: @unchecked Sendable {
    // @unchecked: each slot is written once, under the lock.
    private var slots: [Result<DelimitedTable, Diagnostic>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<DelimitedTable, Diagnostic>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() -> [Result<DelimitedTable, Diagnostic>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(Diagnostic(.error, "table not read")) }
    }
}
