import Foundation
import SelarasCore
import SelarasRegistry
import SelarasText

/// Dates of named events as cross-draft statements.
///
/// An event is named when a capitalised phrase starts with an event word (`Apel Siaga Bencana
/// Banjir`, `Rapat Koordinasi Percepatan Penurunan Stunting`); its date is the only date in the
/// same sentence. Sentences with two dates are left out (which date is the event's?), and so are
/// lowercase mentions (`rapat koordinasi`), which may mean any meeting. The same name in
/// different years is a different occurrence.
enum CrossDraftDates {
    /// First words of event names, lowercased.
    static let eventWords: Set<String> = [
        "apel", "rapat", "rakor", "rakorda", "rakornas", "upacara", "peresmian", "pelantikan", "peluncuran",
        "festival", "pekan", "gerakan", "musrenbang", "musyawarah", "operasi", "lomba", "seminar", "lokakarya",
        "sosialisasi", "pelatihan", "kunjungan", "pameran", "jambore", "bazar", "gelar", "simulasi", "rembuk",
        "forum", "konferensi", "kongres", "peringatan", "hari", "kirab", "karnaval", "penganugerahan",
    ]
    static func statements(_ draft: CheckedDraft, index: Int) -> [CrossDraftStatement] {
        let text = draft.document.text
        var bySentence: [Span: [DateClaim]] = [:]
        for claim in draft.claims.dates { bySentence[claim.sentence, default: []].append(claim) }
        var out: [CrossDraftStatement] = []
        for claim in draft.claims.dates {
            guard bySentence[claim.sentence]?.count == 1,
                  let date = claim.resolveYear(referenceDate: draft.referenceDate, policy: .nearest),
                  let name = eventName(in: text.text(claim.sentence)) else { continue }
            out.append(CrossDraftStatement(
                draft: index, sentence: claim.sentence, span: claim.span, fact: "date:\(NameKey.normalize(name))|\(date.year)",
                factLabel: name, shown: text.text(claim.span), value: date.description))
        }
        return out
    }

    /// The first named event in `sentence`: an event word, capitalised, followed by at least one
    /// more capitalised word (`dan` between them), up to eight words. A name ends before a
    /// lowercase word, a weekday or month, and after a word followed by punctuation.
    static func eventName(in sentence: String) -> String? {
        guard !lacksEventWord(sentence), mayNameEvent(sentence) else { return nil }
        let scalars = CrossDraftScalars(sentence)
        if let scalars, !hasEventWord(scalars) { return nil }
        let (raw, words) = scalars.map(splitWords) ?? splitWords(sentence)
        var index = 0
        while index < words.count {
            let word = words[index]
            guard startsUppercase(word), eventWords.contains(word.lowercased()),
                  !endsWithPunctuation(raw[index]) else { index += 1; continue }
            var name = [word]
            var pending: [String] = []
            var next = index + 1
            while next < words.count, name.count < 8 {
                let candidate = words[next]
                guard let initial = candidate.first, !stopWords.contains(candidate.lowercased()) else { break }
                if initial.isUppercase || initial.isNumber || candidate.lowercased().hasPrefix("se-") {
                    name += pending + [candidate]
                    pending = []
                } else if candidate == "dan" {
                    pending.append(candidate)
                } else {
                    break
                }
                if endsWithPunctuation(raw[next]) { break }
                next += 1
            }
            if name.count >= 2 { return name.joined(separator: " ") }
            index += 1
        }
        return nil
    }

    static let trimmed = CharacterSet(charactersIn: ",.;:()“”\"'")

    /// The sentence's whitespace-separated words, and each without the `trimmed` characters at
    /// its ends. A sentence whose every scalar is a `Character` of its own (ASCII among them) is
    /// cut scalar by scalar with the classes from `CrossDraftScalars` (the same cut: there
    /// `Character.isWhitespace` is its scalar's property, `trimmingCharacters` trims scalars, and
    /// CR LF, the one two-scalar `Character` left, is whitespace like each of its scalars).
    static func splitWords(_ sentence: String) -> (raw: [String], trimmed: [String]) {
        guard let scalars = CrossDraftScalars(sentence) else {
            let raw = sentence.split { $0.isWhitespace }.map(String.init)
            return (raw, raw.map { $0.trimmingCharacters(in: trimmed) })
        }
        return splitWords(scalars)
    }

    private static func splitWords(_ scalars: CrossDraftScalars) -> (raw: [String], trimmed: [String]) {
        var raw: [String] = []
        var words: [String] = []
        let classes = scalars.classes
        var index = 0
        while index < classes.count {
            guard classes[index] & CrossDraftScalars.whitespace == 0 else { index += 1; continue }
            let start = index
            while index < classes.count, classes[index] & CrossDraftScalars.whitespace == 0 { index += 1 }
            raw.append(scalars.string(from: start, to: index))
            var low = start
            var high = index
            while low < high, classes[low] & CrossDraftScalars.trimmed != 0 { low += 1 }
            while high > low, classes[high - 1] & CrossDraftScalars.trimmed != 0 { high -= 1 }
            words.append(scalars.string(from: low, to: high))
        }
        return (raw, words)
    }

    /// Whether some word of `splitWords(scalars)` is a capitalised event word, read from the
    /// bytes. Every event word is ASCII letters, and no scalar `CrossDraftScalars` accepts
    /// lower-cases to ASCII unless it is ASCII: so a word whose `lowercased()` is an event word
    /// is ASCII letters itself, starting with `A`–`Z` when it starts uppercase. When no trimmed
    /// word is such, `eventName` finds no name and the words need not be made.
    static func hasEventWord(_ scalars: CrossDraftScalars) -> Bool {
        let classes = scalars.classes
        var index = 0
        var lowered: [UInt8] = []
        while index < classes.count {
            guard classes[index] & CrossDraftScalars.whitespace == 0 else { index += 1; continue }
            var low = index
            while index < classes.count, classes[index] & CrossDraftScalars.whitespace == 0 { index += 1 }
            var high = index
            while low < high, classes[low] & CrossDraftScalars.trimmed != 0 { low += 1 }
            while high > low, classes[high - 1] & CrossDraftScalars.trimmed != 0 { high -= 1 }
            guard high - low >= 3, scalars.isASCII(from: low, to: high) else { continue }
            let bytes = scalars.bytes[scalars.offsets[low]..<scalars.offsets[high]]
            guard let first = bytes.first, first >= 0x41 && first <= 0x5A else { continue }
            lowered.removeAll(keepingCapacity: true)
            for byte in bytes { lowered.append(byte | 0x20) }
            guard bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { continue }
            if eventWords.contains(String(decoding: lowered, as: UTF8.self)) { return true }
        }
        return false
    }

    /// False when the sentence certainly has no capitalised event word. Such a word, once trimmed
    /// of punctuation, lies in a run of letters and non-ASCII bytes; a run of ASCII letters only
    /// is the whole word, so it must start with a capital and be an event word. A run holding a
    /// non-ASCII byte (a curly quote, an accented or look-alike letter) may hold one.
    static func mayNameEvent(_ sentence: String) -> Bool {
        var run: [UInt8] = []
        var inRun = false
        var nonASCII = false
        for byte in sentence.utf8 {
            let lower = byte | 0x20
            let isLetter = byte < 0x80 && lower >= 0x61 && lower <= 0x7A
            if isLetter || byte >= 0x80 {
                if !inRun {
                    inRun = true
                    nonASCII = false
                    run.removeAll(keepingCapacity: true)
                    if isLetter && byte > 0x5A { run.append(0) }  // starts lowercase: can never match
                }
                if isLetter { run.append(lower) } else { nonASCII = true }
            } else if inRun {
                inRun = false
                if nonASCII || isEventWord(run) { return true }
            }
        }
        return inRun && (nonASCII || isEventWord(run))
    }

    /// True when `CrossDraftScalars(sentence)` would be made and `hasEventWord` would find no
    /// word in it, so `eventName` finds no name; read in one pass over the bytes, making neither.
    ///
    /// A word `hasEventWord` accepts is ASCII letters standing between scalars that are
    /// whitespace or trimmed punctuation (no ASCII letter among their bytes) or the sentence's
    /// ends: so it is a whole maximal run of ASCII-letter bytes, starting `A`–`Z`, that lowered
    /// is an event word. When no run is such and every scalar has a slot in `CrossDraftScalars`
    /// (decoded as its initialiser decodes them), the answer is certain; otherwise this says
    /// false and `eventName` goes on as before.
    static func lacksEventWord(_ sentence: String) -> Bool {
        let words = eventWordBytes  // read once: each access to a static checks its initialisation
        return sentence.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            var index = 0
            var runStart = -1
            while index <= utf8.count {
                let byte: UInt8 = index < utf8.count ? utf8[index] : 0x20  // a space past the end closes the last run
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    if runStart < 0 { runStart = index }
                    index += 1
                    continue
                }
                if runStart >= 0 {
                    if isEventWord(UnsafeBufferPointer(rebasing: utf8[runStart..<index]), words: words) { return false }
                    runStart = -1
                }
                guard index < utf8.count else { break }
                if byte < 0x80 {
                    index += 1
                    continue
                }
                // A `String` holds valid UTF-8: the lead byte tells the length.
                let value: UInt32
                if byte < 0xE0 {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    index += 2
                } else if byte < 0xF0 {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                } else {
                    return false
                }
                guard CrossDraftScalars.slot(value) != nil else { return false }
            }
            return true
        } ?? false
    }

    /// Whether the ASCII letters `run` start with `A`–`Z` and, lowered, are an event word;
    /// `words` is `eventWordBytes`.
    ///
    /// Compared byte by byte rather than made a `String` and looked up: the lowered run is ASCII,
    /// and an ASCII string equals another exactly when their bytes are the same, so it is in
    /// `eventWords` exactly when some word there has its bytes. A capitalised run of the right
    /// length is common in a sentence (names, places), an event word is not.
    static func isEventWord(_ run: UnsafeBufferPointer<UInt8>, words: EventWordBytes) -> Bool {
        guard run.count >= 3, run.count <= words.longest, let first = run.first, first >= 0x41 && first <= 0x5A else { return false }
        candidates: for word in words.byFirstLetter[Int(first - 0x41)] where word.count == run.count {
            for offset in 1..<run.count where run[offset] | 0x20 != word[offset] { continue candidates }
            return true
        }
        return false
    }

    /// The bytes of `eventWords`, by first letter (`a` is 0), and the byte count of the longest.
    struct EventWordBytes: Sendable {
        var byFirstLetter = [[[UInt8]]](repeating: [], count: 26)
        var longest = 0
    }

    /// `eventWords` as bytes. Every event word is lowercase ASCII letters (checked here: a word
    /// starting otherwise would be left out; `eventWordBytesAgreeWithTheSet` tests there is none).
    static let eventWordBytes: EventWordBytes = {
        var table = EventWordBytes()
        for word in eventWords {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, first >= 0x61 && first <= 0x7A else { continue }
            table.byFirstLetter[Int(first - 0x61)].append(bytes)
            table.longest = max(table.longest, bytes.count)
        }
        return table
    }()

    private static func isEventWord(_ run: [UInt8]) -> Bool {
        guard let first = run.first, first != 0 else { return false }
        return eventWords.contains(String(decoding: run, as: UTF8.self))
    }

    /// Whether the word's first `Character` is uppercase. A word starting with two ASCII bytes
    /// (or one ASCII byte alone) starts with that byte as a `Character` of its own (only CR LF
    /// joins two ASCII scalars, and words hold no whitespace), and an ASCII `Character` is
    /// uppercase exactly when it is `A`–`Z`; any other word asks `Character`.
    static func startsUppercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true, first != 0x0D { return first >= 0x41 && first <= 0x5A }
        return word.first?.isUppercase ?? false
    }

    /// Words that end a name: weekdays and months start the date, not the name.
    static let stopWords: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember", "pada", "di", "yang",
    ]

    private static func endsWithPunctuation(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ",.;:)”\"".contains(last)
    }
}
