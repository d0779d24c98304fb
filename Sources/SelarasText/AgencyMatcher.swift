import SelarasCore

/// Finds registered agencies (longest match over word tokens) and near misses.
public enum AgencyMatcher {
    static let starterWords: Set<String> = [
        "kementerian", "dinas", "badan", "pemerintah", "pemprov", "pemkab", "pemkot", "pemko", "polda", "polres", "kodim", "korem",
    ]

    /// `starters` and the misspelling `normaliseStarter` folds into one of them.
    static let starterFilter = WordShapeFilter(starterWords.union(["kementrian"]))
    static let starters = FrozenStringSet(starterWords.sorted())

    static func normaliseStarter(_ word: String) -> String {
        word == "kementrian" ? "kementerian" : word
    }

    /// The token strings of a name, as the tokenizer cuts them (`PT PLN (Persero)` → 5 words).
    static func words(of name: String) -> [String] {
        let analysis = TextAnalysis(SourceText(name))
        return Array(analysis.strings)
    }

    public static func extract(_ a: TextAnalysis, lexicon: CompiledNameLexicon) -> [AgencyClaim] {
        guard !lexicon.agencyPhrases.isEmpty else { return [] }
        var claims: [AgencyClaim] = []
        var index = 0
        let startFilter = lexicon.agencyStartFilter
        let prefixFilter = lexicon.agencyPrefixFilter
        let prefixHashes = lexicon.agencyPrefixHashes
        let starterFilter = AgencyMatcher.starterFilter
        while index < a.tokens.count {
            guard a.kind(index) == .word || a.kind(index) == .abbreviation else { index += 1; continue }
            // `exact` needs `agencyPrefixFilter` and `nearMiss` needs `starterFilter` to pass the
            // word's shape; `agencyStartFilter` holds both word lists, so it passes exactly when
            // either does, and a word it turns away is skipped without the two calls.
            let shape = a.lowerShape(index)
            guard startFilter.mayContain(shape) else { index += 1; continue }
            // `exact(…) ?? nearMiss(…)`, each called only when its own first tests (repeated
            // here on local copies, inlined) pass: a call it skips would have returned nil.
            var found: (AgencyClaim, Int)?
            if prefixFilter.mayContain(shape), prefixHashes.mayContainLower(index, in: a) {
                found = exact(at: index, in: a, lexicon)
            }
            if found == nil, a.isCapitalized(index), starterFilter.mayContain(shape) {
                found = nearMiss(at: index, in: a, lexicon)
            }
            if let (claim, next) = found {
                claims.append(claim)
                index = next
            } else {
                index += 1
            }
        }
        return claims
    }

    static func exact(at index: Int, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> (AgencyClaim, Int)? {
        // The first word alone must be a prefix: turn most words away before building keys.
        guard lexicon.agencyPrefixFilter.mayContain(a.lowerShape(index)),
              lexicon.agencyPrefixHashes.mayContainLower(index, in: a) else { return nil }
        // The loop's first test, before any key is built: most words that pass the filter fail it.
        guard a.lower(index, isIn: lexicon.agencyPrefixes) else { return nil }
        var key = ""
        var lowerKey = ""
        var best: (CompiledNameLexicon.AgencyForm, Int)?
        var last = index
        while last < a.tokens.count, last - index < lexicon.maxAgencyWords, last == index || a.gap(last) <= .lineBreak {
            let separator = last == index ? "" : " "
            lowerKey += separator + a.lower(last)
            guard lexicon.agencyPrefixes.contains(lowerKey) else { break }
            key += separator + a.string(last)
            if let form = lexicon.agencyPhrases[key], form.exactCase {
                best = (form, last)
            } else if let form = lexicon.agencyPhrases[lowerKey], !form.exactCase {
                best = (form, last)
            }
            last += 1
        }
        guard let (form, end) = best else { return nil }
        // A match must not stop inside a word run like `PLNX`; tokens already guarantee that.
        let span = a.span(from: index, through: end)
        let claim = AgencyClaim(span: span, sentence: a.sentenceSpan(ofToken: index), written: a.text.text(span),
                                agencyID: form.id, matchedName: form.name, kind: form.kind, distance: 0)
        return (claim, end + 1)
    }

    static func nearMiss(at index: Int, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> (AgencyClaim, Int)? {
        guard a.isCapitalized(index), starterFilter.mayContain(a.lowerShape(index)) else { return nil }
        let first = normaliseStarter(a.lower(index))
        guard starters.contains(first), let candidates = lexicon.agencyNamesByFirstWord[first] else { return nil }
        var phrase: [String] = []
        var position = index
        while position < a.tokens.count, phrase.count < 12, position == index || a.gap(position) == .space {
            let word = a.lower(position)
            guard a.isCapitalized(position) || word == "dan" || word == "serta" else { break }
            phrase.append(position == index ? first : word)
            position += 1
        }
        while let tail = phrase.last, tail == "dan" || tail == "serta" { phrase.removeLast() }
        var best: (form: CompiledNameLexicon.AgencyForm, length: Int, distance: Double)?
        for form in candidates {
            let target = form.lowerWords
            let shortest = max(1, target.count - 2)
            let longest = min(phrase.count, target.count + 2)
            guard shortest <= longest else { continue }
            for length in shortest...longest {
                let distance = wordDistance(Array(phrase.prefix(length)), target, giveUpAbove: 1.5)
                if distance <= 1.5, isBetter(distance, length, than: best.map { ($0.distance, $0.length) }) {
                    best = (form, length, distance)
                }
            }
        }
        guard let best else { return nil }
        let span = a.span(from: index, through: index + best.length - 1)
        let written = a.text.text(span)
        let kind: AgencyMatchKind = best.distance == 0 && written.lowercased() == best.form.words.joined(separator: " ").lowercased() ? .name : .nearMiss
        let distance = a.lower(index) != first && best.distance == 0 ? 0.5 : best.distance
        let claim = AgencyClaim(span: span, sentence: a.sentenceSpan(ofToken: index), written: written, agencyID: best.form.id,
                                matchedName: best.form.name, kind: distance > 0 ? .nearMiss : kind, distance: distance)
        return (claim, index + best.length)
    }

    static func isBetter(_ distance: Double, _ length: Int, than current: (Double, Int)?) -> Bool {
        guard let (bestDistance, bestLength) = current else { return true }
        return distance < bestDistance || (distance == bestDistance && length > bestLength)
    }

    /// Word-level edit distance where only near-identical words substitute (0.5) and only
    /// function words may be dropped or added (0.5); anything else is too far (10).
    ///
    /// Costs are never negative, so the distance is at least the smallest entry of any row: once
    /// a whole row exceeds `giveUpAbove`, that smallest entry is returned (still above it), and
    /// the rest of the table — an edit-distance test per cell — is not computed.
    static func wordDistance(_ a: [String], _ b: [String], giveUpAbove limit: Double = .infinity) -> Double {
        let far = 10.0
        func indel(_ word: String) -> Double { word == "dan" || word == "serta" ? 0.5 : far }
        func substitute(_ x: String, _ y: String) -> Double {
            if x == y { return 0 }
            // Near: both at least four characters, and within two edits, or three with a
            // common prefix of five. The cheap tests first.
            guard min(x.count, y.count) >= 4, let distance = EditDistance.bounded(x, y, limit: 3) else { return far }
            if distance <= 2 { return 0.5 }
            return zip(x, y).prefix { $0 == $1 }.count >= 5 ? 0.5 : far
        }
        var previous = [Double](repeating: 0, count: b.count + 1)
        for j in stride(from: 1, through: b.count, by: 1) { previous[j] = previous[j - 1] + indel(b[j - 1]) }
        for i in stride(from: 1, through: a.count, by: 1) {
            var current = [Double](repeating: 0, count: b.count + 1)
            current[0] = previous[0] + indel(a[i - 1])
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + indel(a[i - 1]), current[j - 1] + indel(b[j - 1]), previous[j - 1] + substitute(a[i - 1], b[j - 1]))
            }
            if let smallest = current.min(), smallest > limit { return smallest }
            previous = current
        }
        return previous[b.count]
    }
}
