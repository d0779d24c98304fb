import SelarasCore

/// Decodes any `Decodable` from a `JSON5Value` tree, strictly and with positions.
///
/// - A key that no decoded type asked about is an error (`unknown key 'levle' in rule; known
///   keys: …`, with the nearest known key as a hint), so a typo never silently turns part of a
///   rule or configuration off. Optional keys that are absent are fine.
/// - A wrong type or a missing key is an error at the value or object it concerns:
///   `path:line:column: 'level' must be a string`.
/// - A struct can keep a part of the file undecoded by declaring it as `JSON5Value`.
public struct JSON5TreeDecoder: Sendable {
    /// Code of the errors (`.pack`, `.configuration`).
    public var code: SelarasError.Code
    /// The file named in errors.
    public var path: String
    /// What the root value is, for messages: "rule", "pack manifest", "configuration".
    public var subject: String
    /// Key path of the root value inside its file (e.g. `params`), prefixed to key paths in messages.
    public var keyPathPrefix: String

    public init(code: SelarasError.Code, path: String, subject: String, keyPathPrefix: String = "") {
        self.code = code
        self.path = path
        self.subject = subject
        self.keyPathPrefix = keyPathPrefix
    }

    /// Decodes `type` from `value`; throws the first problem found.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSON5Value) throws(SelarasError) -> T {
        let (result, errors) = decodeReportingAll(type, from: value)
        if let first = errors.first { throw first }
        guard let result else { throw SelarasError(code, "could not decode \(subject)", path: path) }
        return result
    }

    /// Decodes `type` from `value`, returning every unknown key (or the one error that stopped decoding).
    public func decodeReportingAll<T: Decodable>(_ type: T.Type, from value: JSON5Value) -> (value: T?, errors: [SelarasError]) {
        let state = DecodingState(decoder: self, root: value)
        do {
            let result = try T(from: TreeDecoder(value: value, codingPath: [], state: state))
            return (result, state.unknownKeyErrors())
        } catch let error as SelarasError {
            return (nil, [error])
        } catch let error as DecodingError {
            return (nil, [state.convert(error)])
        } catch {
            return (nil, [SelarasError(code, "\(error)", path: path, line: value.line, column: value.column)])
        }
    }
}

/// What one decoding run has seen: which keys of which objects were asked about.
final class DecodingState {
    struct ObjectRecord {
        var value: JSON5Value
        var keyPath: String
        /// What made keys known, in order. A key type's cases are listed only when a message needs
        /// them: asking whether a `CodingKey` type is `CaseIterable` is a runtime conformance
        /// look-up, and most objects have no key that was not read anyway.
        var namings: [KeyNaming] = []
        /// The keys read, without repeats (all of them are known).
        var readKeys: [String] = []
        var acceptsAnyKey = false

        /// Every known key, in the order they became known (a key type's cases, a key read).
        var known: [String] {
            var known: [String] = []
            for naming in namings {
                switch naming {
                case .cases(let list):
                    for key in list() where !known.contains(key) { known.append(key) }
                case .read(let key):
                    if !known.contains(key) { known.append(key) }
                }
            }
            return known
        }
    }

    enum KeyNaming {
        /// The cases of a key type (empty when it is not `CaseIterable`).
        case cases(() -> [String])
        case read(String)
    }

    let decoder: JSON5TreeDecoder
    let root: JSON5Value
    /// Every object asked for a keyed container, once each; containers keep their index.
    private var records: [ObjectRecord] = []
    private var recordIndexByID: [String: Int] = [:]

    init(decoder: JSON5TreeDecoder, root: JSON5Value) {
        self.decoder = decoder
        self.root = root
    }

    func displayPath(_ codingPath: [any CodingKey]) -> String {
        KeyPath.join(decoder.keyPathPrefix, KeyPath.format(codingPath))
    }

    /// "rule" for the root, "'examples.good[0]'" below it.
    func describeObject(_ codingPath: [any CodingKey]) -> String {
        let shown = displayPath(codingPath)
        return shown.isEmpty ? decoder.subject : "'\(shown)'"
    }

    /// Records the object at `id` (`KeyPath.format` of its coding path) and, when given, the
    /// key type whose cases are known keys of it. Returns the record's index for `markRead`.
    @discardableResult
    func register(_ value: JSON5Value, id: String, keys: (() -> [String])?) -> Int {
        let index: Int
        if let known = recordIndexByID[id] {
            index = known
        } else {
            index = records.count
            records.append(ObjectRecord(value: value, keyPath: id))
            recordIndexByID[id] = index
        }
        if let keys { records[index].namings.append(.cases(keys)) }
        return index
    }

    func markRead(_ key: String, record index: Int) {
        guard !records[index].readKeys.contains(key) else { return }
        records[index].readKeys.append(key)
        records[index].namings.append(.read(key))
    }

    func acceptAll(under value: JSON5Value, path codingPath: [any CodingKey]) {
        guard case .object = value.content else { return }
        let index = register(value, id: KeyPath.format(codingPath), keys: nil)
        records[index].acceptsAnyKey = true
    }

    func error(_ message: String, at value: JSON5Value, hint: String? = nil) -> SelarasError {
        SelarasError(decoder.code, message, path: decoder.path, line: value.line, column: value.column, hint: hint)
    }

    func mismatch(_ value: JSON5Value, _ codingPath: [any CodingKey], expected: String) -> SelarasError {
        let name = describeObject(codingPath)
        return error("\(name) must be \(expected)", at: value, hint: "found \(value.kindDescription)")
    }

    func missing(_ key: String, in value: JSON5Value, _ codingPath: [any CodingKey]) -> SelarasError {
        // A missing key is most often a misspelt one: point at the misspelling, not at the object.
        if case .object(let members) = value.content,
           let typo = members.first(where: { $0.key != key && NearestName.editDistance($0.key, key) <= 2 && key.count > 2 }) {
            return SelarasError(decoder.code, "unknown key '\(typo.key)' in \(describeObject(codingPath))", path: decoder.path,
                                line: typo.keyLine, column: typo.keyColumn, hint: "did you mean '\(key)'?")
        }
        return error("missing key '\(key)' in \(describeObject(codingPath))", at: value, hint: "add \(key): …")
    }

    /// Every key of a decoded object that nothing asked about, in file order.
    func unknownKeyErrors() -> [SelarasError] {
        var found: [(JSON5Member, SelarasError)] = []
        for record in records where !record.acceptsAnyKey {
            guard case .object(let members) = record.value.content else { continue }
            // Read keys are known: only an object with another key needs the whole list.
            if members.allSatisfy({ record.readKeys.contains($0.key) }) { continue }
            let known = record.known
            for member in members where !known.contains(member.key) {
                let shown = KeyPath.join(decoder.keyPathPrefix, record.keyPath)
                let place = shown.isEmpty ? decoder.subject : "'\(shown)'"
                var hint = "remove it"
                if let near = NearestName.suggestion(for: member.key, among: known) {
                    hint = "did you mean '\(near)'?"
                }
                let listed = known.isEmpty ? "none" : known.joined(separator: ", ")
                found.append((member, SelarasError(
                    decoder.code, "unknown key '\(member.key)' in \(place); known keys: \(listed)",
                    path: decoder.path, line: member.keyLine, column: member.keyColumn, hint: hint)))
            }
        }
        return found.sorted { ($0.0.keyLine, $0.0.keyColumn) < ($1.0.keyLine, $1.0.keyColumn) }.map(\.1)
    }

    /// A `DecodingError` thrown by a type's own `init(from:)`, placed at the value it names.
    func convert(_ error: DecodingError) -> SelarasError {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return SelarasError(decoder.code, "\(error)", path: decoder.path)
        }
        let keyPath = KeyPath.format(context.codingPath)
        let value = root.nearestValue(toKeyPath: keyPath)
        let name = describeObject(context.codingPath)
        return self.error("\(name): \(context.debugDescription)", at: value)
    }
}
