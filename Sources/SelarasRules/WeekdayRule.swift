import SelarasCore
import SelarasText

/// `weekday`: a weekday written beside a date that does not fall on it (`Kamis (25/7/2022)`: a
/// Monday), and dates no calendar has (`31/2`, `30 Februari`).
///
/// Only a weekday the date extractor joined to its date (the same claim: `Selasa, 23 Januari 2018`,
/// `Selasa (23/1)`) is compared, so a weekday elsewhere in the sentence is never read as the date's.
/// A date without a year takes it from the document's date (`RuleContext.referenceDate`): the
/// latest such day not after it (`DateClaim.resolveYear`). Because releases also announce coming
/// events, the weekday is accepted too when it fits the next such day within `lookAheadDays`.
///
/// Params (all optional):
/// - `lookAheadDays` (default 60, 0 turns it off): how far after the document's date a yearless
///   date may lie and still be read as a coming day.
/// - `impossibleDates` (default true): flag days that do not exist.
/// - `impossibleMessage`: the message for those, with `{match}` (the date as written), `{day}`,
///   `{month}` (month name) and `{lastDay}` (the month's last day).
/// Message placeholders (weekday mismatch): `{match}` (the weekday as written), `{expected}` (the
/// right weekday), `{date}` (`25 Juli 2022`, the year filled in when it was left out).
public struct WeekdayRule: Rule {
    struct Params: Decodable {
        var lookAheadDays: Int?
        var impossibleDates: Bool?
        var impossibleMessage: String?
    }

    public static let kind = RuleKind(
        name: "weekday",
        summary: "Flags a weekday that does not match its date, and dates that do not exist",
        needsClaims: true,
        make: { metadata, params in try WeekdayRule(metadata: metadata, params: params) })

    public static let defaultImpossibleMessage = "Tanggal {match} tidak ada: {month} hanya sampai tanggal {lastDay}."

    public let metadata: RuleMetadata
    public let lookAheadDays: Int
    public let flagsImpossibleDates: Bool
    public let impossibleMessage: String

    public init(metadata: RuleMetadata, lookAheadDays: Int = 60, flagsImpossibleDates: Bool = true,
                impossibleMessage: String = WeekdayRule.defaultImpossibleMessage) {
        self.metadata = metadata
        self.lookAheadDays = lookAheadDays
        self.flagsImpossibleDates = flagsImpossibleDates
        self.impossibleMessage = impossibleMessage
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        let lookAhead = decoded.lookAheadDays ?? 60
        guard (0...366).contains(lookAhead) else {
            throw params.error("lookAheadDays must be 0–366", keyPath: "params.lookAheadDays", hint: "60 covers announcements two months ahead")
        }
        self.init(metadata: metadata, lookAheadDays: lookAhead, flagsImpossibleDates: decoded.impossibleDates ?? true,
                  impossibleMessage: decoded.impossibleMessage ?? WeekdayRule.defaultImpossibleMessage)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let text = context.document.text
        var findings: [Finding] = []
        for claim in Self.dates(in: context.claims) {
            if !claim.isPossible {
                if flagsImpossibleDates { findings.append(impossible(claim, in: text)) }
                continue
            }
            if let finding = mismatch(claim, referenceDate: context.referenceDate, in: text) { findings.append(finding) }
        }
        return findings
    }

    /// The document's dates, the dateline's included when the date extractor did not list it.
    static func dates(in claims: ClaimSet) -> [DateClaim] {
        var dates = claims.dates
        if let dateline = claims.dateline?.date, !dates.contains(where: { $0.dateSpan.overlaps(dateline.dateSpan) }) {
            dates.append(dateline)
        }
        return dates.sorted { $0.span < $1.span }
    }

    /// The date a claim means: its own year, else the latest such day not after `referenceDate`.
    static func resolvedDate(_ claim: DateClaim, referenceDate: LocalDate) -> LocalDate? {
        claim.resolveYear(referenceDate: referenceDate, policy: .nearestNotAfter)
    }

    private func mismatch(_ claim: DateClaim, referenceDate: LocalDate, in text: SourceText) -> Finding? {
        guard let weekday = claim.weekday, let weekdaySpan = claim.weekdaySpan,
              let date = Self.resolvedDate(claim, referenceDate: referenceDate), date.isoWeekday != weekday
        else { return nil }
        if claim.year == nil, lookAheadDays > 0, let next = nextOccurrence(of: claim, after: referenceDate),
           next.daysSinceEpoch - referenceDate.daysSinceEpoch <= lookAheadDays, next.isoWeekday == weekday {
            return nil
        }
        let written = text.text(weekdaySpan)
        let expected = CaseShape.of(written).apply(to: CalendarWords.weekdayNames[date.isoWeekday])
        let message = metadata.renderMessage([
            "match": written, "expected": CalendarWords.weekdayNames[date.isoWeekday], "date": Self.longDate(date),
        ])
        var notes: [String] = []
        if claim.year == nil {
            notes.append("Tahun tidak ditulis; dianggap \(date.year) dari tanggal dokumen \(referenceDate).")
        }
        return finding(span: weekdaySpan, message: message, suggestions: [expected], notes: notes)
    }

    private func nextOccurrence(of claim: DateClaim, after referenceDate: LocalDate) -> LocalDate? {
        (referenceDate.year...referenceDate.year + 1).lazy
            .compactMap { LocalDate(year: $0, month: claim.month, day: claim.day) }
            .first { $0 > referenceDate }
    }

    private func impossible(_ claim: DateClaim, in text: SourceText) -> Finding {
        let month = (1...12).contains(claim.month) ? CalendarWords.monthNames[claim.month] : String(claim.month)
        let lastDay = LocalDate.daysIn(month: claim.month, year: claim.year ?? 2024)
        var values = ["match": text.text(claim.dateSpan), "day": String(claim.day), "month": month, "lastDay": String(lastDay)]
        values["expected"] = ""
        var renderer = metadata
        renderer.message = impossibleMessage
        return finding(span: claim.dateSpan, message: renderer.renderMessage(values))
    }

    /// `25 Juli 2022`.
    static func longDate(_ date: LocalDate) -> String {
        "\(date.day) \(CalendarWords.monthNames[date.month]) \(date.year)"
    }
}
