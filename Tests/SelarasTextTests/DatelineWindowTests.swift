import Foundation
import SelarasCore
import Testing
@testable import SelarasText

/// `Dateline.resolvedDate(in:)` analyses only the lines that can open a dateline; it must agree
/// with the whole-head `Dateline.find(in:)` on every text.
@Suite struct DatelineWindowTests {
    static let texts: [String] = DatelineTests.positives.map(\.0) + DatelineTests.negatives + [
        "**BANJARBARU**, 23/1/2018 – Rapat.",
        "  _Martapura_, 5 Maret 2024 – Bupati hadir.",
        "Judul\r\n\r\nBANJARBARU, Senin (2/6/2025) – Rapat.\r\n",
        "Éxito Kota, 3/4/2024 – Tamu hadir.",
        "Ápa kabar\n\nÉLAN, 3/4/2024 — rapat",
        String(repeating: "Baris judul\n", count: 11) + "BANJARBARU, 23/1/2018 – Rapat.",
        String(repeating: "Baris judul\n", count: 12) + "BANJARBARU, 23/1/2018 – Rapat.",
        String(repeating: "kata ", count: 500) + "\nBANJARBARU, 23/1/2018 – Rapat.",
        String(repeating: "kata ", count: 380) + "\nBANJARBARU, 23/1/2018 – Rapat.",
        String(repeating: "kata ", count: 405) + "\nBANJARBARU, 23/1/2018 – Rapat.",
        "BANJARBARU, 23/1/2018 – " + String(repeating: "Rapat panjang ", count: 300),
        "Banjarbaru, " + String(repeating: "x", count: 600) + " 23/1/2018 – Rapat.",
        "1. BANJARBARU, 23/1/2018 – Rapat.",
        "banjarbaru, 23/1/2018 – Rapat.",
        "BANJARBARU, 23/1/2018\n– Rapat.",
        "BANJARBARU,\n23/1/2018 – Rapat.",
        "   \n\n\t",
        "KOTA BARU TENGAH SELATAN Selasa (23/1/2018) – Rapat.",
        "Kota Baru Tengah Selatan, Selasa, 23 Januari 2018 – Rapat.",
        "Kota  Baru\tTengah   Selatan  Senin  (2/6/2025) - Rapat.",
        "BANJARBARU\u{00A0}– Gubernur hadir.",
        "BANJARBARU — Gubernur hadir.",
        "Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan, 23/1/2018 – Rapat.",
        "Judul Tanpa Angka Sama Sekali Di Baris Ini\nBANJARBARU, 23/1/2018 – Rapat.",
        "Banjarbaru ٢٣/١/٢٠١٨ – Rapat.",
        "BANJARMASIN selasa (23/1/2018) - Gubernur hadir.",
        "BANJARMASIN selasa, 23 Januari 2018 - Gubernur hadir.",
        "Kota Baru selasa rabu (23/1/2018) - Rapat.",
        "Pemerintah provinsi menggelar rapat, 23/1/2018 – Rapat.",
        "BANJARBARU *Selasa* (23/1/2018) – Rapat.",
        "BANJARBARU \"Selasa\" (23/1/2018) – Rapat.",
        "Satu Dua Tiga Empat Lima, 23/1/2018 – Rapat.",
        "Satu Dua Tiga Empat Lima Enam, 23/1/2018 – Rapat.",
        "Banjar Baru\tSelasa\t(23/1/2018) – Rapat.",
    ]

    @Test(arguments: texts)
    func agreesWithTheWholeHeadSearch(_ text: String) {
        let source = SourceText(text)
        for year in [2018, nil] as [Int?] {
            #expect(Dateline.resolvedDate(in: source, fallbackYear: year) == Dateline.find(in: source, fallbackYear: year)?.resolvedDate)
        }
    }

    @Test func agreesOnEveryDraftInTheRepository() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Samples/drafts", "Tests/SelarasTests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["md", "txt"].contains(url.pathExtension) {
                let source = SourceText(bytes: Array(try Data(contentsOf: url)))
                #expect(Dateline.resolvedDate(in: source, fallbackYear: 2025) == Dateline.find(in: source, fallbackYear: 2025)?.resolvedDate,
                        "\(url.lastPathComponent)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }

    @Test func findsTheDatelineAfterAHeadline() {
        let text = "# Rakor Stunting\n\nBANJARBARU, Selasa (10/6/2025) – Pemprov menggelar rapat."
        #expect(Dateline.resolvedDate(in: SourceText(text), fallbackYear: nil) == LocalDate(year: 2025, month: 6, day: 10))
    }
}
