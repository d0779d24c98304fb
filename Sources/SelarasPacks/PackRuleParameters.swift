import Foundation
import SelarasCore
import SelarasRules

/// `RuleParameters` for one rule file: decodes its `params`, reads tables inside the pack
/// directory and compiles regexes, placing every error at its line and column in the file.
struct PackRuleParameters: RuleParameters {
    /// The whole rule file, for locating key paths.
    let rule: JSON5Value
    let file: String
    /// The rule file's bytes, for placing errors inside string literals.
    let bytes: [UInt8]
    let packDirectory: String
    let matcherFactory: any MatcherFactory
    var termListCache: CompiledTermListCache?

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let params = rule["params"] ?? JSON5Value(.object([]), line: rule.line, column: rule.column, offset: rule.offset)
        let decoder = JSON5TreeDecoder(code: .pack, path: file, subject: "params", keyPathPrefix: "params")
        let (value, errors) = decoder.decodeReportingAll(type, from: params)
        if errors.count > 1 { throw SelarasErrorGroup(errors: errors) }
        if let first = errors.first { throw first }
        guard let value else { throw error("params could not be read", keyPath: "params", hint: nil) }
        return value
    }

    func table(at relativePath: String, keyPath: String) throws -> DelimitedTable {
        let data = try fileBytes(at: relativePath, keyPath: keyPath)
        return try DelimitedTableReader.parse(bytes: data, path: PackPaths.join(packDirectory, relativePath))
    }

    func fileBytes(at relativePath: String, keyPath: String) throws -> [UInt8] {
        let url = try PackPaths.resolve(relativePath, inside: packDirectory) { message, hint in
            error(message, keyPath: keyPath, hint: hint)
        }
        guard let data = FileBytes.read(atPath: url.path) else {
            throw error("cannot read the table '\(relativePath)'", keyPath: keyPath, hint: "check the file's permissions")
        }
        return data
    }

    func regex(_ pattern: String, options: MatcherOptions, keyPath: String) throws -> any Matcher {
        do {
            return try matcherFactory.compile(pattern, options: options)
        } catch .compile(let message, let offset) {
            var located = error("the regex in '\(keyPath)' does not compile: \(message)", keyPath: keyPath,
                                hint: "the problem is at character \(Self.characterIndex(ofByte: offset, in: pattern) + 1) of the pattern: \(Self.excerpt(pattern, at: offset))")
            if let value = rule.value(atKeyPath: keyPath), value.stringValue == pattern,
               let place = JSON5Parser.location(ofDecodedOffset: offset, inStringLiteralAt: value.offset, of: bytes) {
                located.line = place.line
                located.column = place.column
            }
            throw located
        } catch .limitExceeded(let message) {
            throw error("the regex in '\(keyPath)' cannot be used: \(message)", keyPath: keyPath, hint: nil)
        }
    }

    func error(_ message: String, keyPath: String, hint: String?) -> SelarasError {
        let value = rule.nearestValue(toKeyPath: keyPath)
        return SelarasError(.pack, message, path: file, line: value.line, column: value.column, hint: hint)
    }

    static func characterIndex(ofByte offset: Int, in text: String) -> Int {
        text.utf8.prefix(offset).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `…(ab⟨here⟩[c…` around a byte offset.
    static func excerpt(_ pattern: String, at offset: Int) -> String {
        let bytes = Array(pattern.utf8)
        let split = min(max(0, offset), bytes.count)
        var start = max(0, split - 12)
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(bytes.count, split + 12)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let before = String(decoding: bytes[start..<split], as: UTF8.self)
        let after = String(decoding: bytes[split..<end], as: UTF8.self)
        return "'\(before)⟨here⟩\(after)'"
    }
}
