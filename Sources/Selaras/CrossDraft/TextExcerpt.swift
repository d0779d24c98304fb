import SelarasCore

/// The parts of a draft's text that phase 2 may show, at their original byte offsets.
///
/// A kept draft holds this instead of its `SourceText`: only the bytes of the ranges it was made
/// from (the lines and sentences of its cross-draft statements), merged where they overlap or
/// touch, and no line index. Reading a span outside those ranges gives the covered part only.
struct TextExcerpt: Sendable {
    /// The kept bytes, chunk after chunk.
    private let bytes: [UInt8]
    /// For each chunk, its first byte's offset in the original text and in `bytes`, and its length.
    private let chunks: [(offset: Int, position: Int, count: Int)]
    /// Byte count of the original text, for clamping spans as `SourceText.text` does.
    let originalCount: Int

    /// The excerpt of `source` covering `spans` (each clamped to the text's bounds).
    init(_ source: SourceText, covering spans: [Span]) {
        let clamped = spans.map { span -> Range<Int> in
            let lower = max(0, min(span.start, source.count))
            return lower..<max(lower, min(span.end, source.count))
        }.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in clamped {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(merged.reduce(0) { $0 + $1.count })
        var chunks: [(offset: Int, position: Int, count: Int)] = []
        for range in merged {
            chunks.append((range.lowerBound, bytes.count, range.count))
            bytes += source.bytes[range]
        }
        self.bytes = bytes
        self.chunks = chunks
        self.originalCount = source.count
    }

    /// Bytes kept, for tests and measurements.
    var keptByteCount: Int { bytes.count }

    /// The text covered by `span`, clamped like `SourceText.text(_:)`.
    func text(_ span: Span) -> String {
        let lower = max(0, min(span.start, originalCount))
        let upper = max(lower, min(span.end, originalCount))
        guard lower < upper else { return "" }
        // The last chunk starting at or before `lower`.
        var low = 0
        var high = chunks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if chunks[mid].offset <= lower { low = mid } else { high = mid - 1 }
        }
        guard let chunk = chunks.indices.contains(low) ? chunks[low] : nil, chunk.offset <= lower else { return "" }
        let start = chunk.position + min(lower - chunk.offset, chunk.count)
        let end = chunk.position + min(upper - chunk.offset, chunk.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
