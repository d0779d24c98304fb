import SelarasCore

/// The underline printed below a source line: padding up to the finding's column, then `^~~~`.
///
/// Columns count Unicode scalars. The padding copies tabs from the source line so the caret
/// lands under the right character whatever the terminal's tab width; every other scalar
/// (wide East-Asian characters and emoji included) pads as one space, which is a known
/// simplification.
struct CaretLine: Equatable {
    var padding: String
    var marks: String

    static func make(for finding: ReportedFinding) -> CaretLine {
        make(line: finding.sourceLine, column: finding.column,
             width: width(of: finding))
    }

    /// How many scalars to underline: to `endColumn` on a one-line span, to the end of the
    /// first line on a multi-line span, and at least one.
    static func width(of finding: ReportedFinding) -> Int {
        if finding.endLine == finding.line {
            return max(1, finding.endColumn - finding.column)
        }
        let lineLength = Wording.scalarCount(finding.sourceLine)
        return max(1, lineLength - (finding.column - 1))
    }

    static func make(line: String, column: Int, width: Int) -> CaretLine {
        var padding = ""
        var index = 1
        for scalar in line.unicodeScalars {
            if index >= column { break }
            padding.append(scalar == "\t" ? "\t" : " ")
            index += 1
        }
        while index < column {
            padding.append(" ")
            index += 1
        }
        return CaretLine(padding: padding, marks: "^" + String(repeating: "~", count: max(0, width - 1)))
    }
}
