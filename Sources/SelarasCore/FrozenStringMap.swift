/// A read-only dictionary with string keys for hot look-ups: `[String: Value]`'s subscript
/// without its SipHash.
///
/// See `FrozenStringIndex` for how it hashes and compares (by UTF-8 bytes).
public struct FrozenStringMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline let index: FrozenStringIndex
    @usableFromInline let values: [Value]

    /// The pairs of `dictionary`.
    public init(_ dictionary: [String: Value]) {
        // Sorted (by UTF-8 bytes: `String`'s `<` costs a Unicode comparison each, which showed
        // in start-up profiles) so `keys` and the layout do not depend on the process's hash seed.
        // The keys' positions are sorted, not the (key, value) pairs: this initialiser is not
        // specialised for `Value`, and sorting tuples of an unknown type went through generic
        // code at every comparison (most of the start-up cost of the name lexicon's maps).
        // Distinct keys never have the same bytes, so the order is the same either way.
        let keys = Array(dictionary.keys)
        let unsortedValues = Array(dictionary.values)  // a dictionary lists values in its keys' order
        let order = keys.indices.sorted { FrozenStringIndex.bytesPrecede(keys[$0], keys[$1]) }
        index = FrozenStringIndex(order.map { keys[$0] })
        values = order.map { unsortedValues[$0] }
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        // Like a dictionary literal, a repeated key is a programming error.
        precondition(Set(elements.map(\.0)).count == elements.count, "FrozenStringMap literal with a repeated key")
        index = FrozenStringIndex(elements.map(\.0))
        values = elements.map(\.1)
    }

    /// The value for `key`, or nil.
    @inlinable
    public subscript(_ key: String) -> Value? {
        index.number(of: key).map { values[$0] }
    }

    /// The value for the key whose UTF-8 bytes are `bytes`, or nil.
    @inlinable
    public subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index.number(ofBytes: bytes).map { values[$0] }
    }

    /// The value for the lower case of the string whose UTF-8 bytes are `bytes`, or nil
    /// (`FrozenStringIndex.number(ofLowercasedBytes:)`).
    @inlinable
    public subscript(lowercasedBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index.number(ofLowercasedBytes: bytes).map { values[$0] }
    }

    public var count: Int { index.count }
    public var isEmpty: Bool { index.count == 0 }

    /// The keys (sorted by their UTF-8 bytes when built from a dictionary, in literal order otherwise).
    public var keys: [String] { (0..<index.count).map(index.key) }
}
