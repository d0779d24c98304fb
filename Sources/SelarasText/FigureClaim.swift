import Foundation
import SelarasCore

/// A scale word after a number.
public enum FigureScale: String, Sendable, Hashable {
    case ribu, juta, miliar, triliun

    public var multiplier: Decimal {
        switch self {
        case .ribu: return Decimal.powerOfTen(3)
        case .juta: return Decimal.powerOfTen(6)
        case .miliar: return Decimal.powerOfTen(9)
        case .triliun: return Decimal.powerOfTen(12)
        }
    }
}

/// What a figure counts.
public enum FigureUnit: String, Sendable, Hashable {
    /// A plain count or measure (`1.234 kasus`, `5 kilogram`).
    case count
    /// Money: see `FigureClaim.currency`.
    case currency
    /// `12,5 persen`, `12,5%`.
    case percent
    /// `2 poin persen`, `2 persen poin`: a change in percentage points, not a percent.
    case percentagePoint
}

/// A hedge word before a figure and what it does to the claimed interval.
public enum HedgeKind: String, Sendable, Hashable {
    /// `sekitar`, `kurang lebih`, `kira-kira`, `sekira`, `±`: value ± 10 %.
    case approximately
    /// `hampir`, `nyaris`: [90 % of value, value].
    case almost
    /// `lebih dari`, `di atas`, `melebihi`: [value, ∞).
    case moreThan
    /// `kurang dari`, `di bawah`: (−∞, value].
    case lessThan
    /// `tidak kurang dari`, `sedikitnya`, `setidaknya`, `minimal`, `paling sedikit`: [value, ∞).
    case atLeast
    /// `tidak lebih dari`, `maksimal`, `paling banyak`: (−∞, value].
    case atMost
    /// `mencapai`, `sebanyak`, `sejumlah`, `sebesar`, `tercatat`: no change.
    case neutral
}

/// A hedge as written.
public struct FigureHedge: Sendable, Hashable {
    public var kind: HedgeKind
    public var text: String
    public var span: Span
}

/// A number claimed in a text: `sekitar Rp1,5 miliar`, `1.234 kasus gizi buruk`, `21,5 persen`.
public struct FigureClaim: Sendable, Hashable {
    /// Hedge through unit marker (`sekitar Rp1,5 miliar`, `12,5 persen`), without the counted noun.
    public var span: Span
    /// The number only (`1,5`, `dua ratus lima puluh`).
    public var numberSpan: Span
    public var sentence: Span
    public var notation: NumberNotation
    /// The number as written, before the scale (`1,5` → 1.5).
    public var writtenValue: Decimal
    public var fractionDigits: Int
    public var scale: FigureScale?
    /// Value in base units (`Rp1,5 miliar` → 1500000000; `12,5 persen` → 12.5).
    public var value: Decimal
    public var unit: FigureUnit
    /// ISO code for money: `IDR`, `USD`.
    public var currency: String?
    public var hedge: FigureHedge?
    /// The interval the written precision implies: ± half the last written digit's place, times
    /// the scale (`1,2 juta` → [1.150.000, 1.250.000]). Integers without a scale are exact.
    public var precision: DecimalInterval
    /// `precision` widened or bounded by the hedge: what the text actually claims.
    public var interval: DecimalInterval
    /// `1.200`, `5.000`: an integer ending in zeros may be rounded though written exactly.
    public var hasTrailingZeros: Bool
    /// The counted noun after the figure (`kasus`, `orang`, `peserta`), lowercased.
    public var noun: String?
    /// Up to three lowercase words after the noun, before a function word (`gizi buruk`).
    public var subjectWords: [String]
    /// Up to eight lowercased words before the figure in its sentence, nearest last, stopping at
    /// a comma, semicolon or another figure (`angka prevalensi stunting`).
    public var wordsBefore: [String]
    /// A year the sentence ties the figure to (`pada 2024`, `tahun 2023`), if any.
    public var periodYear: Int?

    /// Whether any trigger word appears in `noun`, `subjectWords` or `wordsBefore`.
    public func mentions(_ word: String) -> Bool {
        let key = word.lowercased()
        return noun == key || subjectWords.contains(key) || wordsBefore.contains(key)
    }
}
