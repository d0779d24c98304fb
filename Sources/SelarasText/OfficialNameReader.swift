import SelarasCore

extension OfficialExtractor {
    static func isNameWord(_ index: Int, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> Bool {
        guard a.kind(index) == .word || (a.kind(index) == .abbreviation && a.string(index).count == 2), a.isCapitalized(index) else {
            return false
        }
        let word = a.lower(index)
        if Abbreviations.frontTitles.contains(a.string(index)) || PositionTable.notNames.contains(word) { return false }
        if isUnitWord(index, in: a, lexicon) { return false }
        if matchHead(at: index, in: a) != nil || Abbreviations.ranks.contains(a.string(index)) { return false }
        return CalendarWords.month(word) == nil
    }

    /// Rank, front titles, name and back titles after a position. Returns the next token index.
    static func readNameForward(from start: Int, into claim: inout OfficialClaim, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> Int? {
        var p = start
        guard a.gap(p) == .space else { return nil }
        var rankFirst: Int?
        if Abbreviations.ranks.contains(a.string(p)) {
            let first = p
            rankFirst = first
            p += 1
            while Abbreviations.rankSuffixes.contains(a.string(p)), a.gap(p) <= .space, p - first < 3 { p += 1 }
        }
        let titlesFirst = p
        var front: [String] = []
        while Abbreviations.frontTitles.contains(a.string(p)), a.gap(p) == .space, a.string(p) != "H" || a.kind(p + 1) == .word {
            front.append(a.string(p))
            p += 1
        }
        let nameFirst = p
        while isNameWord(p, in: a, lexicon), a.gap(p) == .space || (p == nameFirst && a.gap(p) <= .space), p - nameFirst < 5 { p += 1 }
        // Trailing capital initials belong to the name (`Supian HK`).
        if p > nameFirst, a.gap(p) == .space, a.kind(p) == .word, (2...3).contains(a.string(p).count),
           a.string(p) == a.string(p).uppercased(), a.string(p).allSatisfy(\.isLetter) {
            p += 1
        }
        var nameLast = p - 1
        guard nameLast >= nameFirst else { return nil }
        var nameText = a.text.text(a.span(from: nameFirst, through: nameLast))
        let wordCount = nameLast - nameFirst + 1
        var match = lexicon.matchPerson(nameText)
        if match == nil, wordCount > 1 {
            // The lexicon may know a shorter name followed by other capitalised words.
            for last in stride(from: nameLast - 1, through: nameFirst, by: -1) {
                let shorter = a.text.text(a.span(from: nameFirst, through: last))
                if let found = lexicon.matchPerson(shorter) { match = found; nameLast = last; nameText = shorter; break }
            }
        }
        let endsCleanly = !a.isCapitalized(nameLast + 1) || a.gap(nameLast + 1) > .space
        guard wordCount >= 2 || !front.isEmpty || rankFirst != nil || match != nil || (endsCleanly && claim.unit != nil) else { return nil }
        var last = nameLast
        var back: [String] = []
        while a.isPunct(last + 1, ","), Abbreviations.isBackTitle(a.string(last + 2)) {
            back.append(a.string(last + 2))
            last += 2
        }
        if let rankFirst {
            claim.rank = a.text.text(a.span(from: rankFirst, through: titlesFirst - 1))
            claim.rankSpan = a.span(from: rankFirst, through: titlesFirst - 1)
        }
        fill(&claim, front: front, back: back, name: nameText, nameSpan: a.span(from: nameFirst, through: nameLast),
             withTitles: a.span(from: titlesFirst, through: last), match: match, in: a)
        claim.span = Span(start: claim.span.start, end: a.tokens[last].span.end)
        return last + 1
    }

    /// `Name, back titles, Position`: reads backwards from the comma before the position.
    static func readNameBackward(before positionStart: Int, into claim: inout OfficialClaim, in a: TextAnalysis, _ lexicon: CompiledNameLexicon) -> Bool {
        var p = positionStart - 1
        guard a.isPunct(p, ",") else { return false }
        p -= 1
        var back: [String] = []
        while Abbreviations.isBackTitle(a.string(p)), a.isPunct(p - 1, ",") {
            back.insert(a.string(p), at: 0)
            p -= 2
        }
        let nameLast = p
        while p >= 0, isNameWord(p, in: a, lexicon), nameLast - p < 4, a.gap(p + 1) <= .space || p == nameLast { p -= 1 }
        let nameFirst = p + 1
        guard nameFirst <= nameLast else { return false }
        var front: [String] = []
        while p >= 0, Abbreviations.frontTitles.contains(a.string(p)) {
            front.insert(a.string(p), at: 0)
            p -= 1
        }
        // What precedes must be a boundary: sentence start, punctuation or a lowercase word.
        let titlesFirst = p + 1
        if p >= 0, a.sentenceIndex(ofToken: p) == a.sentenceIndex(ofToken: titlesFirst), a.isCapitalized(p),
           !PositionTable.notNames.contains(a.lower(p)) {
            return false
        }
        let nameText = a.text.text(a.span(from: nameFirst, through: nameLast))
        let match = lexicon.matchPerson(nameText)
        guard nameLast - nameFirst >= 1 || !front.isEmpty || match != nil else { return false }
        fill(&claim, front: front, back: back, name: nameText, nameSpan: a.span(from: nameFirst, through: nameLast),
             withTitles: a.span(from: titlesFirst, through: positionStart - 2), match: match, in: a)
        claim.order = .nameFirst
        claim.span = Span(start: a.tokens[titlesFirst].span.start, end: claim.span.end)
        return true
    }

    static func fill(_ claim: inout OfficialClaim, front: [String], back: [String], name: String, nameSpan: Span, withTitles: Span,
                     match: (id: String, name: String, distance: Int)?, in a: TextAnalysis) {
        claim.frontTitles = front
        claim.backTitles = back
        claim.name = name
        claim.nameSpan = nameSpan
        claim.nameWithTitles = a.text.text(withTitles)
        claim.matchedPersonID = match?.id
        claim.matchedName = match?.name
        claim.distance = match?.distance
    }
}
