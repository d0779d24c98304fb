/// A list of byte pieces (one per checked file) kept in a `SpillBuffer`, written at the end
/// joined by a separator, where any piece can still be replaced before it is written.
///
/// A streamed check appends each file's rendered findings as the file completes; a cross-draft
/// comparison only knows after the last file which ones get more findings, so those files'
/// pieces are replaced then. Separators are written at the end rather than when appending, so
/// that an empty piece (a file without findings) can become non-empty, and the other way round.
/// Replacements stay in memory: only files that receive cross-draft findings have one.
final class SpilledPieces {
    private let buffer: SpillBuffer
    /// Where each piece ends in `buffer`.
    private var ends: [Int] = []
    private var replacements: [Int: [UInt8]] = [:]
    /// Pieces that are not empty (after replacement).
    private(set) var nonEmptyCount = 0

    init(memoryLimit: Int = 1 << 20) {
        buffer = SpillBuffer(memoryLimit: memoryLimit)
    }

    var count: Int { ends.count }

    /// Adds a piece; its index is the number of pieces before it.
    func append(_ bytes: [UInt8]) {
        buffer.append(bytes)
        ends.append((ends.last ?? 0) + bytes.count)
        if !bytes.isEmpty { nonEmptyCount += 1 }
    }

    /// Replaces the piece at `index` (an index `append` gave) with `bytes`.
    func replace(_ index: Int, with bytes: [UInt8]) {
        precondition(index >= 0 && index < ends.count, "no piece \(index) to replace")
        let wasEmpty = replacements[index]?.isEmpty ?? (length(index) == 0)
        nonEmptyCount += (bytes.isEmpty ? 0 : 1) - (wasEmpty ? 0 : 1)
        replacements[index] = bytes
    }

    private func length(_ index: Int) -> Int {
        ends[index] - (index == 0 ? 0 : ends[index - 1])
    }

    /// Writes the non-empty pieces in order with `separator` between them, as UTF-8 text in
    /// parts of about `partSize` bytes (each part ends where a piece does, so on a character
    /// boundary: every piece is whole UTF-8 text).
    func write(separator: [UInt8], partSize: Int = 1 << 20, _ write: (String) -> Void) {
        var out: [UInt8] = []
        var wroteAny = false
        var index = -1
        var remaining = 0
        var skipping = false
        // Opens the pieces that come next until one has bytes still to be read from the buffer.
        func advance() {
            while remaining == 0 && index + 1 < ends.count {
                if out.count >= partSize {
                    write(String(decoding: out, as: UTF8.self))
                    out.removeAll(keepingCapacity: true)
                }
                index += 1
                let replacement = replacements[index]
                if !(replacement?.isEmpty ?? (length(index) == 0)) {
                    if wroteAny { out += separator }
                    wroteAny = true
                }
                if let replacement { out += replacement }
                remaining = length(index)
                skipping = replacement != nil
            }
        }
        advance()
        buffer.forEachBlock { block in
            var start = block.startIndex
            while start < block.endIndex && remaining > 0 {
                let end = start + min(remaining, block.endIndex - start)
                if !skipping { out += block[start..<end] }
                remaining -= end - start
                start = end
                advance()
            }
        }
        if !out.isEmpty { write(String(decoding: out, as: UTF8.self)) }
    }
}
