import Testing
@testable import SelarasCore

@Suite struct SourceTextTests {
    @Test func locationsCountUnicodeScalarsAndHandleCRLF() {
        let text = SourceText("Sebanyak “1.234” kasus\r\nKemen\u{00A0}trian 😀 baru\rakhir")
        #expect(text.lineCount == 3)
        #expect(text.lineText(1) == "Sebanyak “1.234” kasus")
        #expect(text.lineText(3) == "akhir")
        let offset = text.string.utf8.count - "kasus\r\nKemen\u{00A0}trian 😀 baru\rakhir".utf8.count
        #expect(text.location(ofByte: offset) == Location(line: 1, column: 18))
        let line2 = text.lineStarts[1]
        #expect(text.location(ofByte: line2) == Location(line: 2, column: 1))
        let emoji = text.string.utf8.firstIndex(of: 0xF0)!
        let emojiOffset = text.string.utf8.distance(from: text.string.utf8.startIndex, to: emoji)
        #expect(text.location(ofByte: emojiOffset) == Location(line: 2, column: 13))
        #expect(text.location(ofByte: emojiOffset + 2) == Location(line: 2, column: 13))
        #expect(text.location(ofByte: emojiOffset + 4) == Location(line: 2, column: 14))
        #expect(text.offset(of: Location(line: 2, column: 15)) == emojiOffset + 5)
    }

    @Test func textOfSpanIsClamped() {
        let text = SourceText("abc")
        #expect(text.text(Span(start: 1, end: 10)) == "bc")
    }
}

@Suite struct LocalDateTests {
    @Test func weekdaysOfKnownDates() {
        #expect(LocalDate(year: 2018, month: 1, day: 23)!.isoWeekday == 2)  // Selasa
        #expect(LocalDate(year: 2022, month: 7, day: 25)!.isoWeekday == 1)  // Senin
        #expect(LocalDate(year: 2024, month: 10, day: 20)!.isoWeekday == 7)  // Minggu
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.isoWeekday == 4)
    }

    @Test func impossibleDatesAreRejected() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2024, month: 4, day: 31) == nil)
        #expect(LocalDate(iso: "2024-13-01") == nil)
        #expect(LocalDate(iso: "2024-1-01") == nil)
    }

    @Test func epochRoundTrip() {
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let date = LocalDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
        }
        #expect(LocalDate(iso: "2024-10-21")!.description == "2024-10-21")
    }
}
