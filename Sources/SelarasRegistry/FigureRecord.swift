import SelarasCore

/// A row of `figures`: one official number (a count, a rate, a budget) with the phrases that
/// announce it in drafts, its period and its tolerance.
public struct FigureRecord: RegistryRecord, Hashable {
    public var origin: RecordOrigin
    /// What is counted: `Kasus gizi buruk balita di Kalimantan Selatan`.
    public var subject: String
    /// Phrases that announce the figure in a draft: `kasus gizi buruk`, `prevalensi stunting`.
    public var triggers: [String]
    public var value: Double
    /// Value as written in the table.
    public var valueText: String
    /// `kasus`, `persen`, `rupiah`, `jiwa`.
    public var unit: String
    /// The period the figure describes (`2023`, `2024-06`).
    public var period: PartialDate?
    /// Region id.
    public var region: String?
    /// Date the figure was published or frozen.
    public var asOf: PartialDate?
    public var tolerance: FigureTolerance
    public var note: String

    public init(origin: RecordOrigin, subject: String, triggers: [String], value: Double, valueText: String,
                unit: String, period: PartialDate?, region: String?, asOf: PartialDate?, tolerance: FigureTolerance,
                note: String = "") {
        self.origin = origin
        self.subject = subject
        self.triggers = triggers
        self.value = value
        self.valueText = valueText
        self.unit = unit
        self.period = period
        self.region = region
        self.asOf = asOf
        self.tolerance = tolerance
        self.note = note
    }

    /// Whether a value claimed in a draft agrees with this figure within its tolerance.
    public func accepts(_ claimed: Double) -> Bool {
        abs(claimed - value) <= tolerance.allowance(for: value) + 1e-9
    }
}

/// How far a claimed value may be from the registry's: an absolute amount or a percentage of the value.
public enum FigureTolerance: Sendable, Hashable, CustomStringConvertible {
    case absolute(Double)
    case relative(percent: Double)

    /// Parses `0`, `0.5`, `0,5`, `2%`; empty is exact (0).
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { self = .absolute(0); return }
        if trimmed.hasSuffix("%") {
            guard let value = FigureTolerance.number(String(trimmed.dropLast()).trimmingSpaces()), value >= 0 else { return nil }
            self = .relative(percent: value)
        } else {
            guard let value = FigureTolerance.number(trimmed), value >= 0 else { return nil }
            self = .absolute(value)
        }
    }

    /// Largest difference allowed for `value`.
    public func allowance(for value: Double) -> Double {
        switch self {
        case .absolute(let amount): return amount
        case .relative(let percent): return abs(value) * percent / 100
        }
    }

    public var description: String {
        switch self {
        case .absolute(let amount): return FigureTolerance.format(amount)
        case .relative(let percent): return FigureTolerance.format(percent) + "%"
        }
    }

    /// Parses a table number. Accepts `1250`, `12.5`, `12,5`, `1.250,5`; rejects `1.250` (a
    /// thousands separator or a decimal point? ambiguous in Indonesian spreadsheets) and junk.
    public static func number(_ raw: String) -> Double? {
        var text = raw.trimmingSpaces().filter { $0 != " " && $0 != "\u{00A0}" }
        guard !text.isEmpty else { return nil }
        let hasDot = text.contains("."), hasComma = text.contains(",")
        if hasDot && hasComma {
            text = text.replacingAll(".", with: "").replacingAll(",", with: ".")
        } else if hasComma {
            guard text.filter({ $0 == "," }).count == 1 else { return nil }
            text = text.replacingAll(",", with: ".")
        } else if hasDot {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count != 2 || parts[1].count == 3 { return nil }
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(text)
    }

    /// `1234` → `1.234`; `22.4` → `22,4` (period for thousands, comma for decimals).
    public static func indonesian(_ value: Double) -> String {
        let plain = format(abs(value))
        let parts = plain.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "." + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        let sign = value < 0 ? "-" : ""
        return parts.count > 1 ? "\(sign)\(grouped),\(parts[1])" : "\(sign)\(grouped)"
    }

    /// `12`, `12.5` (no trailing `.0`).
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

extension FigureRecord {
    /// The value as Indonesian prose writes it (EYD V): `1.234`, `22,4`, `1.250.000`.
    public var displayValue: String { FigureTolerance.indonesian(value) }

    /// `1234` → `1.234`; `22.4` → `22,4` (period for thousands, comma for decimals).
    public static func indonesian(_ value: Double) -> String { FigureTolerance.indonesian(value) }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
