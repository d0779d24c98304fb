import SelarasCore

/// Finds the name a user probably meant, for "did you mean …?" hints.
enum NearestName {
    /// The candidate closest to `name` by edit distance, when it is close enough to be a typo.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, max(name.count, best.name.count) / 3))
        return best.distance <= allowed ? best.name : nil
    }

    /// Damerau–Levenshtein distance (adjacent swaps count as one edit).
    static func editDistance(_ a: String, _ b: String) -> Int {
        EditDistance.between(a, b)
    }
}
