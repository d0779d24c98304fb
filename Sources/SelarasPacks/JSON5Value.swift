import SelarasCore

/// A value read from a JSON5 file, with the place it starts in the file.
///
/// Every value and every object key keeps its 1-based line and Unicode-scalar column, so that
/// any later complaint about it (a wrong type, an unknown kind, a regex that does not compile)
/// can name `file:line:column`.
public struct JSON5Value: Sendable, Hashable {
    /// What the value is.
    public indirect enum Content: Sendable, Hashable {
        case null
        case bool(Bool)
        /// A number with the text it was written as (kept so integers stay exact).
        case number(JSON5Number)
        case string(String)
        case array([JSON5Value])
        /// Members in the order they were written; keys are unique.
        case object([JSON5Member])
    }

    public var content: Content
    /// 1-based line of the value's first character.
    public var line: Int
    /// 1-based column (in Unicode scalars) of the value's first character.
    public var column: Int
    /// Byte offset of the value's first character in the parsed bytes (after a BOM).
    public var offset: Int

    public init(_ content: Content, line: Int, column: Int, offset: Int) {
        self.content = content
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var location: Location { Location(line: line, column: column) }

    /// The member named `key` when this is an object.
    public func member(_ key: String) -> JSON5Member? {
        guard case .object(let members) = content else { return nil }
        return members.first { $0.key == key }
    }

    /// The value of `key` when this is an object holding it.
    public subscript(key: String) -> JSON5Value? { member(key)?.value }

    public var stringValue: String? {
        if case .string(let text) = content { return text }
        return nil
    }

    public var arrayValue: [JSON5Value]? {
        if case .array(let items) = content { return items }
        return nil
    }

    /// What kind of value this is, for messages: "a string", "an object", …
    public var kindDescription: String {
        switch content {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The value at a key path such as `params.terms[3].from`, or nil when some part is missing.
    public func value(atKeyPath keyPath: String) -> JSON5Value? {
        var current = self
        for component in KeyPath.components(keyPath) {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let items = current.arrayValue, items.indices.contains(index) else { return nil }
                current = items[index]
            }
        }
        return current
    }

    /// The deepest value on the way to `keyPath` (itself when nothing of the path exists):
    /// where to point at when the path itself is missing.
    public func nearestValue(toKeyPath keyPath: String) -> JSON5Value {
        var current = self
        for component in KeyPath.components(keyPath) {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return current }
                current = next
            case .index(let index):
                guard let items = current.arrayValue, items.indices.contains(index) else { return current }
                current = items[index]
            }
        }
        return current
    }
}

/// A key and its value in a JSON5 object.
public struct JSON5Member: Sendable, Hashable {
    public var key: String
    /// 1-based line and column of the key's first character (its quote when quoted).
    public var keyLine: Int
    public var keyColumn: Int
    public var value: JSON5Value

    public init(key: String, keyLine: Int, keyColumn: Int, value: JSON5Value) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}

/// A JSON5 number: its source text and value.
public struct JSON5Number: Sendable, Hashable {
    /// As written, sign included (`-0x1F`, `1.5e3`).
    public var text: String
    public var double: Double
    /// The exact value when the number is an integer that fits in `Int`.
    public var integer: Int?

    public init(text: String, double: Double, integer: Int?) {
        self.text = text
        self.double = double
        self.integer = integer
    }
}

extension JSON5Value: Decodable {
    /// Only `JSON5TreeDecoder` can hand out the raw tree (it is how a struct keeps a part of a
    /// file, such as a rule's `params`, undecoded for later).
    public init(from decoder: any Decoder) throws {
        guard let tree = decoder as? TreeDecoder else {
            throw DecodingError.typeMismatch(
                JSON5Value.self,
                .init(codingPath: decoder.codingPath, debugDescription: "JSON5Value is only decodable by JSON5TreeDecoder"))
        }
        tree.state.acceptAll(under: tree.value, path: tree.codingPath)
        self = tree.value
    }
}
