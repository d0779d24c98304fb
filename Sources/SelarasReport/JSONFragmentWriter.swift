import SelarasCore

/// Writes findings and file entries exactly as `JSONEncoder` does with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` — two-space indents, `"key" : value`, keys in
/// byte order, an empty array as `[`, an empty line, `]` — without the generic encoder, which
/// costs several microseconds per value. `JSONReportStream` renders each file's fragment with
/// it; the tests hold its output byte for byte against `JSONEncoder`'s.
struct JSONFragmentWriter {
    private(set) var bytes: [UInt8] = []

    /// Elements of an array at `depth` (the report's `files` and `findings` are at depth 1, so
    /// their elements' braces are indented 4 spaces), joined with `,` and a line break.
    mutating func elements<Value>(_ values: [Value], depth: Int, _ write: (inout JSONFragmentWriter, Value, Int) -> Void) {
        for (index, value) in values.enumerated() {
            if index > 0 {
                bytes.append(0x2C)
                bytes.append(0x0A)
            }
            indent(depth + 1)
            write(&self, value, depth + 1)
        }
    }

    mutating func finding(_ finding: ReportedFinding, depth: Int) {
        var object = ObjectWriter.open(&self, depth: depth)
        object.key("column", &self); integer(finding.column)
        object.key("endColumn", &self); integer(finding.endColumn)
        object.key("endLine", &self); integer(finding.endLine)
        if let evidence = finding.evidence {
            object.key("evidence", &self)
            var inner = ObjectWriter.open(&self, depth: depth + 1)
            inner.key("asOf", &self); string(evidence.asOf)
            inner.key("record", &self); string(evidence.record)
            inner.key("source", &self); string(evidence.source)
            if let verified = evidence.verifiedAsOf { inner.key("verifiedAsOf", &self); string(verified) }
            inner.close(&self)
        }
        object.key("level", &self); string(finding.level.rawValue)
        object.key("line", &self); integer(finding.line)
        object.key("match", &self); string(finding.match)
        object.key("message", &self); string(finding.message)
        object.key("path", &self); string(finding.path)
        object.key("related", &self)
        array(finding.related, depth: depth + 1) { writer, related, depth in
            var inner = ObjectWriter.open(&writer, depth: depth)
            inner.key("column", &writer); writer.integer(related.column)
            inner.key("line", &writer); writer.integer(related.line)
            inner.key("message", &writer); writer.string(related.message)
            inner.key("path", &writer); writer.string(related.path)
            inner.close(&writer)
        }
        object.key("rule", &self); string(finding.rule)
        object.key("suggestions", &self)
        array(finding.suggestions, depth: depth + 1) { writer, suggestion, _ in writer.string(suggestion) }
        object.close(&self)
    }

    mutating func file(_ file: FileSummary, depth: Int) {
        var object = ObjectWriter.open(&self, depth: depth)
        object.key("agency", &self); optionalString(file.agency)
        object.key("date", &self); optionalString(file.date)
        object.key("findings", &self); integer(file.findings)
        object.key("path", &self); string(file.path)
        object.close(&self)
    }

    // MARK: values

    private mutating func array<Value>(_ values: [Value], depth: Int, _ write: (inout JSONFragmentWriter, Value, Int) -> Void) {
        bytes.append(0x5B)
        bytes.append(0x0A)
        if values.isEmpty {
            bytes.append(0x0A)
        } else {
            elements(values, depth: depth, write)
            bytes.append(0x0A)
        }
        indent(depth)
        bytes.append(0x5D)
    }

    mutating func indent(_ depth: Int) {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// A string with JSONEncoder's escapes: `\"`, `\\`, `\b \t \n \f \r`, other controls as
    /// `\u00xx` (lower-case hex); `/`, DEL and every non-ASCII character as they are.
    ///
    /// Runs of bytes that need no escape are copied whole: the same bytes the byte-by-byte
    /// escape would append one at a time, with one copy per run instead of a call per byte.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(0x22)
    }

    /// The escape of one byte that `string` does not copy as it is: `"`, `\\` or a control.
    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x08: bytes.append(0x62)
        case 0x09: bytes.append(0x74)
        case 0x0A: bytes.append(0x6E)
        case 0x0C: bytes.append(0x66)
        case 0x0D: bytes.append(0x72)
        default:
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            bytes += [0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
        }
    }

    /// Keys of one object: the line break and indent before each, the comma between them.
    private struct ObjectWriter {
        let depth: Int
        var count = 0

        /// Writes the opening brace of an object whose closing brace is indented to `depth`.
        static func open(_ writer: inout JSONFragmentWriter, depth: Int) -> ObjectWriter {
            writer.bytes.append(0x7B)
            return ObjectWriter(depth: depth)
        }

        private init(depth: Int) { self.depth = depth }

        mutating func key(_ name: String, _ writer: inout JSONFragmentWriter) {
            if count > 0 { writer.bytes.append(0x2C) }
            writer.bytes.append(0x0A)
            writer.indent(depth + 1)
            writer.string(name)
            writer.bytes.append(0x20)
            writer.bytes.append(0x3A)
            writer.bytes.append(0x20)
            count += 1
        }

        func close(_ writer: inout JSONFragmentWriter) {
            writer.bytes.append(0x0A)
            writer.indent(depth)
            writer.bytes.append(0x7D)
        }
    }
}
