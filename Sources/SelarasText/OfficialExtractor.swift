import SelarasCore

/// Finds officials: a capitalised position (with unit and region), an optional acting marker,
/// rank and titles, and a name before (`Name, Position`) or after (`Position Name`) it.
///
/// Lowercase positions (`para wali kota`) are generic and never claims. A position with neither
/// a unit nor a name (`Gubernur juga …`) is not a claim. Names in title-case headline lines are
/// not read (every word is capitalised there).
public enum OfficialExtractor {
    static let heads = PositionTable.heads.sorted { $0.0.count > $1.0.count }
    /// `heads` by their first word, each list in `heads` order.
    static let headsByFirstWord: FrozenStringMap<[([String], String)]> = {
        var table: [String: [([String], String)]] = [:]
        for head in heads { table[head.0[0], default: []].append(head) }
        return FrozenStringMap(table)
    }()

    public static func extract(_ a: TextAnalysis, lexicon: CompiledNameLexicon = .empty) -> [OfficialClaim] {
        var claims: [OfficialClaim] = []
        var headlineCache: [Int: Bool] = [:]
        var index = 0
        // `matchHead` turns away every word this filter does; testing it here on a local copy
        // skips the call (and the static's access) for the many capitalised words no head starts with.
        let headFilter = headStarterFilter
        while index < a.tokens.count {
            guard a.isCapitalized(index), headFilter.mayContain(a.lowerShape(index)),
                  let (head, headLast) = matchHead(at: index, in: a) else { index += 1; continue }
            let line = a.text.lineIndex(ofByte: a.tokens[index].span.start)
            let headline: Bool
            if let cached = headlineCache[line] { headline = cached } else {
                headline = isHeadline(line: line, in: a)
                headlineCache[line] = headline
            }
            if let (claim, next) = parse(head: head, first: index, headLast: headLast, in: a, lexicon, headline: headline) {
                claims.append(claim)
                index = max(next, index + 1)
            } else {
                index = headLast + 1
            }
        }
        return claims
    }

    /// The lowered first words of `heads` and the lowered `PositionTable.abbreviations`: a token
    /// whose lowered shape no entry has starts no position (an ASCII key equals the token only
    /// with the same first letter and length).
    static let headStarterFilter = WordShapeFilter(headsByFirstWord.keys + PositionTable.abbreviations.keys.map { $0.lowercased() })

    /// `headsByFirstWord`'s keys and the lowered `PositionTable.abbreviations` as a Bloom filter of
    /// their lowered bytes; nil (pass everything) if an abbreviation is not ASCII. An ASCII token
    /// equals an ASCII abbreviation only with the same bytes, whose lowered form is the key here,
    /// so a token the filter turns away is neither an abbreviation nor a head's first word.
    static let headStarterHashes: LoweredWordBloom? = PositionTable.abbreviations.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        ? LoweredWordBloom(headsByFirstWord.keys + PositionTable.abbreviations.keys.map { $0.lowercased() }) : nil

    static func matchHead(at index: Int, in a: TextAnalysis) -> (String, Int)? {
        guard headStarterFilter.mayContain(a.lowerShape(index)) else { return nil }
        if let hashes = headStarterHashes, !hashes.mayContainLower(index, in: a) { return nil }
        if let expansion = a.string(index, in: PositionTable.abbreviations) { return (expansion, index) }
        for (phrase, head) in a.lower(index, in: headsByFirstWord) ?? [] {
            if phrase.indices.allSatisfy({ a.lower(index + $0) == phrase[$0] && ($0 == 0 || (a.gap(index + $0) == .space && a.isCapitalized(index + $0))) }) {
                return (head, index + phrase.count - 1)
            }
        }
        return nil
    }

    /// A title-case line: 4–20 words, at least 70 % capitalised, not ending in a period.
    static func isHeadline(line: Int, in a: TextAnalysis) -> Bool {
        let range = a.text.lineRange(line + 1)
        var index = a.tokenIndex(atOrAfter: range.lowerBound)
        var words = 0
        var capitalised = 0
        var lastIsPeriod = false
        while index < a.tokens.count, a.tokens[index].span.start < range.upperBound {
            lastIsPeriod = a.isPunct(index, byte: 0x2E)
            if a.kind(index) == .word {
                words += 1
                if a.isCapitalized(index) { capitalised += 1 }
            }
            index += 1
        }
        return !lastIsPeriod && (4...20).contains(words) && capitalised * 10 >= words * 7
    }

    static func isUnitWord(_ index: Int, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> Bool {
        let word = a.lower(index)
        let written = a.string(index)
        if Abbreviations.ranks.contains(written) || Abbreviations.rankSuffixes.contains(written) { return false }
        if PositionTable.unitWords.contains(word) || lexicon.placeWords.contains(word) { return true }
        // All-capital acronyms (BPBD, PLN, RSUD) and Roman numerals belong to units.
        return a.kind(index) == .word && written.count >= 2 && written == written.uppercased() && written.contains(where: \.isLetter)
    }

    static func parse(head: String, first: Int, headLast: Int, in a: TextAnalysis, _ lexicon: CompiledNameLexicon, headline: Bool) -> (OfficialClaim, Int)? {
        var start = first
        var acting: ActingMarker?
        if let marker = PositionTable.actingMarkers[a.string(first - 1)], a.gap(first) == .space {
            acting = marker
            start = first - 1
        }
        // Unit and region: unit words, `dan`, codes like `1006/Banjar` or `XXII/Tambun Bungai`, `(Persero)`.
        var p = headLast + 1
        var unitLast = headLast
        while p < a.tokens.count, a.gap(p) <= .space {
            if a.gap(p) == .space, isUnitWord(p, in: a, lexicon) || (a.kind(p) == .number && a.isPunct(p + 1, byte: 0x2F)) {
                unitLast = p
            } else if a.gap(p) == .none, a.isPunct(p, byte: 0x2F) || (a.kind(p) == .word && a.isPunct(p - 1, byte: 0x2F)) {
                unitLast = p
                // `XXII/Tambun Bungai Mayjen …`: a second name word when a rank follows it.
                if a.kind(p) == .word, a.isCapitalized(p + 1), Abbreviations.ranks.contains(a.string(p + 2)) {
                    unitLast = p + 1
                    p += 1
                }
            } else if a.lower(p) == "dan", isUnitWord(p + 1, in: a, lexicon) {
                // joins unit words
            } else if a.isPunct(p, byte: 0x28), a.lower(p + 1) == "persero", a.isPunct(p + 2, byte: 0x29) {
                unitLast = p + 2
                p += 2
            } else {
                break
            }
            p += 1
        }
        // A Kodam-style name after the slash: `XXII/Tambun Bungai`.
        p = unitLast + 1
        let positionSpan = a.span(from: first, through: unitLast)
        let unitWritten = unitLast > headLast ? a.text.text(a.span(from: headLast + 1, through: unitLast)) : nil
        var claim = OfficialClaim(
            span: a.span(from: start, through: unitLast), sentence: a.sentenceSpan(ofToken: first), order: .positionFirst,
            acting: acting, actingWritten: acting == nil ? nil : a.string(first - 1), positionWritten: a.text.text(positionSpan),
            positionSpan: positionSpan, positionHead: head, unit: unitWritten.map(expandRegions),
            position: ([head] + (unitWritten.map { [expandRegions($0)] } ?? [])).joined(separator: " "), rank: nil, rankSpan: nil,
            frontTitles: [], backTitles: [], name: nil, nameSpan: nil, nameWithTitles: nil)
        if !headline, let next = readNameForward(from: p, into: &claim, in: a, lexicon) {
            return (claim, next)
        }
        if !headline, readNameBackward(before: start, into: &claim, in: a, lexicon) {
            return (claim, unitLast + 1)
        }
        return unitWritten == nil ? nil : (claim, unitLast + 1)
    }

    static func expandRegions(_ text: String) -> String {
        text.split(separator: " ").map { PositionTable.regionExpansions[String($0)] ?? String($0) }.joined(separator: " ")
    }
}
