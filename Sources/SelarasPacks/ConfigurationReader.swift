import SelarasCore

/// The configuration file as written.
struct ConfigurationFile: Decodable {
    var schema: String?
    var registry: String?
    var packs: [String]?
    var failOn: String?
    var minLevel: String?
    var date: String?
    var overrides: [OverrideFile]?
    var ignore: [String]?
    var extensions: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema = "$schema", registry, packs, failOn, minLevel, date, overrides, ignore, extensions
    }
}

/// One `overrides` entry as written; `files` is a glob or a list of globs.
struct OverrideFile: Decodable {
    var files: JSON5Value
    var agency: String?
    var disable: [String]?
    var levels: [String: String]?

    enum CodingKeys: String, CodingKey, CaseIterable { case files, agency, disable, levels }
}

/// Checks the values of a decoded configuration, each at its own position.
struct ConfigurationReader {
    let path: String
    let root: JSON5Value

    private func error(_ value: JSON5Value?, _ message: String, hint: String? = nil) -> SelarasError {
        let place = value ?? root
        return SelarasError(.configuration, message, path: path, line: place.line, column: place.column, hint: hint)
    }

    func fill(_ configuration: inout Configuration, from file: ConfigurationFile) throws(SelarasError) {
        let base = configuration.directory
        configuration.registry = file.registry.map { Configuration.absolute($0, base: base) }
        configuration.packs = (file.packs ?? []).map { Configuration.absolute($0, base: base) }
        configuration.failOn = try level(file.failOn, key: "failOn")
        configuration.minLevel = try level(file.minLevel, key: "minLevel")
        if let text = file.date {
            guard let date = LocalDate(iso: text) else {
                throw error(root["date"], "'date' must be a date written YYYY-MM-DD, not '\(text)'",
                            hint: "for example \"2025-03-14\"")
            }
            configuration.date = date
        }
        configuration.ignore = try globs(file.ignore ?? [], values: root["ignore"]?.arrayValue ?? [])
        if let extensions = file.extensions {
            configuration.extensions = try extensions.enumerated().map { (index, text) throws(SelarasError) in
                let cleaned = (text.hasPrefix(".") ? String(text.dropFirst()) : text).lowercased()
                if cleaned.isEmpty || cleaned.contains("/") {
                    throw error(root["extensions"]?.arrayValue?[index], "'\(text)' is not a file extension",
                                hint: "write extensions like \"md\" or \"txt\"")
                }
                return cleaned
            }
        }
        let overrideValues = root["overrides"]?.arrayValue ?? []
        for (index, entry) in (file.overrides ?? []).enumerated() {
            let value = index < overrideValues.count ? overrideValues[index] : root
            configuration.overrides.append(try override(entry, value: value))
        }
    }

    private func level(_ text: String?, key: String) throws(SelarasError) -> Severity? {
        guard let text else { return nil }
        guard let level = Severity(parsing: text) else {
            let choices = Severity.allCases.reversed().map(\.rawValue)
            var hint = "write one of: \(choices.joined(separator: ", "))"
            if let near = NearestName.suggestion(for: text, among: choices) { hint = "did you mean '\(near)'? " + hint }
            throw error(root[key], "'\(key)' must be one of \(choices.joined(separator: ", ")), not '\(text)'", hint: hint)
        }
        return level
    }

    private func globs(_ patterns: [String], values: [JSON5Value]) throws(SelarasError) -> [Glob] {
        var result: [Glob] = []
        for (index, pattern) in patterns.enumerated() {
            do {
                result.append(try Glob(pattern))
            } catch {
                throw self.error(index < values.count ? values[index] : nil, "invalid glob: \(error.message)")
            }
        }
        return result
    }

    private func override(_ entry: OverrideFile, value: JSON5Value) throws(SelarasError) -> ConfigurationOverride {
        let patterns: [String]
        var patternValues: [JSON5Value] = [entry.files]
        switch entry.files.content {
        case .string(let text):
            patterns = [text]
        case .array(let items):
            patternValues = items
            var texts: [String] = []
            for item in items {
                guard let text = item.stringValue else {
                    throw error(item, "each glob in 'files' must be a string", hint: "found \(item.kindDescription)")
                }
                texts.append(text)
            }
            patterns = texts
        default:
            throw error(entry.files, "'files' must be a glob or a list of globs", hint: "found \(entry.files.kindDescription)")
        }
        var levels: [String: LevelOverride] = [:]
        for (rule, text) in entry.levels ?? [:] {
            let place = value["levels"]?[rule]
            if text.lowercased() == "off" {
                levels[rule] = .off
            } else if let level = Severity(parsing: text) {
                levels[rule] = .level(level)
            } else {
                throw error(place, "the level of '\(rule)' must be error, warning, suggestion or off, not '\(text)'")
            }
        }
        return ConfigurationOverride(files: try globs(patterns, values: patternValues), agency: entry.agency,
                                     disable: entry.disable ?? [], levels: levels)
    }
}
