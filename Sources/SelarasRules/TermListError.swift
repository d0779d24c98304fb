import SelarasCore

/// Turns `TermMatcherError`s into located pack errors.
enum TermListError {
    /// Where each term of a list came from, so an error names the key or the table row.
    enum Origin {
        case key(String)
        case row(table: DelimitedTable, line: Int)
    }

    static func located(
        _ error: TermMatcherError, origins: [Origin], exceptionsKey: String, suffixesKey: String,
        params: any RuleParameters
    ) -> SelarasError {
        switch error {
        case let .invalidTerm(index, term, reason):
            let message = "term '\(term)' cannot match: \(reason)"
            let hint = "a term is words separated by spaces; use `pattern` for punctuation and symbols"
            switch index < origins.count ? origins[index] : .key("params") {
            case let .key(keyPath): return params.error(message, keyPath: keyPath, hint: hint)
            case let .row(table, line): return SelarasError(.pack, message, path: table.path, line: line, hint: hint)
            }
        case let .invalidException(index, phrase, reason):
            return params.error("exception '\(phrase)' cannot match: \(reason)", keyPath: "\(exceptionsKey)[\(index)]",
                                hint: "an exception is words separated by spaces")
        case let .invalidSuffix(suffix):
            return params.error("suffix '\(suffix)' is not plain letters", keyPath: suffixesKey,
                                hint: "write suffixes without a hyphen, e.g. \"nya\"")
        }
    }
}
