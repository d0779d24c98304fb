/// Damerau–Levenshtein distance (optimal string alignment) with an upper bound, so a miss costs
/// little: comparisons stop once every path exceeds `limit`.
public enum EditDistance {
    /// The distance between `a` and `b` if it is at most `limit`, else nil.
    public static func bounded<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Case-insensitive distance between two strings, compared by Unicode scalars.
    public static func bounded(_ a: String, _ b: String, limit: Int) -> Int? {
        bounded(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars), limit: limit)
    }

    /// The full distance between two strings (case-sensitive), for "did you mean" hints.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        return bounded(x, y, limit: max(x.count, y.count)) ?? max(x.count, y.count)
    }

    /// The edit budget for a name of `letters` letters: 0 below 6, 1 from 6, 2 from 12.
    public static func nameBudget(letters: Int) -> Int {
        letters >= 12 ? 2 : letters >= 6 ? 1 : 0
    }
}
