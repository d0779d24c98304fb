/// Prints a rule example with its marked spans underlined (`^~~~`) on the line below.
///
/// Columns count Unicode scalars like the text reporter's caret line; tabs are copied into the
/// padding so the marks stay under their characters whatever the tab width.
enum ExampleDisplay {
    /// Every line of `text`, each followed by a mark line when a span touches it.
    static func underlined(_ text: String, spans: [Range<Int>], indent: String) -> String {
        var output = ""
        var lineStart = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            let lineEnd = lineStart + bytes.count
            output += indent + line + "\n"
            var marks: [Character] = []
            var offset = lineStart
            for scalar in line.unicodeScalars {
                let width = String(scalar).utf8.count
                let inside = spans.first { $0.lowerBound <= offset && offset < $0.upperBound }
                if let span = inside {
                    marks.append(offset == span.lowerBound || offset == lineStart ? "^" : "~")
                } else {
                    marks.append(scalar == "\t" ? "\t" : " ")
                }
                offset += width
            }
            while let last = marks.last, last == " " || last == "\t" { marks.removeLast() }
            if !marks.isEmpty { output += indent + String(marks) + "\n" }
            lineStart = lineEnd + 1
        }
        return output
    }

    /// Every line of `text`, indented.
    static func plain(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 + "\n" }.joined()
    }
}
