import SelarasCore

/// The `Decoder` behind `JSON5TreeDecoder`: one value of the tree and the path to it.
struct TreeDecoder: Decoder {
    let value: JSON5Value
    let codingPath: [any CodingKey]
    let state: DecodingState
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value.content else {
            throw state.mismatch(value, codingPath, expected: "an object")
        }
        // The key type's cases are known keys; listed only if a message needs them (see `DecodingState`).
        let record = state.register(value, id: KeyPath.format(codingPath)) {
            guard let all = Key.self as? any CaseIterable.Type else { return [] }
            return (all.allCases as any Collection).compactMap { ($0 as? Key)?.stringValue }
        }
        return KeyedDecodingContainer(TreeKeyedContainer<Key>(
            object: value, members: members, codingPath: codingPath, record: record, state: state))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value.content else {
            throw state.mismatch(value, codingPath, expected: "a list")
        }
        return TreeUnkeyedContainer(items: items, codingPath: codingPath, state: state)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
}

extension TreeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        if case .null = value.content { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value.content else { throw state.mismatch(value, codingPath, expected: "true or false") }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value.content else { throw state.mismatch(value, codingPath, expected: "a string") }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .number(let number) = value.content else { throw state.mismatch(value, codingPath, expected: "a number") }
        return number.double
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .number(let number) = value.content, let integer = number.integer else {
            throw state.mismatch(value, codingPath, expected: "a whole number")
        }
        guard let result = T(exactly: integer) else {
            throw state.error("'\(state.displayPath(codingPath))' is out of range: \(number.text)", at: value)
        }
        return result
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

/// Reads an object's members by key, remembering every key asked about.
struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSON5Value
    let members: [JSON5Member]
    let codingPath: [any CodingKey]
    /// The object's record in `state`.
    let record: Int
    let state: DecodingState

    var allKeys: [Key] {
        state.acceptAll(under: object, path: codingPath)
        return members.compactMap { Key(stringValue: $0.key) }
    }

    func contains(_ key: Key) -> Bool {
        state.markRead(key.stringValue, record: record)
        return members.contains { $0.key == key.stringValue }
    }

    private func child(_ key: Key) throws -> TreeDecoder {
        state.markRead(key.stringValue, record: record)
        guard let member = members.first(where: { $0.key == key.stringValue }) else {
            throw state.missing(key.stringValue, in: object, codingPath)
        }
        return TreeDecoder(value: member.value, codingPath: codingPath + [key], state: state)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: try child(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(value: object, codingPath: codingPath, state: state)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// Reads a list's items in order.
struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSON5Value]
    let codingPath: [any CodingKey]
    let state: DecodingState
    var currentIndex = 0

    init(items: [JSON5Value], codingPath: [any CodingKey], state: DecodingState) {
        self.items = items
        self.codingPath = codingPath
        self.state = state
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> TreeDecoder {
        guard currentIndex < items.count else {
            let path = state.displayPath(codingPath)
            throw SelarasError(state.decoder.code, "'\(path)' has too few items", path: state.decoder.path)
        }
        let decoder = TreeDecoder(value: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)],
                                  state: state)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, case .null = items[currentIndex].content else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: try next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
