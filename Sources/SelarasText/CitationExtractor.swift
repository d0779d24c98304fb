import SelarasCore

/// Finds regulation citations following the grammar of brief §1.5.
///
/// A citation needs a number (`Nomor 4`, `No. 13`, `14/2008`); named aliases without a number
/// (`UU KIP`) are not claims here. Nested citations inside a title are claims of their own.
public enum CitationExtractor {
    static let fullForms = RegulationType.fullForms.sorted { $0.0.count > $1.0.count }
    /// `fullForms` by their first word, each list in `fullForms` order.
    static let fullFormsByFirstWord: FrozenStringMap<[([String], RegulationType)]> = {
        var table: [String: [([String], RegulationType)]] = [:]
        for form in fullForms { table[form.0[0], default: []].append(form) }
        return FrozenStringMap(table)
    }()
    /// Every lowercased word `matchType` can start at, besides the `permen…`/`kepmen…` fusions:
    /// the rest of the text is skipped with one look-up per word.
    static let typeStarterWords: Set<String> = Set(fullForms.map { $0.0[0] })
        .union(RegulationType.abbreviations.keys).union(["tap", "putusan", "peraturan", "keputusan"])
    static let typeStarters = FrozenStringSet(typeStarterWords.sorted())
    static let typeStarterFilter = WordShapeFilter(typeStarterWords)
    /// `typeStarterWords` as a Bloom filter of their lowered bytes, after `typeStarterFilter`.
    static let typeStarterHashes = LoweredWordBloom(typeStarterWords)
    static let numberKeywords: FrozenStringSet = ["nomor", "no.", "no", "nmr.", "nmr", "nomer"]
    /// What may follow an article number inside a citation (`Pasal 5 ayat (2) huruf a`).
    static let articleTailWords: FrozenStringSet = ["ayat", "huruf", "angka", "(", ")"]
    static let yearKeywords: FrozenStringSet = ["tahun", "th.", "th", "thn", "thn."]

    /// For each first byte, bit `n` set when `mayStartType` may accept an ASCII word of `n` bytes
    /// (63 for longer) starting with it: the shapes of `typeStarterWords` (as `typeStarterFilter`
    /// has them) and every `p…`/`k…` word of six bytes or more (`permen…`, `kepmen…`). Nil when a
    /// starter word is not ASCII (the filter then passes everything). A word whose bit is clear
    /// is one `mayStartType` turns away, so it is skipped with one table read instead of a call.
    static let typeStartShapes: [UInt64]? = {
        var table = [UInt64](repeating: 0, count: 256)
        for word in typeStarterWords {
            guard let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            table[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        for first in [0x70, 0x6B] {
            for length in 6...63 { table[first] |= 1 << UInt64(length) }
        }
        return table
    }()

    /// False only when `mayStartType(at:in:)` is certainly false: an ASCII word whose shape bit is
    /// clear in `typeStartShapes`.
    @inline(__always)
    static func mayPass(_ shape: WordShape, _ table: [UInt64]?) -> Bool {
        guard let table, shape.isASCII, shape.length > 0 else { return true }
        return table[Int(shape.first)] & (1 << UInt64(min(shape.length, 63))) != 0
    }

    public static func extract(_ a: TextAnalysis) -> [CitationClaim] {
        var claims: [CitationClaim] = []
        var index = 0
        let startShapes = typeStartShapes
        // Read once, not at every word (each static access is a `swift_once` check).
        let filter = typeStarterFilter
        let hashes = typeStarterHashes
        let starters = typeStarters
        while index < a.tokens.count {
            if a.kind(index) == .word || a.kind(index) == .abbreviation, mayPass(a.lowerShape(index), startShapes),
               mayStartType(at: index, in: a, filter: filter, hashes: hashes, starters: starters),
               let (claim, next) = parse(at: index, in: a) {
                claims.append(claim)
                index = next
            } else {
                index += 1
            }
        }
        return claims
    }

    struct TypeMatch {
        var type: RegulationType
        var last: Int
        var isAbbreviated: Bool
        var issuer: String?
    }

    /// Whether a regulation type may start at `index`: every other word is turned away here.
    static func mayStartType(at index: Int, in a: TextAnalysis) -> Bool {
        mayStartType(at: index, in: a, filter: typeStarterFilter, hashes: typeStarterHashes, starters: typeStarters)
    }

    /// `mayStartType(at:in:)` with `typeStarterFilter`, `typeStarterHashes` and `typeStarters` passed in.
    @inline(__always)
    static func mayStartType(at index: Int, in a: TextAnalysis, filter: WordShapeFilter, hashes: LoweredWordBloom,
                             starters: FrozenStringSet) -> Bool {
        let shape = a.lowerShape(index)
        if shape.isASCII {
            // The same test on the token's bytes: every word starting with p or k gets here.
            if filter.mayContain(shape), hashes.mayContainLower(index, in: a), a.lower(index, isIn: starters) { return true }
            guard shape.first == 0x70 || shape.first == 0x6B, shape.length >= 6 else { return false }
            // `hasLowercasedASCIIPrefix` compares each byte `| 0x20` with the prefix's, and
            // `shape.first` is the first byte lowered: a `p` word can only have the prefix
            // `permen` (third byte `r`), a `k` word only `kepmen` (third byte `p`). That third
            // byte turns most away without the calls.
            let third = a.text.bytes[a.tokens[index].span.start + 2] | 0x20
            if shape.first == 0x70 { return third == 0x72 && a.hasLowercasedASCIIPrefix(index, "permen") }
            return third == 0x70 && a.hasLowercasedASCIIPrefix(index, "kepmen")
        }
        let word = a.lower(index)
        let fused = word.utf8.first == 0x70 || word.utf8.first == 0x6B  // `permen…`, `kepmen…` start with p or k
        return (filter.mayContain(a.lowerShape(index)) && starters.contains(word))
            || (fused && (word.hasPrefix("permen") || word.hasPrefix("kepmen")))
    }

    /// Recognises a regulation type starting at `index`.
    static func matchType(at index: Int, in a: TextAnalysis) -> TypeMatch? {
        guard mayStartType(at: index, in: a) else { return nil }
        let word = a.lower(index)
        for (phrase, type) in fullFormsByFirstWord[word] ?? [] {
            if phrase.indices.allSatisfy({ a.lower(index + $0) == phrase[$0] && ($0 == 0 || a.gap(index + $0) == .space) }) {
                return TypeMatch(type: type, last: index + phrase.count - 1, isAbbreviated: false)
            }
        }
        if word == "tap", a.lower(index + 1) == "mpr" { return TypeMatch(type: .tapMPR, last: index + 1, isAbbreviated: true) }
        if word == "putusan", a.string(index + 1) == "MK" { return TypeMatch(type: .putusanMK, last: index + 1, isAbbreviated: true) }
        let written = a.string(index)
        if let type = RegulationType.abbreviations[word] {
            // Two- and three-letter keys must be capitals (`PP`, `SE`, `UU`) to avoid ordinary words.
            if written.count <= 3, written != written.uppercased() { return nil }
            if !a.isCapitalized(index) { return nil }
            return TypeMatch(type: type, last: index, isAbbreviated: true, issuer: RegulationType.impliedIssuer[word])
        }
        // `peraturan menpan rb`, `Keputusan Mendagri`: a type word and a fused minister word.
        if word == "peraturan" || word == "keputusan", a.lower(index + 1).hasPrefix("men"), a.lower(index + 1) != "menteri",
           a.gap(index + 1) == .space, let fused = fusedMinister(code: String(a.lower(index + 1).dropFirst(3)), written: a.string(index + 1),
                                                                 last: index + 1, in: a) {
            return TypeMatch(type: word == "peraturan" ? .permen : .kepmen, last: fused.last, isAbbreviated: false, issuer: fused.issuer)
        }
        for prefix in ["permen", "kepmen"] where word.hasPrefix(prefix) && word.count > prefix.count && a.isCapitalized(index) {
            let code = String(word.dropFirst(prefix.count))
            guard let fused = fusedMinister(code: code, written: String(written.dropFirst(prefix.count)), last: index, in: a) else { return nil }
            return TypeMatch(type: prefix == "permen" ? .permen : .kepmen, last: fused.last, isAbbreviated: true, issuer: fused.issuer)
        }
        return nil
    }

    /// The issuer of a fused ministry code (`dagri`, `pan-rb`, `pan` + `RB`, `pan` + `dan RB`), and the last token used.
    static func fusedMinister(code written: String, written raw: String, last token: Int, in a: TextAnalysis) -> (issuer: String, last: Int)? {
        var code = written
        if code.hasPrefix("-") { code.removeFirst() }
        guard !code.isEmpty else { return nil }
        var last = token
        if a.lower(token + 1) == "rb" { code += " rb"; last += 1 } else if a.lower(token + 1) == "dan", a.lower(token + 2) == "rb" {
            code += " dan rb"
            last += 2
        }
        return (MinistryNames.byCode[code] ?? raw, last)
    }

    static func parse(at start: Int, in a: TextAnalysis) -> (CitationClaim, Int)? {
        guard let match = matchType(at: start, in: a) else { return nil }
        var p = match.last + 1
        var regionLevel: RegionLevel?
        if match.type == .perda {
            switch a.lower(p) {
            case "provinsi", "prov.", "prov": regionLevel = .provinsi
            case "kabupaten", "kab.", "kab": regionLevel = .kabupaten
            case "kota": regionLevel = .kota
            default: break
            }
            if regionLevel != nil { p += 1 }
        }
        var issuerSpan: Span?
        if match.issuer == nil, match.type.needsIssuer || regionLevel != nil {
            let lowercaseType = a.string(start) == a.lower(start)
            var q = p
            var lastWord = -1
            while q < a.tokens.count, q - p < 10, a.gap(q) <= .space || q == p {
                let word = a.lower(q)
                if numberKeywords.contains(word) || word == "tentang" || word == "ri" || word == "republik" { break }
                if a.isCapitalized(q) || (lowercaseType && a.kind(q) == .word) {
                    lastWord = q
                } else if word == "dan" || (a.gap(q) == .none && (a.isPunct(q, "/") || a.isPunct(q, "-"))) {
                    // joins words inside an issuer
                } else {
                    break
                }
                q += 1
            }
            if lastWord >= p {
                issuerSpan = a.span(from: p, through: lastWord)
                p = lastWord + 1
            }
        }
        if a.string(p) == "RI" { p += 1 } else if a.lower(p) == "republik", a.lower(p + 1) == "indonesia" { p += 2 }
        var abbreviationWritten: String?
        var abbreviationType: RegulationType?
        if a.isPunct(p, "("), a.isPunct(p + 2, ")"), let inner = matchType(at: p + 1, in: a), inner.last == p + 1 {
            abbreviationWritten = a.string(p + 1)
            abbreviationType = inner.type
            p += 3
        }
        if a.string(p) == "RI" { p += 1 }
        var numberKeyword: String?
        if numberKeywords.contains(a.lower(p)), a.gap(p) <= .space {
            numberKeyword = a.string(p)
            p += 1
            if a.isPunct(p, ":") { p += 1 }
        } else if a.kind(p) != .number || a.gap(p) != .space {
            return nil
        }
        guard p < a.tokens.count, a.gap(p) <= .space || numberKeyword != nil else { return nil }
        guard var number = RegulationNumber.read(at: a.tokens[p].span.start, in: a) else { return nil }
        var q = a.tokenIndex(atOrAfter: number.span.end)
        var yearKeyword: String?
        var year: Int?
        var yearSpan: Span?
        var letterO = false
        if yearKeywords.contains(a.lower(q)), let parsed = RegulationNumber.readYear(afterToken: q, in: a) {
            yearKeyword = a.string(q)
            (year, yearSpan, letterO) = (parsed.year, parsed.span, parsed.hadLetterO)
            q = a.tokenIndex(atOrAfter: parsed.span.end)
        } else if let (suffixYear, suffixSpan) = number.trailingYear {
            (year, yearSpan) = (suffixYear, suffixSpan)
            if number.isSimpleBeforeYear || match.type == .putusanMK { number.dropTrailingYear() }
        } else if match.isAbbreviated, a.kind(q) == .number, a.gap(q) == .space, let value = DateExtractor.yearValue(q, in: a) {
            year = value
            yearSpan = a.tokens[q].span
            q += 1
        }
        if numberKeyword == nil, year == nil { return nil }
        let title = a.lower(q) == "tentang" ? TitleReader.read(afterToken: q, in: a) : nil
        let locator = locatorStart(before: start, in: a)
        let typeSpan = a.span(from: start, through: match.last)
        let endCandidates = [number.span.end, yearSpan?.end ?? 0, title?.end ?? 0]
        let spanStart = locator.map { a.tokens[$0].span.start } ?? typeSpan.start
        let locatorSpan = locator.map { a.span(from: $0, through: start - 1) }
        let issuerWritten = issuerSpan.map { a.text.text($0) } ?? match.issuer
        let claim = CitationClaim(
            span: Span(start: spanStart, end: endCandidates.max() ?? number.span.end), sentence: a.sentenceSpan(ofToken: start),
            type: match.type, typeWritten: a.text.text(typeSpan), typeSpan: typeSpan, isAbbreviatedType: match.isAbbreviated,
            abbreviationWritten: abbreviationWritten, abbreviationType: abbreviationType, issuerWritten: issuerWritten,
            issuer: issuerWritten.map(MinistryNames.normalise), issuerSpan: issuerSpan, regionLevel: regionLevel,
            numberKeyword: numberKeyword, numberWritten: number.written, number: number.normalised, numberSpan: number.span,
            yearKeyword: yearKeyword, year: year, yearSpan: yearSpan, yearHasLetterO: letterO,
            title: title.map { a.text.text($0) }, titleSpan: title, locator: locatorSpan.map { a.text.text($0) },
            locatorSpan: locatorSpan)
        return (claim, a.tokenIndex(atOrAfter: yearSpan?.end ?? number.span.end))
    }

    /// The token index of `Pasal` when an article locator (`Pasal 7 ayat (2) huruf a`) ends right before `start`.
    static func locatorStart(before start: Int, in a: TextAnalysis) -> Int? {
        var index = start - 1
        while index >= 0, start - index <= 10 {
            let word = a.lower(index)
            if word == "pasal" { return index < start - 1 ? index : nil }
            let allowed = a.kind(index) == .number || articleTailWords.contains(word)
                || (a.kind(index) == .word && (word.count == 1 || word.first?.isNumber == true || word.allSatisfy { "ivxl".contains($0) }))
            guard allowed else { return nil }
            index -= 1
        }
        return nil
    }
}
