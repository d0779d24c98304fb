#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        case thousandsCommaPattern: return AttemptPrefilter(windows: thousandsCommaWindows)
        case percentWordPattern: return AttemptPrefilter(windows: percentWordWindows)
        case percentSignPattern: return AttemptPrefilter(windows: percentSignWindows)
        case percentSpacePattern: return AttemptPrefilter(windows: percentSpaceWindows)
        case yearDotPattern: return AttemptPrefilter(windows: yearDotWindows)
        case rupiahPattern: return AttemptPrefilter(windows: rupiahWindows)
        default: return nil
        }
    }

    /// `angka.bilangan-tingkat` (Rules/angka/bilangan-tingkat.json5), byte for byte.
    static let ordinalPattern = #"(?<![\p{L}\p{N}_])(?|(?i:(?:hari|tahun|HUT|peringkat|juara|urutan|angkatan|periode|tahap|minggu|pekan|bulan|kali|pertemuan|sesi|abad|edisi|yang|gelombang|putaran|semester|jilid|seri|ulang tahun))[ \t\x{00A0}]+\K([Kk])e[ \t\x{00A0}]+(\d+)\b|([Kk])e(\d+)\b)"#

    /// `angka.angka-awal-kalimat` (Rules/angka/angka-awal-kalimat.json5), byte for byte.
    static let sentenceStartPattern = #"(?=[.!?0-9\x{80}-\x{10FFFF}])(?:\A|(?<=\n\n|\n\r\n)|(?<!\bNo)(?<!\bno)(?<!\bNO)(?<!\bhlm)(?<!\bNmr)(?<!\bRp)[.!?]["”’)]?[ \t\x{00A0}]+)\K(?!(?:19|20)\d\d\b)(\d+(?:[.,]\d+)*)(?=[ \t\x{00A0}]+\p{Ll})"#

    /// `angka.koma-ribuan` (Rules/angka/koma-ribuan.json5), byte for byte.
    static let thousandsCommaPattern = #"(?=[0-9\x{80}-\x{10FFFF}])\b(\d{1,3}),(\d{3})(?![\d,.]\d)(?=[ \t\x{00A0}]+(?:orang|peserta|warga|jiwa|unit|rumah|kepala keluarga|KK|siswa|pelajar|mahasiswa|pegawai|ASN|PNS|pasien|desa|sekolah|paket|buah|lembar|ekor|personel|relawan|pengunjung|penerima|keluarga|lokasi|titik|kasus|kendaraan|batang|bibit|penduduk|tenaga|guru|petani|nelayan|UMKM)\b)"#

    /// `angka.persen-konsisten`, group "persen" (Rules/angka/persen-konsisten.json5), byte for byte.
    static let percentWordPattern = #"(?=[0-9\x{80}-\x{10FFFF}])\b(\d+(?:[.,]\d+)*)[ \x{00A0}]persen\b"#

    /// `angka.persen-konsisten`, group "%" (Rules/angka/persen-konsisten.json5), byte for byte.
    static let percentSignPattern = #"(?=[0-9\x{80}-\x{10FFFF}])\b(\d+(?:[.,]\d+)*)[ \x{00A0}]?%"#

    /// `angka.persen-spasi` (Rules/angka/persen-spasi.json5), byte for byte.
    static let percentSpacePattern = #"(?=[0-9\x{80}-\x{10FFFF}])(\d+(?:,\d+)?)[ \t\x{00A0}]+%"#

    /// `angka.tahun-tanpa-titik` (Rules/angka/tahun-tanpa-titik.json5), byte for byte.
    static let yearDotPattern = #"(?i:\b(?:tahun|th\.?|thn\.?))[ \t\x{00A0}]+\K(?|(1)\.(9\d\d)|(2)\.(0\d\d))\b(?![.,]\d)"#

    /// `angka.rupiah` (Rules/angka/rupiah.json5), byte for byte.
    static let rupiahPattern = #"\bRp(?|(?:\.[ \t\x{00A0}]*|[ \t\x{00A0}]+)((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?:,-)?|((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?),-)"#

    /// Whether `byte` can begin a `\d` character under UCP: an ASCII digit or the lead byte of a
    /// multi-byte character other than U+0080–U+00BF (lead C2) and U+2000–U+2FFF (lead E2), blocks
    /// with no decimal digit (`PCRE2MatcherPrefilterTests` checks this against the linked PCRE2).
    /// Keeping C2 and E2 out matters: NBSP, curly quotes and dashes are common in releases.
    @inline(__always)
    static func mayStartDigit(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || (byte >= 0xC3 && byte != 0xE2)
    }

    /// Whether `byte` can be part of a run of `\d`, `.` and `,` characters: an ASCII digit, `.`,
    /// `,`, or any byte of a multi-byte character.
    @inline(__always)
    static func inNumber(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || byte == 0x2E || byte == 0x2C || byte >= 0x80
    }

    /// Calls `body` with the offset of each `target` byte, found with `memchr`.
    @inline(__always)
    static func forEach(_ target: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, Int32(target), bytes.count - offset) {
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            body(found)
            offset = found + 1
        }
    }

    /// The offset after the last line feed before `offset` (0 when none).
    static func lineStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// `koma-ribuan`: a match is `\d{1,3}` from the attempt start, then `,` at some `q`, then a
    /// `\d`; a `\d` is at most four bytes, so the attempt starts in `q-12...q-1`, and the byte
    /// before `q` ends a digit (ASCII digit or a continuation byte).
    @Sendable static func thousandsCommaWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEach(0x2C, in: bytes) { comma in
            guard comma > 0, comma + 1 < bytes.count, mayStartDigit(bytes[comma + 1]) else { return }
            let before = bytes[comma - 1]
            guard (before &- 0x30) < 10 || before >= 0x80 else { return }
            out.append(max(0, comma - 12))
            out.append(comma - 1)
        }
    }

    /// `persen-konsisten` ("persen"): a match is a run of `\d`, `.`, `,` from the attempt start,
    /// one space or NBSP, then `persen` at some `r`. So the attempt starts inside the maximal run
    /// of such bytes that ends just before the blank.
    @Sendable static func percentWordWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        // "persen" as one little-endian word of its six bytes.
        let word: UInt64 = 0x6E65_7372_6570
        forEach(0x70, in: bytes) { at in
            guard at >= 2, at + 6 <= bytes.count else { return }
            var found: UInt64 = 0
            for offset in (0..<6).reversed() { found = found << 8 | UInt64(bytes[at + offset]) }
            guard found == word else { return }
            var end = at - 1
            if bytes[end] == 0x20 {
            } else if bytes[end] == 0xA0, end >= 1, bytes[end - 1] == 0xC2 {
                end -= 1
            } else {
                return
            }
            var start = end
            while start > 0, inNumber(bytes[start - 1]) { start -= 1 }
            if start < end {
                out.append(start)
                out.append(end - 1)
            }
        }
    }

    /// `persen-konsisten` ("%"): a match is a run of `\d`, `.`, `,` from the attempt start, at
    /// most one space or NBSP, then `%` at some `r`. A blank before `%` must be taken (a blank is
    /// no digit), so the attempt starts inside the maximal run of such bytes before it.
    @Sendable static func percentSignWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEach(0x25, in: bytes) { percent in
            var end = percent
            if end >= 1, bytes[end - 1] == 0x20 {
                end -= 1
            } else if end >= 2, bytes[end - 1] == 0xA0, bytes[end - 2] == 0xC2 {
                end -= 2
            }
            var start = end
            while start > 0, inNumber(bytes[start - 1]) { start -= 1 }
            if start < end {
                out.append(start)
                out.append(end - 1)
            }
        }
    }

    /// Calls `body` with each offset, ascending, whose byte `mayStartDigit` accepts. Eight bytes
    /// at a time: the high bit of each byte of `candidates` marks an ASCII digit or a non-ASCII
    /// byte (then checked alone), and only marked bytes are visited.
    @inline(__always)
    static func forEachDigitStart(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // On the low seven bits of each byte no addition carries into the next byte:
            // `+ 0x50` sets the high bit from 0x30 on, `+ 0x46` from 0x3A on.
            let low = word & 0x7F7F_7F7F_7F7F_7F7F
            let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646) & ~word
            var candidates = (digits | word) & 0x8080_8080_8080_8080
            while candidates != 0 {
                let offset = index + candidates.trailingZeroBitCount >> 3
                if mayStartDigit(bytes[offset]) { body(offset) }
                candidates &= candidates &- 1
            }
            index += 8
        }
        while index < count {
            if mayStartDigit(bytes[index]) { body(index) }
            index += 1
        }
    }

    /// The start of the run of blanks (space, tab, NBSP = C2 A0) that ends at `end`.
    static func blanksStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var back = end
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
        return back
    }

    /// `persen-spasi`: a match is a run of `\d` and `,` from the attempt start, then one or more
    /// blanks, then `%`. The blanks before `%` are the whole run of them (the byte before is a
    /// digit's), so the attempt starts inside the maximal run of number bytes before that.
    @Sendable static func percentSpaceWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEach(0x25, in: bytes) { percent in
            let end = blanksStart(before: percent, in: bytes)
            guard end < percent else { return }
            var start = end
            while start > 0, inNumber(bytes[start - 1]) { start -= 1 }
            if start < end {
                out.append(start)
                out.append(end - 1)
            }
        }
    }

    /// `tahun-tanpa-titik`: a match is a keyword of at most five letters (`tahun`, `th.`, `thn.`
    /// in any case; a letter is at most four bytes), blanks, then `1.9` or `2.0` at some `q`. The
    /// blanks are the whole run before `q` (the keyword ends in a letter or `.`), so the attempt
    /// starts in the 20 bytes before that run.
    @Sendable static func yearDotWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEach(0x2E, in: bytes) { dot in
            guard dot >= 1, dot + 1 < bytes.count else { return }
            let digit = bytes[dot - 1]
            let next = bytes[dot + 1]
            guard (digit == 0x31 && next == 0x39) || (digit == 0x32 && next == 0x30) else { return }
            let blanks = blanksStart(before: dot - 1, in: bytes)
            guard blanks < dot - 1, blanks > 0 else { return }
            out.append(max(0, blanks - 20))
            out.append(blanks - 1)
        }
    }

    /// `rupiah`: every match starts with the literal `Rp`, so each `Rp` is its own window.
    @Sendable static func rupiahWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEach(0x52, in: bytes) { at in
            if at + 1 < bytes.count, bytes[at + 1] == 0x70 {
                out.append(at)
                out.append(at)
            }
        }
    }

    /// `bilangan-tingkat`: both branches consume `[Kk]e`, then `[ \t\x{00A0}]*`, then a `\d` at
    /// some `q`; nothing before `q` in the match can be a line feed (keywords, blanks, `ke`). So
    /// every successful attempt starts in `lineStart(q)...q` for such a `q`.
    @Sendable static func ordinalWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEachDigitStart(in: bytes) { index in
            let back = blanksStart(before: index, in: bytes)  // back over blanks to the `ke`
            if back >= 2, bytes[back - 1] == 0x65, bytes[back - 2] | 0x20 == 0x6B {
                out.append(lineStart(before: back - 2, in: bytes))
                out.append(index)
            }
        }
    }

    /// `angka-awal-kalimat`: a successful attempt starts at `p` where either `p` is 0 or follows a
    /// line feed (branches `\A` and `(?<=\n\n|\n\r\n)`) and a `\d` is at `p`; or `[.!?]` is at
    /// `p`, then at most one of `"”’)`, then one or more of space, tab, NBSP, then a `\d` (the
    /// blank run is greedy and a blank is no digit, so the digit follows the whole run). Found
    /// from each byte that may start a `\d`, looking back; each such `p` is its own window.
    @Sendable static func sentenceStartWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        forEachDigitStart(in: bytes) { digit in
            var back = blanksStart(before: digit, in: bytes)
            if back == digit {
                if digit == 0 || bytes[digit - 1] == 0x0A {
                    out.append(digit)
                    out.append(digit)
                }
                return
            }
            // Before the blanks: `"` or `)`, or `”` (E2 80 9D) or `’` (E2 80 99), at most once.
            if back >= 1, bytes[back - 1] == 0x22 || bytes[back - 1] == 0x29 {
                back -= 1
            } else if back >= 3, bytes[back - 3] == 0xE2, bytes[back - 2] == 0x80,
                      bytes[back - 1] == 0x9D || bytes[back - 1] == 0x99 {
                back -= 3
            }
            if back >= 1, bytes[back - 1] == 0x2E || bytes[back - 1] == 0x21 || bytes[back - 1] == 0x3F {
                out.append(back - 1)
                out.append(back - 1)
            }
        }
    }
}
