import SelarasCore

/// The region level of a Perda (`Peraturan Daerah Provinsi …`).
public enum RegionLevel: String, Sendable, Hashable {
    case provinsi, kabupaten, kota
}

/// A regulation citation: `Peraturan Daerah Provinsi Kalimantan Selatan Nomor 4 Tahun 2019 tentang …`,
/// `UU 14/2008`, `Permendagri No. 13 tahun 2011`, `Keppres 160P Tahun 2024`.
public struct CitationClaim: Sendable, Hashable {
    /// From the type (or the article locator, if any) through the title or the year.
    public var span: Span
    public var sentence: Span
    public var type: RegulationType
    /// The type as written: `Peraturan Presiden`, `Permendagri`, `UU`.
    public var typeWritten: String
    public var typeSpan: Span
    /// True for `UU`, `Perpres`, fused `Permendagri` …; false for full names.
    public var isAbbreviatedType: Bool
    /// An abbreviation in parentheses after a full name: `Peraturan Presiden (PP)` → `PP`.
    public var abbreviationWritten: String?
    public var abbreviationType: RegulationType?
    /// The full name and the abbreviation in parentheses name different types.
    public var typeConflict: Bool
    /// The issuer as written (`Kalimantan Selatan`, `Dalam Negeri`, `PANRB`), nil when none.
    public var issuerWritten: String?
    /// Normalised issuer: ministry codes expanded (`dagri` → `Dalam Negeri`), region prefixes removed.
    public var issuer: String?
    public var issuerSpan: Span?
    public var regionLevel: RegionLevel?
    /// `Nomor`, `No.`, `No`, `NOMOR` …; nil for `UU 14/2008`.
    public var numberKeyword: String?
    /// The number as written (`041`, `160P`, `105 P`, `P.5/Menhut-II/2012`).
    public var numberWritten: String
    /// Leading zeros stripped, `160P`/`160 P` → `160/P`, a trailing `/YYYY` of a short form removed.
    public var number: String
    public var numberSpan: Span
    /// `Tahun`, `tahun`, `Th.`, `Thn` …; nil when the year comes from `/YYYY` or is missing.
    public var yearKeyword: String?
    public var year: Int?
    public var yearSpan: Span?
    /// `2O16`: a letter O was read as a zero.
    public var yearHasLetterO: Bool
    public var title: String?
    public var titleSpan: Span?
    /// `Pasal 7 ayat (2) huruf a` before the citation.
    public var locator: String?
    public var locatorSpan: Span?
    /// Full form: full type name, issuer where the type needs one, `Nomor N Tahun YYYY`, no conflict.
    public var isCanonical: Bool

    /// `PERMEN Dalam Negeri 13/2011`: a key for comparing citations of the same regulation.
    public var identity: String {
        let issuerPart = issuer.map { " \($0)" } ?? ""
        let yearText = year.map(String.init) ?? "?"
        if number.hasSuffix("/" + yearText) { return "\(type.rawValue)\(issuerPart) \(number)" }
        return "\(type.rawValue)\(issuerPart) \(number)/\(yearText)"
    }

    public init(
        span: Span, sentence: Span, type: RegulationType, typeWritten: String, typeSpan: Span, isAbbreviatedType: Bool,
        abbreviationWritten: String? = nil, abbreviationType: RegulationType? = nil, issuerWritten: String? = nil,
        issuer: String? = nil, issuerSpan: Span? = nil, regionLevel: RegionLevel? = nil, numberKeyword: String?,
        numberWritten: String, number: String, numberSpan: Span, yearKeyword: String?, year: Int?, yearSpan: Span?,
        yearHasLetterO: Bool = false, title: String? = nil, titleSpan: Span? = nil, locator: String? = nil,
        locatorSpan: Span? = nil
    ) {
        self.span = span
        self.sentence = sentence
        self.type = type
        self.typeWritten = typeWritten
        self.typeSpan = typeSpan
        self.isAbbreviatedType = isAbbreviatedType
        self.abbreviationWritten = abbreviationWritten
        self.abbreviationType = abbreviationType
        self.typeConflict = abbreviationType.map { $0 != type } ?? false
        self.issuerWritten = issuerWritten
        self.issuer = issuer
        self.issuerSpan = issuerSpan
        self.regionLevel = regionLevel
        self.numberKeyword = numberKeyword
        self.numberWritten = numberWritten
        self.number = number
        self.numberSpan = numberSpan
        self.yearKeyword = yearKeyword
        self.year = year
        self.yearSpan = yearSpan
        self.yearHasLetterO = yearHasLetterO
        self.title = title
        self.titleSpan = titleSpan
        self.locator = locator
        self.locatorSpan = locatorSpan
        self.isCanonical = !isAbbreviatedType && (issuer != nil || !type.needsIssuer) && numberKeyword == "Nomor"
            && yearKeyword == "Tahun" && year != nil && !typeConflict && !yearHasLetterO
    }
}
