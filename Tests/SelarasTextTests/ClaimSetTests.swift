import Foundation
import Testing
import SelarasCore
@testable import SelarasText

@Suite struct ClaimSetTests {
    static let release = """
    # Pemprov Kalsel Gelar Rakor Kehumasan

    BANJARBARU, Selasa (23/1/2018) – Gubernur Kalimantan Selatan H. Muhidin membuka rapat koordinasi kehumasan \
    yang diikuti sekitar 300 peserta dari Diskominfo Kalsel dan PLN.

    Sesuai Peraturan Presiden (PP) Nomor 80 Tahun 2024 tentang Percepatan Penurunan Stunting, anggaran Rp1,5 miliar \
    disiapkan. Prevalensi stunting turun menjadi 21,5 persen pada 2024, kata dr. Siti Aminah, M.Kes., Kepala Dinas \
    Kesehatan Provinsi Kalimantan Selatan.
    """

    @Test func extractsEveryKind() throws {
        let claims = ClaimSet.extract(from: SourceText(Self.release), lexicon: TestSupport.lexicon, fallbackYear: 2018)
        let text = SourceText(Self.release)
        #expect(claims.dateline?.place == "BANJARBARU")
        #expect(claims.dateline?.resolvedDate == LocalDate(year: 2018, month: 1, day: 23))
        #expect(claims.dates.count == 1)
        #expect(claims.citations.map(\.identity) == ["PERPRES 80/2024"])
        #expect(claims.citations.first?.typeConflict == true)
        #expect(claims.figures.map { text.text($0.span) } == ["sekitar 300", "Rp1,5 miliar", "21,5 persen"])
        #expect(claims.officials.map(\.name) == ["Muhidin", "Siti Aminah"])
        #expect(claims.officials.map(\.matchedPersonID) == ["muhidin", "siti"])
        // The position's unit is an agency mention too (`Dinas Kesehatan Provinsi Kalimantan Selatan`).
        #expect(claims.agencies.map(\.agencyID) == ["pemprov-kalsel", "diskominfo-kalsel", "pln", "dinkes-kalsel"])
        #expect(claims.count == 1 + 1 + 1 + 3 + 2 + 4)
        for figure in claims.figures {
            #expect(figure.sentence.contains(figure.span))
        }
    }

    @Test func emptyTextHasNoClaims() {
        #expect(ClaimSet.extract(from: SourceText("")).count == 0)
        #expect(ClaimSet().count == 0)
    }

    @Test func masksKeepOffsets() throws {
        // Code and URLs are blanked to spaces by the document loader; numbers inside never become claims.
        let masked = "Sebanyak 12 kasus.                                 Lalu 1.500 paket."
        let claims = ClaimSet.extract(from: SourceText(masked))
        #expect(claims.figures.map(\.value) == [12, 1500])
        #expect(claims.figures.last?.numberSpan.start == (masked.utf8.count - "1.500 paket.".utf8.count))
    }

    @Test func linearOnLargeText() {
        let paragraph = Self.release + "\n\n"
        let big = String(repeating: paragraph, count: 1500)  // about 1 MB
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let claims = ClaimSet.extract(from: SourceText(big), lexicon: TestSupport.lexicon)
            #expect(claims.citations.count == 1500)
        }
        #expect(elapsed < .seconds(30))
    }
}

@Suite struct NumberParsingTests {
    static let written: [(String, String, Int, NumberNotation)] = [
        ("1.234", "1234", 0, .grouped), ("1.234.567", "1234567", 0, .grouped), ("12,5", "12.5", 1, .decimal),
        ("1.234,56", "1234.56", 2, .decimal), ("250", "250", 0, .plain), ("12.5", "12.5", 1, .decimalPoint),
        ("1,250", "1.25", 3, .ambiguousComma), ("1,234,567", "1234567", 0, .commaGrouped), ("0,5", "0.5", 1, .decimal),
        ("0,125", "0.125", 3, .decimal),
    ]

    @Test(arguments: written)
    func parsesDigits(_ text: String, _ value: String, _ fraction: Int, _ notation: NumberNotation) throws {
        let number = try #require(WrittenNumber.parse(text))
        #expect(number.value == TestSupport.decimal(value))
        #expect(number.fractionDigits == fraction)
        #expect(number.notation == notation)
    }

    static let words: [(String, Int)] = [
        ("satu", 1), ("sebelas", 11), ("dua belas", 12), ("sembilan belas", 19), ("dua puluh", 20), ("dua puluh lima", 25),
        ("seratus", 100), ("seratus satu", 101), ("dua ratus lima puluh", 250), ("sembilan ratus sembilan puluh sembilan", 999),
        ("seribu", 1000), ("seribu lima ratus", 1500), ("dua ribu dua puluh empat", 2024), ("tiga ratus ribu", 300_000),
        ("sepuluh", 10), ("lima puluh ribu", 50_000),
    ]

    @Test(arguments: words)
    func parsesWords(_ text: String, _ value: Int) throws {
        let words = text.split(separator: " ").map(String.init)
        let parsed = try #require(NumberWords.parse(words))
        #expect(parsed.value == value)
        #expect(parsed.count == words.count)
    }

    @Test func rejectsNonNumbers() {
        #expect(WrittenNumber.parse("12a") == nil)
        #expect(WrittenNumber.parse("1..2") == nil)
        #expect(NumberWords.parse(["belas"]) == nil)
        #expect(NumberWords.parse(["dua", "tiga"])?.count == 1)
    }
}
