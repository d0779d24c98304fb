import Testing
import SelarasCore
@testable import SelarasRegistry

@Suite struct PartialDateTests {
    @Test func yearMonthAndDayHaveIntervalSemantics() throws {
        let year = try #require(PartialDate(parsing: "2016"))
        #expect(year.precision == .year)
        #expect(year.start == LocalDate(year: 2016, month: 1, day: 1))
        #expect(year.end == LocalDate(year: 2016, month: 12, day: 31))
        let month = try #require(PartialDate(parsing: "2024-11"))
        #expect(month.start == LocalDate(year: 2024, month: 11, day: 1))
        #expect(month.end == LocalDate(year: 2024, month: 11, day: 30))
        let february = try #require(PartialDate(parsing: "2024-02"))
        #expect(february.end.day == 29)
        let day = try #require(PartialDate(parsing: " 2024-11-14 "))
        #expect(day.start == day.end)
        #expect(day.description == "2024-11-14")
    }

    @Test func rejectsInvalidDates() {
        for text in ["", "16", "2024-13", "2024-02-30", "2024/11/14", "2024-1-5", "20240", "abcd", "2024-11-14-1"] {
            #expect(PartialDate(parsing: text) == nil, "\(text)")
        }
    }

    @Test func validityUsesStartOfFromAndEndOfTo() throws {
        let period = ValidityPeriod(from: PartialDate(parsing: "2016"), to: PartialDate(parsing: "2024-11"))
        #expect(!period.contains(LocalDate(year: 2015, month: 12, day: 31)!))
        #expect(period.contains(LocalDate(year: 2016, month: 1, day: 1)!))
        #expect(period.contains(LocalDate(year: 2024, month: 11, day: 30)!))
        #expect(!period.contains(LocalDate(year: 2024, month: 12, day: 1)!))
        let open = ValidityPeriod(from: PartialDate(parsing: "2024-12-16"))
        #expect(open.contains(LocalDate(year: 2099, month: 1, day: 1)!))
        #expect(period.overlaps(ValidityPeriod(from: PartialDate(parsing: "2024-11-30"))))
        #expect(!period.overlaps(ValidityPeriod(from: PartialDate(parsing: "2024-12"))))
    }
}
