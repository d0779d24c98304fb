/// A small deterministic random generator (SplitMix64) for the test suites' random cases, so a
/// failing case repeats exactly with the same seed.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

extension SeededGenerator {
    /// A text of `pieces` random fragments, each followed by a random gap: the raw material of
    /// the differential tests (tricky fragments and gaps make tricky texts).
    public mutating func text(of fragments: [String], gaps: [String], pieces: ClosedRange<Int> = 5...60) -> String {
        var text = ""
        for _ in 0..<Int.random(in: pieces, using: &self) {
            text += fragments.randomElement(using: &self)!
            text += gaps.randomElement(using: &self)!
        }
        return text
    }
}
