import SelarasCore

/// The spans of a document's figures, sorted, to answer "does another figure overlap this token"
/// for every word near every figure without walking all the figures each time.
struct FigureSpanIndex: Sendable {
    /// The spans, ordered by start (then end).
    let spans: [Span]
    /// `maxEnd[i]`: the largest end among `spans[0...i]`, so a backward walk can stop early.
    let maxEnd: [Int]

    init(_ spans: [Span]) {
        let sorted = spans.sorted()
        var maxEnd: [Int] = []
        maxEnd.reserveCapacity(sorted.count)
        var largest = Int.min
        for span in sorted {
            largest = max(largest, span.end)
            maxEnd.append(largest)
        }
        self.spans = sorted
        self.maxEnd = maxEnd
    }

    /// Whether a span other than `excluded` (spans equal to it do not count) overlaps `token`:
    /// the same answer as `spans.filter { $0 != excluded }.contains { $0.overlaps(token) }`.
    ///
    /// A span overlaps `token` when it starts before `token.end` and ends after `token.start`.
    /// The spans starting before `token.end` are a prefix of `spans`; walking it backwards, once
    /// no span up to here ends after `token.start` (`maxEnd`), none further back does either.
    func overlaps(_ token: Span, other excluded: Span) -> Bool {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start < token.end { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0, maxEnd[index] > token.start {
            let span = spans[index]
            if span.end > token.start, span != excluded { return true }
            index -= 1
        }
        return false
    }
}
