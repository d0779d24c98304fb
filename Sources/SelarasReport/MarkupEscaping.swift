/// Escaping for Markdown (CommonMark / GitHub-flavoured) inline text and table cells.
enum MarkdownText {
    /// ASCII punctuation that could start markup is backslash-escaped; line breaks become spaces
    /// so a value never breaks a table row or a list item.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!":
                result.append("\\")
                result.unicodeScalars.append(scalar)
            case "\n", "\r", "\t":
                result.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Escaping for XML 1.0 and HTML text and attribute values.
enum XMLText {
    /// Escapes `& < > " '` and drops characters XML 1.0 cannot carry (C0 controls other than
    /// tab and line breaks, U+FFFE, U+FFFF). In attributes, tab and line breaks are written as
    /// character references so parsers do not normalise them to spaces.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r":
                if attribute {
                    result += "&#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return false }
        if value == 0xFFFE || value == 0xFFFF { return false }
        return true
    }
}
