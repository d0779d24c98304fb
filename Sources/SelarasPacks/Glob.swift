/// A path pattern as in `.gitignore` and editors: `*`, `**`, `?`, `[abc]`, `[a-z]`, `[!abc]`, `{a,b}`.
///
/// Matched against paths relative to a base directory, separated by `/`:
/// - `*` and `?` never cross a `/`: `*.md` matches `a.md`, not `drafts/a.md`;
/// - a `**` segment matches zero or more whole segments: `**/arsip/**` matches `x/arsip/y.txt`
///   and `arsip/y.txt`; `drafts/dinkes/**` matches everything below `drafts/dinkes`;
/// - `\` makes the next character literal.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let alternatives: [[Segment]]

    enum Segment: Sendable, Hashable {
        case anyDepth
        case tokens([Token])
    }

    enum Token: Sendable, Hashable {
        case literal(Character)
        case anyCharacter
        case anyRun
        case set(ranges: [ClosedRange<Character>], negated: Bool)
    }

    /// Why a pattern is not a valid glob.
    public struct SyntaxError: Error, Sendable, Hashable {
        public var message: String
    }

    public init(_ pattern: String) throws(SyntaxError) {
        self.pattern = pattern
        var parsed: [[Segment]] = []
        for expanded in try Glob.expandBraces(pattern) {
            parsed.append(try Glob.segments(expanded))
        }
        self.alternatives = parsed
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated; `./` and empty segments ignored) matches.
    public func matches(_ path: String) -> Bool {
        let parts = Glob.split(path)
        return alternatives.contains { Glob.match($0[...], parts[...]) }
    }

    static func split(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    }

    // MARK: Matching

    private static func match(_ segments: ArraySlice<Segment>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = segments.first else { return parts.isEmpty }
        switch first {
        case .anyDepth:
            var rest = parts
            while true {
                if match(segments.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .tokens(let tokens):
            guard let part = parts.first, matchSegment(tokens[...], Array(part)[...]) else { return false }
            return match(segments.dropFirst(), parts.dropFirst())
        }
    }

    private static func matchSegment(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return text.isEmpty }
        switch token {
        case .anyRun:
            var rest = text
            while true {
                if matchSegment(tokens.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .anyCharacter:
            return !text.isEmpty && matchSegment(tokens.dropFirst(), text.dropFirst())
        case .literal(let character):
            return text.first == character && matchSegment(tokens.dropFirst(), text.dropFirst())
        case .set(let ranges, let negated):
            guard let character = text.first else { return false }
            guard ranges.contains(where: { $0.contains(character) }) != negated else { return false }
            return matchSegment(tokens.dropFirst(), text.dropFirst())
        }
    }

    // MARK: Parsing

    private static func segments(_ pattern: String) throws(SyntaxError) -> [Segment] {
        var result: [Segment] = []
        for part in split(pattern) {
            if part == "**" {
                if result.last != .anyDepth { result.append(.anyDepth) }
            } else {
                result.append(.tokens(try tokens(part)))
            }
        }
        return result
    }

    private static func tokens(_ part: String) throws(SyntaxError) -> [Token] {
        let characters = Array(part)
        var result: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if result.last != .anyRun { result.append(.anyRun) }
            case "?":
                result.append(.anyCharacter)
            case "\\" where index + 1 < characters.count:
                index += 1
                result.append(.literal(characters[index]))
            case "[":
                var cursor = index + 1
                var negated = false
                if cursor < characters.count, characters[cursor] == "!" || characters[cursor] == "^" {
                    negated = true
                    cursor += 1
                }
                var ranges: [ClosedRange<Character>] = []
                var first = true
                while cursor < characters.count, characters[cursor] != "]" || first {
                    let low = characters[cursor]
                    if cursor + 2 < characters.count, characters[cursor + 1] == "-", characters[cursor + 2] != "]" {
                        let high = characters[cursor + 2]
                        guard low <= high else {
                            throw SyntaxError(message: "the range '\(low)-\(high)' in '\(part)' is backwards")
                        }
                        ranges.append(low...high)
                        cursor += 3
                    } else {
                        ranges.append(low...low)
                        cursor += 1
                    }
                    first = false
                }
                guard cursor < characters.count else {
                    throw SyntaxError(message: "'[' without a closing ']' in '\(part)'")
                }
                result.append(.set(ranges: ranges, negated: negated))
                index = cursor
            default:
                result.append(.literal(character))
            }
            index += 1
        }
        return result
    }

    /// `a{b,c{d,e}}` → `ab`, `acd`, `ace`.
    static func expandBraces(_ pattern: String) throws(SyntaxError) -> [String] {
        let characters = Array(pattern)
        var open: Int?
        var depth = 0
        var commas: [Int] = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "{":
                if depth == 0 { open = index; commas = [] }
                depth += 1
            case ",":
                if depth == 1 { commas.append(index) }
            case "}" where depth > 0:
                depth -= 1
                if depth == 0, let start = open {
                    let prefix = String(characters[..<start])
                    let suffix = String(characters[(index + 1)...])
                    var bounds = [start] + commas + [index]
                    var results: [String] = []
                    for (lower, upper) in zip(bounds, bounds.dropFirst()) {
                        let choice = String(characters[(lower + 1)..<upper])
                        results.append(contentsOf: try expandBraces(prefix + choice + suffix))
                        if results.count > 4096 { throw SyntaxError(message: "'\(pattern)' expands to too many patterns") }
                    }
                    bounds.removeAll()
                    return results
                }
            default: break
            }
            index += 1
        }
        if depth > 0 { throw SyntaxError(message: "'{' without a closing '}' in '\(pattern)'") }
        return [pattern]
    }
}
