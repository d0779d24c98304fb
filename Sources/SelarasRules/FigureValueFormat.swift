import Foundation
import SelarasRegistry

/// A registry figure written the way a release writes it: `312 kasus`, `22,4 persen`,
/// `Rp10,5 triliun`, `4,2 juta jiwa` (EYD: period between thousands, comma before decimals).
enum FigureValueFormat {
    /// With `trigger` starting with the record's unit (`kasus gizi buruk`), the trigger is the noun phrase.
    static func value(of record: FigureRecord, trigger: String? = nil) -> String {
        let unit = record.unit.lowercased()
        let number = scaled(record.value)
        if let trigger, trigger.split(separator: " ").first.map(String.init) == unit { return number + " " + trigger }
        switch unit {
        case "persen", "%": return number + " persen"
        case "rupiah", "rp", "idr": return "Rp" + number
        default: return number + " " + record.unit
        }
    }

    /// `10,5 triliun` for round large values, else digits with separators.
    static func scaled(_ value: Double) -> String {
        for (word, size) in [("triliun", 1e12), ("miliar", 1e9), ("juta", 1e6)] where abs(value) >= size {
            let ratio = value / size
            if (ratio * 100).rounded() == ratio * 100 { return digits(ratio) + " " + word }
            break
        }
        return digits(value)
    }

    /// `1.450,5`, `4.200.000`.
    static func digits(_ value: Double) -> String {
        var text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = ""
        for (index, character) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0 { integer.append(".") }
            integer.append(character)
        }
        var result = String(integer.reversed())
        if parts.count == 2 { result += "," + parts[1] }
        return (negative ? "-" : "") + result
    }
}
