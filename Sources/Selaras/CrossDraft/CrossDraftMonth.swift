import Foundation
import SelarasCore

/// The month a fact key names (`2025-06`), written as `String(format: "%04d-%02d", year, month)`
/// writes it.
///
/// Foundation's formatter costs more per call than building a cross-draft statement; every
/// draft keys its officials and most figures by month. A year in `0...9999` and a month in
/// `1...12` (every `LocalDate` has one) are written digit by digit, zero-padded to four and two
/// digits, as `%04d` and `%02d` write a non-negative number that fits; anything else goes to
/// the formatter itself.
enum CrossDraftMonth {
    static func key(_ date: LocalDate) -> String {
        guard (0...9999).contains(date.year), (0...99).contains(date.month) else {
            return String(format: "%04d-%02d", date.year, date.month)
        }
        func digit(_ value: Int) -> UInt8 { 0x30 + UInt8(value % 10) }
        let year = date.year, month = date.month
        let bytes: [UInt8] = [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), 0x2D, digit(month / 10), digit(month),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }
}
