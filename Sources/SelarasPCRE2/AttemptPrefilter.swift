/// Where a successful match attempt of one known pattern can start, found by a byte scan.
///
/// PCRE2 tries a pattern at every position its start-byte set allows. For the built-in
/// `angka.bilangan-tingkat` that is nearly every letter (24 case-insensitive keywords), for
/// `angka.angka-awal-kalimat` every digit, dot, NBSP and curly quote: together about two thirds
/// of all regex time, for a few hundred matches in 8.7 MB. A prefilter knows, for one exact
/// pattern, a cheap necessary condition of a match and reports windows `lower...upper` such that
/// every attempt start at which the pattern can match lies in some window. `PCRE2Matcher` then
/// runs PCRE2 only there (start offset `lower`, offset limit `upper`), on the whole subject, so
/// lookbehinds, `\b` and lookaheads see exactly the bytes they see in a plain scan.
///
/// A prefilter is tied to the exact pattern text (and case option) it was proved for: an edited
/// pattern simply gets none and is matched plainly. Its conditions must be conservative; where a
/// byte could be a `\d` it is taken to be one.
struct AttemptPrefilter: Sendable {
    /// Appends windows (flattened `lower, upper` pairs, ascending, `upper` strictly increasing)
    /// for the subject `bytes`.
    let windows: @Sendable (UnsafeBufferPointer<UInt8>, inout [Int]) -> Void

    /// The prefilter proved for `pattern`, if any.
    static func forPattern(_ pattern: String, caseInsensitive: Bool) -> AttemptPrefilter? {
        guard !caseInsensitive else { return nil }
        switch pattern {
        case ordinalPattern: return AttemptPrefilter(windows: ordinalWindows)
        case sentenceStartPattern: return AttemptPrefilter(windows: sentenceStartWindows)
        default: return nil
        }
    }

    /// `angka.bilangan-tingkat` (Rules/angka/bilangan-tingkat.json5), byte for byte.
    static let ordinalPattern = #"(?<![\p{L}\p{N}_])(?|(?i:(?:hari|tahun|HUT|peringkat|juara|urutan|angkatan|periode|tahap|minggu|pekan|bulan|kali|pertemuan|sesi|abad|edisi|yang|gelombang|putaran|semester|jilid|seri|ulang tahun))[ \t\x{00A0}]+\K([Kk])e[ \t\x{00A0}]+(\d+)\b|([Kk])e(\d+)\b)"#

    /// `angka.angka-awal-kalimat` (Rules/angka/angka-awal-kalimat.json5), byte for byte.
    static let sentenceStartPattern = #"(?=[.!?0-9\x{80}-\x{10FFFF}])(?:\A|(?<=\n\n|\n\r\n)|(?<!\bNo)(?<!\bno)(?<!\bNO)(?<!\bhlm)(?<!\bNmr)(?<!\bRp)[.!?]["”’)]?[ \t\x{00A0}]+)\K(?!(?:19|20)\d\d\b)(\d+(?:[.,]\d+)*)(?=[ \t\x{00A0}]+\p{Ll})"#

    /// Whether `byte` can begin a `\d` character under UCP: an ASCII digit or the lead byte of a
    /// multi-byte character other than U+0080–U+00BF (lead C2) and U+2000–U+2FFF (lead E2), blocks
    /// with no decimal digit (`PCRE2MatcherPrefilterTests` checks this against the linked PCRE2).
    /// Keeping C2 and E2 out matters: NBSP, curly quotes and dashes are common in releases.
    @inline(__always)
    static func mayStartDigit(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || (byte >= 0xC3 && byte != 0xE2)
    }

    /// `bilangan-tingkat`: both branches consume `[Kk]e`, then `[ \t\x{00A0}]*`, then a `\d` at
    /// some `q`; nothing before `q` in the match can be a line feed (keywords, blanks, `ke`). So
    /// every successful attempt starts in `lineStart(q)...q` for such a `q`.
    @Sendable static func ordinalWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                lineStart = index + 1
            } else if mayStartDigit(byte) {
                // Step back over blanks (space, tab, NBSP = C2 A0) to the `ke`.
                var back = index
                while back > 0 {
                    let previous = bytes[back - 1]
                    if previous == 0x20 || previous == 0x09 {
                        back -= 1
                    } else if previous == 0xA0, back >= 2, bytes[back - 2] == 0xC2 {
                        back -= 2
                    } else {
                        break
                    }
                }
                if back >= 2, bytes[back - 1] == 0x65, bytes[back - 2] | 0x20 == 0x6B {
                    out.append(lineStart)
                    out.append(index)
                }
            }
            index += 1
        }
    }

    /// `angka-awal-kalimat`: a successful attempt starts at `p` where either `p` is 0 or follows a
    /// line feed (branches `\A` and `(?<=\n\n|\n\r\n)`) and a `\d` is at `p`; or `[.!?]` is at
    /// `p`, then at most one of `"”’)`, then one or more of space, tab, NBSP, then a `\d` (the
    /// blank run is greedy and a blank is no digit, so the digit follows the whole run).
    /// Each such `p` is its own window.
    @Sendable static func sentenceStartWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                var next = index + 1
                if next < count {
                    let after = bytes[next]
                    if after == 0x22 || after == 0x29 {
                        next += 1
                    } else if after == 0xE2, next + 2 < count, bytes[next + 1] == 0x80,
                              bytes[next + 2] == 0x9D || bytes[next + 2] == 0x99 {
                        next += 3 // ” U+201D or ’ U+2019
                    }
                }
                let blanksStart = next
                while next < count {
                    let blank = bytes[next]
                    if blank == 0x20 || blank == 0x09 {
                        next += 1
                    } else if blank == 0xC2, next + 1 < count, bytes[next + 1] == 0xA0 {
                        next += 2
                    } else {
                        break
                    }
                }
                if next > blanksStart, next < count, mayStartDigit(bytes[next]) {
                    out.append(index)
                    out.append(index)
                }
            } else if mayStartDigit(byte), index == 0 || bytes[index - 1] == 0x0A {
                out.append(index)
                out.append(index)
            }
            index += 1
        }
    }
}
