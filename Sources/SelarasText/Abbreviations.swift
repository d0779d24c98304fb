import SelarasCore
/// Abbreviations written with a period that does not end a sentence, and the title/degree lists
/// the official extractor reuses.
public enum Abbreviations {
    /// Front titles written before a name (brief §2.2), with and without the final period.
    public static let frontTitles: FrozenStringSet = [
        "H.", "Hj.", "H", "Hj", "K.H.", "KH", "KH.", "dr.", "drg.", "drh.", "Dr.", "Ir.", "Drs.", "Dra.",
        "Prof.", "Ust.", "Ustaz", "Ns.", "apt.", "Dr", "Ir", "Drs", "Dra", "Prof", "dr", "drg", "Hajjah", "Haji",
    ]

    /// Police and military ranks, longest forms first where they share a prefix.
    public static let ranks: FrozenStringSet = [
        "Jenderal", "Komjen", "Irjen", "Brigjen", "Kombes", "AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu",
        "Aipda", "Bripka", "Brigpol", "Briptu", "Bripda", "Abrip", "Abriptu", "Abripda", "Bharaka", "Bharatu",
        "Bharada", "Letjen", "Mayjen", "Kolonel", "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Peltu",
        "Pelda", "Serma", "Serka", "Sertu", "Serda", "Kopka", "Koptu", "Kopda", "Praka", "Pratu", "Prada",
        "Laksamana", "Laksdya", "Laksda", "Laksma", "Marsekal", "Marsdya", "Marsda", "Marsma",
        "Irjen.", "Brigjen.", "Kombes.", "Komjen.",
    ]

    /// Words that may follow a rank: the force and army corps codes.
    public static let rankSuffixes: FrozenStringSet = [
        "Pol.", "Pol", "TNI", "Inf", "Inf.", "Kav", "Arm", "Arhanud", "Czi", "Chb", "Cpm", "Ckm", "Chk", "Mar", "(K)",
        "Pnb", "Sus", "Tek", "Kes", "Adm", "Psk", "(Purn)", "(Purn.)",
    ]

    /// General abbreviations with a period (brief §3.3 and common press-release usage).
    static let known: FrozenStringSet = {
        var set: Set<String> = [
            "No.", "NO.", "Km.", "KM.", "no.", "Nmr.", "Kec.", "Kab.", "Prov.", "Jl.", "Jln.", "Plt.", "Plh.", "Pj.", "Pjs.",
            "dll.", "dsb.", "dst.", "dkk.", "hlm.", "Yth.", "yth.", "a.n.", "u.p.", "s.d.", "d.a.", "u.b.", "tsb.",
            "Th.", "Thn.", "Tgl.", "tgl.", "Hal.", "hal.", "Kel.", "Ds.", "Gg.", "Bpk.", "Sdr.", "Sdri.", "Rp.",
            "Pol.", "Inf.", "Gub.", "Ket.", "Telp.", "Tel.", "telp.", "Fax.", "Ph.D.", "Sp.PD", "Sp.A", "Sp.OG",
            "A.Md.", "St.", "Kep.", "Kepri.", "RT.", "RW.", "Jo.", "jo.", "Ttd.", "ttd.", "Purn.", "(Purn.)",
            "Irjen.", "Brigjen.", "Kombes.", "Komjen.", "Sekr.", "Kol.", "Lt.", "Mr.", "Mrs.", "Ds.", "Pdt.", "Hj.",
            "etc.", "vs.", "Jan.", "Feb.", "Peb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Agt.", "Ags.", "Sep.", "Sept.", "Okt.", "Nov.", "Nop.", "Des.", "min.", "maks.", "Bag.", "Subbag.", "Sub.", "Dir.", "Wil.", "Kanwil.",
        ]
        for title in frontTitles.members where title.hasSuffix(".") { set.insert(title) }
        return FrozenStringSet(set.sorted())
    }()

    /// Whether a period-final candidate (or a degree chain) is an abbreviation.
    static func isAbbreviation(_ candidate: String) -> Bool {
        if known.contains(candidate) { return true }
        return isDegreeChain(candidate)
    }

    /// `S.Sos.`, `M.Si`, `S.I.K.`, `M.A.P.`: two or more letter chunks joined by periods, the first
    /// chunk one or two letters starting with a capital, later chunks at most four letters.
    static func isDegreeChain(_ candidate: String) -> Bool {
        // Two chunks need a period before the final one: `rapat.` (every sentence end) has none.
        var periods = 0
        for byte in candidate.utf8 where byte == 0x2E { periods += 1 }
        if periods == 0 || (periods == 1 && candidate.utf8.last == 0x2E) { return false }
        let trimmed = candidate.hasSuffix(".") ? String(candidate.dropLast()) : candidate
        let chunks = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard chunks.count >= 2, chunks.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return false }
        guard let first = chunks.first, first.count <= 2, let initial = first.unicodeScalars.first,
              ScalarClass.isUpper(initial) else { return false }
        return chunks.allSatisfy { $0.unicodeScalars.allSatisfy(ScalarClass.isLetter) }
    }

    /// Abbreviations that may also close a sentence when a capitalised word follows (`… beras,
    /// gula, dll. Selanjutnya …`).
    static let mayEndSentence: FrozenStringSet = ["dll.", "dsb.", "dst.", "dkk.", "etc.", "tsb."]

    /// Academic degrees written after a name: a degree chain, or one of these.
    public static func isBackTitle(_ text: String) -> Bool {
        if backTitleSingles.contains(text) { return true }
        if text.hasPrefix("Sp.") { return true }
        return isDegreeChain(text)
    }

    private static let backTitleSingles: FrozenStringSet = ["MBA", "MBA.", "MPH", "MPA", "MSc", "PhD", "Ph.D", "Ph.D.", "LLM", "SH", "SE", "MM", "MH", "MSi", "ST"]
}
