import SelarasCore
import SelarasRules

/// Loads rule packs (directories with `pack.json5` and one JSON5 file per rule).
public struct PackLoader {
    public init() {}
}
