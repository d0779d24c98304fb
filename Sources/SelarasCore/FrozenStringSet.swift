/// A read-only set of strings for hot look-ups: `Set<String>`'s `contains` without its SipHash.
///
/// See `FrozenStringIndex` for how it hashes and compares (by UTF-8 bytes).
public struct FrozenStringSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let index: FrozenStringIndex

    public init<S: Sequence>(_ members: S) where S.Element == String {
        index = FrozenStringIndex(Array(members))
    }

    public init(arrayLiteral members: String...) {
        self.init(members)
    }

    /// Whether `member` is in the set.
    @inlinable
    public func contains(_ member: String) -> Bool { index.number(of: member) != nil }

    /// Whether the string whose UTF-8 bytes are `bytes` is in the set.
    @inlinable
    public func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { index.number(ofBytes: bytes) != nil }

    /// Whether the lower case of the string whose UTF-8 bytes are `bytes` is in the set
    /// (`FrozenStringIndex.number(ofLowercasedBytes:)`).
    @inlinable
    public func contains(lowercasedBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool { index.number(ofLowercasedBytes: bytes) != nil }

    public var count: Int { index.count }
    public var isEmpty: Bool { index.count == 0 }

    /// The members, in the order they were first given.
    public var members: [String] { (0..<index.count).map(index.key) }
}
