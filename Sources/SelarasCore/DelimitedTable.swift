/// A CSV/TSV table as a spreadsheet exports it: a header row and data rows, each row knowing
/// the 1-based line it starts on so that every error can name `file:line`.
public struct DelimitedTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// 1-based line of the row's first character in the file.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public var path: String
    public var delimiter: UInt8
    public var header: [String]
    public var headerLine: Int
    public var rows: [Row]

    public init(path: String, delimiter: UInt8, header: [String], headerLine: Int, rows: [Row]) {
        self.path = path
        self.delimiter = delimiter
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
    }

    /// Index of a column by header name (case-insensitive, surrounding spaces ignored).
    public func column(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return header.firstIndex { $0.trimmingSpaces().lowercased() == wanted }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks (Foundation-free).
    public func trimmingSpaces() -> String {
        // Fast path: most fields start and end with a visible ASCII byte; skip the scalar walk.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return whole
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
