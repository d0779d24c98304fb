import SelarasCore

/// Every claim extracted from one document. Extraction is costly, so the engine runs it only
/// when an enabled rule needs claims (`RuleKind.needsClaims`).
///
/// Filled in by the claim extractors (figures, dates, citations, officials, agencies). Each
/// array is in text order.
public struct ClaimSet: Sendable {
    public var figures: [FigureClaim]
    public var dates: [DateClaim]
    public var citations: [CitationClaim]
    public var officials: [OfficialClaim]
    public var agencies: [AgencyClaim]
    /// The dateline at the top of the text, if any.
    public var dateline: DatelineClaim?
    /// The tokens and sentences the claims were read from, kept so rules reading the words
    /// around a claim reuse them instead of tokenising the text again; nil when built by hand.
    public var analysis: TextAnalysis?

    public init(
        figures: [FigureClaim] = [], dates: [DateClaim] = [], citations: [CitationClaim] = [],
        officials: [OfficialClaim] = [], agencies: [AgencyClaim] = [], dateline: DatelineClaim? = nil
    ) {
        self.figures = figures
        self.dates = dates
        self.citations = citations
        self.officials = officials
        self.agencies = agencies
        self.dateline = dateline
    }

    /// Total number of claims (the dateline counts once).
    public var count: Int {
        figures.count + dates.count + citations.count + officials.count + agencies.count + (dateline == nil ? 0 : 1)
    }

    /// Runs every extractor over `text` (a document's masked `text`). Dates and citations are
    /// found first so their numbers are not read as figures.
    public static func extract(from text: SourceText, lexicon: CompiledNameLexicon = .empty, fallbackYear: Int? = nil) -> ClaimSet {
        extract(from: TextAnalysis(text), lexicon: lexicon, fallbackYear: fallbackYear)
    }

    /// The same, over an analysis already made (tokens and sentences are shared).
    public static func extract(from analysis: TextAnalysis, lexicon: CompiledNameLexicon = .empty, fallbackYear: Int? = nil) -> ClaimSet {
        let dates = DateExtractor.extract(analysis)
        let citations = CitationExtractor.extract(analysis)
        let dateline = Dateline.find(in: analysis, fallbackYear: fallbackYear)
        var excluded = dates.map(\.span) + citations.map(\.span)
        if let dateline { excluded.append(dateline.span) }
        var claims = ClaimSet(
            figures: FigureExtractor.extract(analysis, excluding: excluded), dates: dates, citations: citations,
            officials: OfficialExtractor.extract(analysis, lexicon: lexicon),
            agencies: AgencyMatcher.extract(analysis, lexicon: lexicon), dateline: dateline)
        claims.analysis = analysis
        return claims
    }
}
