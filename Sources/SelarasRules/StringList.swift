/// A params value written either as one string or as an array of strings (`"tidak"` or
/// `["tidak", "bukan"]`).
public struct StringList: Decodable, Sendable, Hashable {
    public var values: [String]

    public init(_ values: [String]) {
        self.values = values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            values = [single]
        } else {
            values = try container.decode([String].self)
        }
    }
}
