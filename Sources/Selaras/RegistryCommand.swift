import Foundation
import SelarasCore
import SelarasRegistry

/// `selaras registry check|lookup …`: the registry's own command line, called by the executable
/// with the arguments after `registry`. Exit codes: 0 ok, 1 lookup found nothing, 2 errors.
public enum RegistryCommand {
    static let usage = """
        usage: selaras registry check [DIR] [--max-age-days N] [--date YYYY-MM-DD] [--format text|json] [--stats]
               selaras registry lookup QUERY [--registry DIR] [--date YYYY-MM-DD] [--format text|json]
        DIR defaults to ./registry. Dates default to today.
        """

    struct Options {
        var positional: [String] = []
        var date: LocalDate?
        var maxAgeDays = 365
        var format = "text"
        var registry: String?
        var stats = false
    }

    public static func run(_ arguments: [String], standardOutput: (String) -> Void, standardError: (String) -> Void) -> Int32 {
        guard let command = arguments.first else {
            standardError(usage)
            return 2
        }
        if command == "--help" || command == "-h" || command == "help" {
            standardOutput(usage)
            return 0
        }
        let options: Options
        do {
            options = try parse(Array(arguments.dropFirst()))
        } catch {
            standardError("selaras registry: \(error)\n\(usage)")
            return 2
        }
        switch command {
        case "check": return check(options, standardOutput, standardError)
        case "lookup": return lookup(options, standardOutput, standardError)
        default:
            standardError("selaras registry: unknown command '\(command)'\n\(usage)")
            return 2
        }
    }

    static func parse(_ arguments: [String]) throws(SelarasError) -> Options {
        var options = Options()
        var index = 0
        func value(_ flag: String) throws(SelarasError) -> String {
            index += 1
            guard index < arguments.count else { throw SelarasError(.usage, "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--date":
                let text = try value(argument)
                guard let date = LocalDate(iso: text) else {
                    throw SelarasError(.usage, "invalid --date '\(text)'", hint: "write YYYY-MM-DD")
                }
                options.date = date
            case "--max-age-days":
                let text = try value(argument)
                guard let days = Int(text), days >= 0 else {
                    throw SelarasError(.usage, "invalid --max-age-days '\(text)'", hint: "write a whole number of days")
                }
                options.maxAgeDays = days
            case "--format":
                let text = try value(argument)
                guard text == "text" || text == "json" else {
                    throw SelarasError(.usage, "unknown --format '\(text)'", hint: "use text or json")
                }
                options.format = text
            case "--registry": options.registry = try value(argument)
            case "--stats": options.stats = true
            default:
                if argument.hasPrefix("--") { throw SelarasError(.usage, "unknown option '\(argument)'") }
                options.positional.append(argument)
            }
            index += 1
        }
        return options
    }

    // MARK: check

    static func check(_ options: Options, _ out: (String) -> Void, _ err: (String) -> Void) -> Int32 {
        guard options.positional.count <= 1 else {
            err("selaras registry check: give at most one directory\n\(usage)")
            return 2
        }
        let directory = options.positional.first ?? options.registry ?? "registry"
        let date = options.date ?? LocalDate.today()
        let started = DispatchTime.now().uptimeNanoseconds
        let registry: FactRegistry
        var diagnostics: [Diagnostic]
        do {
            (registry, diagnostics) = try FactRegistry.load(directory: directory)
        } catch {
            err("\(error)\n")
            return 2
        }
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        diagnostics += registry.staleFacts(maxAgeDays: options.maxAgeDays, asOf: date)
        diagnostics.sort { ($0.path ?? "", $0.line ?? 0, $0.level.rawValue, $0.message) < ($1.path ?? "", $1.line ?? 0, $1.level.rawValue, $1.message) }
        let errors = diagnostics.filter { $0.level == .error }.count
        let warnings = diagnostics.filter { $0.level == .warning }.count
        let rows = registry.rowCounts
        if options.format == "json" {
            var object: [String: Any] = [
                "version": 1, "directory": directory, "date": date.description, "errors": errors, "warnings": warnings,
                "rows": rows,
                "diagnostics": diagnostics.map { d -> [String: Any] in
                    var entry: [String: Any] = ["level": d.level.rawValue, "message": d.message]
                    if let path = d.path { entry["path"] = path }
                    if let line = d.line { entry["line"] = line }
                    return entry
                },
            ]
            if options.stats { object["stats"] = stats(loadMilliseconds) }
            out(json(object))
        } else {
            for diagnostic in diagnostics { out("\(diagnostic)\n") }
            let total = rows.values.reduce(0, +)
            out("\(directory): \(errors) error(s), \(warnings) warning(s) in \(total) rows "
                + "(\(rows.keys.sorted().map { "\($0) \(rows[$0]!)" }.joined(separator: ", ")))\n")
            if options.stats {
                let s = stats(loadMilliseconds)
                out("load: \(String(format: "%.1f", loadMilliseconds)) ms, peak memory: \(s["peakMemoryMB"] ?? 0) MB\n")
            }
        }
        return errors > 0 ? 2 : 0
    }

    static func stats(_ milliseconds: Double) -> [String: Any] {
        var usage = rusage()
        getrusage(0, &usage)  // 0 = RUSAGE_SELF (imported as an enum on Glibc, an Int32 on Darwin)
        // Linux reports ru_maxrss in kilobytes.
        return ["loadMilliseconds": (milliseconds * 10).rounded() / 10, "peakMemoryMB": Int(usage.ru_maxrss) / 1024]
    }

    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension RegistryCommand {
    // MARK: lookup

    static func lookup(_ options: Options, _ out: (String) -> Void, _ err: (String) -> Void) -> Int32 {
        guard options.positional.count == 1, let query = options.positional.first else {
            err("selaras registry lookup: give one query (quote it: \"UU 14/2008\")\n\(usage)")
            return 2
        }
        let directory = options.registry ?? "registry"
        let date = options.date ?? LocalDate.today()
        let registry: FactRegistry
        let diagnostics: [Diagnostic]
        do {
            (registry, diagnostics) = try FactRegistry.load(directory: directory)
        } catch {
            err("\(error)\n")
            return 2
        }
        let errors = diagnostics.filter { $0.level == .error }
        if !errors.isEmpty {
            err("warning: the registry has \(errors.count) error(s); run 'selaras registry check \(directory)'\n")
        }
        let result = registry.lookup(query, at: date)
        if options.format == "json" {
            out(json(RegistryLookupFormatter.jsonObject(result)))
        } else if result.isEmpty {
            out("no registry fact matches \"\(query)\" as of \(date)\n")
        } else {
            out(RegistryLookupFormatter.text(result))
        }
        return result.isEmpty ? 1 : 0
    }
}
