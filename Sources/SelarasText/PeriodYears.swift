import SelarasCore

/// The years a document names as a period (`pada 2024`, `Januari 2023`), found once per document
/// so that each figure's `periodYear` reads a short list instead of rescanning its sentence.
struct PeriodYears {
    /// Token positions (ascending) of numbers that `FigureContext.periodYear` would accept as a
    /// year, with the year.
    private var positions: [Int] = []
    private var years: [Int] = []
    /// How many number tokens the document has: room for its figures, reserved at once.
    private(set) var numberCount = 0

    init(_ a: TextAnalysis) {
        for position in a.tokens.indices where a.tokens[position].kind == .number {
            numberCount += 1
            // `yearValue` wants four characters: an ASCII token (its shape says so; its bytes are
            // its characters) of another length is skipped without reading its string.
            let shape = a.lowerShape(position)
            guard !shape.isASCII || shape.length == 4,
                  let year = FigureContext.periodYearValue(at: position, in: a) else { continue }
            positions.append(position)
            years.append(year)
        }
    }

    /// `FigureContext.periodYear(near:in:)`: the same candidates of the sentence, in the same
    /// order, so the same nearest one (the first of equally near ones) wins.
    func year(near index: Int, in a: TextAnalysis) -> Int? {
        guard !a.sentences.isEmpty, !positions.isEmpty else { return nil }
        let range = a.sentences[a.sentenceIndex(ofToken: index)].tokens
        var low = 0
        var high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var best: (distance: Int, year: Int)?
        var k = low
        while k < positions.count, positions[k] < range.upperBound {
            let position = positions[k]
            k += 1
            if position == index { continue }
            let distance = abs(position - index)
            if let current = best, current.distance <= distance { continue }
            best = (distance, years[k - 1])
        }
        return best?.year
    }
}
