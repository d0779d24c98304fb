import Foundation
import SelarasCore
import SelarasRules
import SelarasTestSupport
import Testing
@testable import SelarasPacks

/// The byte-level fast paths of pack loading against the plain ones they replace.
@Suite struct FastPathTests {
    /// Pieces that stress grapheme clusters around the markers: combining marks, a Prepend, a
    /// ZWJ, emoji, NBSP, curly quotes, CRLF.
    static let pieces = ["a", "Rp", " ", "«", "»", "«", "»", "\u{0301}", "é", "e\u{0301}", "\u{00A0}", "“", "”",
                         "😀", "👍🏽", "\u{20D0}", "\u{FE0F}", "\u{200C}", "…", "–", "\r\n", "\n", "\u{0600}", "\u{200D}", "\u{0903}", "ñ", "—", "1.000", "\t"]

    static func randomText(_ generator: inout SeededGenerator, maximumPieces: Int = 12) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func exampleMarkersMatchTheCharacterWalk() {
        var generator = SeededGenerator(seed: 0x5E1A_4A5)
        var fastCount = 0
        for _ in 0..<20_000 {
            let raw = Self.randomText(&generator)
            guard let markers = ExampleMarkers.scan(raw) else { continue }
            fastCount += 1
            let plain = RuleExample(raw: raw, expectedSuggestion: "s")
            #expect(markers.example(raw: raw, expectedSuggestion: "s") == plain, "\(raw.debugDescription)")
            #expect(markers.balanced == plain.markersAreBalanced, "\(raw.debugDescription)")
            #expect(markers.hasMarker == (raw.contains(RuleExample.openMarker) || raw.contains(RuleExample.closeMarker)),
                    "\(raw.debugDescription)")
        }
        #expect(fastCount > 5_000)
    }

    @Test func exampleMarkersDeclineAJoiningNeighbour() {
        #expect(ExampleMarkers.scan("a«\u{0301}b»") == nil)
        #expect(ExampleMarkers.scan("\u{0600}«b»") == nil)
        #expect(ExampleMarkers.scan("«b»\u{200D}") == nil)
        #expect(ExampleMarkers.scan("«\u{20D0}b»") == nil)
        #expect(ExampleMarkers.scan("😀«b»") == nil)
        #expect(ExampleMarkers.scan("“«Rp 5»” é") != nil)
    }

    /// A JSON5 literal for `text`: quotes, backslashes and line breaks escaped, the rest as is.
    static func literal(_ text: String, quote: Character) -> String {
        var out = String(quote)
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += (text.count % 2 == 0 ? "\\t" : "\t")
            case "\u{00A0}": out += (text.count % 3 == 0 ? "\\u00A0" : "\u{00A0}")
            default:
                if Character(character) == quote { out += "\\" + String(quote) } else { out.unicodeScalars.append(character) }
            }
        }
        out.append(quote)
        return out
    }

    @Test func stringsAndPositionsAfterThem() throws {
        var generator = SeededGenerator(seed: 0x5715)
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        for round in 0..<2_000 {
            let text = Self.randomText(&generator) + (round % 5 == 0 ? "\"'" : "")
            let quote: Character = round % 2 == 0 ? "\"" : "'"
            let prefix = "{ \u{00A0}k_é\(round % 7): " + Self.literal(text, quote: quote) + ", "
            let document = prefix + "next: 1 }"
            let value = try parser.parse(document)
            guard case .object(let members) = value.content, members.count == 2 else {
                Issue.record("not two members: \(document.debugDescription)")
                continue
            }
            #expect(members[0].key == "k_é\(round % 7)")
            #expect(members[0].value.stringValue == text, "\(document.debugDescription)")
            // The literal holds no raw line break, so `next` is on line 1 after every scalar before it.
            #expect(members[1].keyLine == 1)
            #expect(members[1].keyColumn == prefix.unicodeScalars.count + 1, "\(document.debugDescription)")
            #expect(members[1].value.column == prefix.unicodeScalars.count + 7)
        }
    }

    @Test func identifiersMixingASCIIAndOtherLetters() throws {
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        let value = try parser.parse("{ abc: 1, $x_9: 2, kata_é: 3, é1: 4, _: 5, a\u{200D}b: 6 }")
        guard case .object(let members) = value.content else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["abc", "$x_9", "kata_é", "é1", "_", "a\u{200D}b"])
        #expect(members.map(\.keyColumn) == [3, 11, 20, 31, 38, 44])
    }

    @Test func duplicateKeysInSmallAndLargeObjects() {
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        for size in [3, 15, 16, 17, 40] {
            let keys = (0..<size).map { "k\($0)" }
            let body = keys.map { "\($0): 1" }.joined(separator: ",\n")
            for duplicate in [0, size / 2, size - 1] {
                let text = "{\n" + body + ",\n" + keys[duplicate] + ": 2 }"
                do {
                    _ = try parser.parse(text)
                    Issue.record("no error for size \(size)")
                } catch {
                    #expect(error.message == "duplicate key '\(keys[duplicate])'")
                    #expect(error.line == size + 2)
                    #expect(error.hint == "'\(keys[duplicate])' is already set at line \(duplicate + 2), column 1; keep one")
                }
            }
            // Canonically equivalent keys are the same key, as with a dictionary.
            let composed = "{ " + keys.map { "\($0): 1, " }.joined() + "\"é\": 1, \"e\u{0301}\": 2 }"
            #expect(throws: SelarasError.self) { try parser.parse(composed) }
        }
    }

    @Test func unclosedObjectAndListMessages() {
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        do { _ = try parser.parse("{\n a: [1,\n 2"); Issue.record("parsed") } catch {
            #expect(error.hint == "close the list opened at line 2, column 5 with ]")
        }
        do { _ = try parser.parse("{\n a: 1"); Issue.record("parsed") } catch {
            #expect(error.hint == "close the object opened at line 1, column 1 with }")
        }
    }

    struct ReadOrder: Decodable {
        enum CodingKeys: String, CodingKey { case b, a }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            _ = try container.decodeIfPresent(Int.self, forKey: .b)
            _ = try container.decodeIfPresent(Int.self, forKey: .a)
            _ = try container.decodeIfPresent(Int.self, forKey: .b)
        }
    }

    struct UnreadCase: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case z, y, reserved }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            _ = try container.decodeIfPresent(Int.self, forKey: .y)
            _ = try container.decodeIfPresent(Int.self, forKey: .z)
        }
    }

    /// Known keys are listed lazily now: the order and the unread-but-declared cases stay as they were.
    @Test func knownKeysKeepTheirOrder() throws {
        let decoder = JSON5TreeDecoder(code: .pack, path: "r.json5", subject: "rule")
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        let read = decoder.decodeReportingAll(ReadOrder.self, from: try parser.parse("{ a: 1, c: 2 }"))
        #expect(read.errors.map(\.message) == ["unknown key 'c' in rule; known keys: b, a"])
        let clean = decoder.decodeReportingAll(UnreadCase.self, from: try parser.parse("{ y: 1, reserved: 2 }"))
        #expect(clean.errors.isEmpty)
        let typo = decoder.decodeReportingAll(UnreadCase.self, from: try parser.parse("{ y: 1, reserve: 2 }"))
        #expect(typo.errors.map(\.message) == ["unknown key 'reserve' in rule; known keys: z, y, reserved"])
        #expect(typo.errors.first?.hint == "did you mean 'reserved'?")
    }

    /// The POSIX listing against the FileManager walk it replaced: hidden files, nested
    /// directories, symlinks to files and directories, a dangling symlink.
    @Test func packFileListingMatchesTheFileManagerWalk() throws {
        let root = try TemporaryDirectory()
        try root.write("pack/a.json5", "{}")
        try root.write("pack/.hidden", "")
        try root.write("pack/sub/b.json5", "{}")
        try root.write("pack/sub/deeper/c.tsv", "")
        try root.write("pack/pack.json5", "{}")
        try root.write("pack/sub/pack.json5", "{}")
        try root.write("other/d.json5", "{}")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.file("pack/linkdir"), withDestinationPath: root.file("other"))
        try manager.createSymbolicLink(atPath: root.file("pack/linkfile.json5"), withDestinationPath: root.file("other/d.json5"))
        try manager.createSymbolicLink(atPath: root.file("pack/dangling.json5"), withDestinationPath: root.file("nowhere"))
        try manager.createDirectory(atPath: root.file("pack/empty"), withIntermediateDirectories: true)
        let directory = root.file("pack")
        var expected: [String] = []
        if let enumerator = manager.enumerator(atPath: directory) {
            while let next = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: directory + "/" + next, isDirectory: &isDirectory), !isDirectory.boolValue {
                    expected.append(next)
                }
            }
        }
        #expect(PackFileListing.files(in: directory).sorted() == expected.sorted())
        #expect(expected.contains("sub/deeper/c.tsv") && expected.contains("linkfile.json5") && !expected.contains("linkdir"))
    }

    /// An example entry read without the decoder is what the decoder reads, error-free.
    @Test func plainExampleEntriesDecodeAlike() throws {
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        let decoder = JSON5TreeDecoder(code: .pack, path: "r.json5", subject: "example", keyPathPrefix: "examples.bad[0]")
        let objects = ["{ text: 'a' }", "{ text: 'a', suggestion: null }", "{ suggestion: 'b', text: 'a' }", "{ text: 1 }",
                       "{ suggestion: 'b' }", "{ text: 'a', extra: 1 }", "{ tex: 'a' }", "{}", "{ text: null }",
                       "{ text: 'a', suggestion: 2 }", "{ text: 'a', suggestion: [] }", "{ \"text\": \"«x»\" }"]
        var plainCount = 0
        for object in objects {
            let value = try parser.parse(object)
            guard case .object(let members) = value.content else { continue }
            for allowsSuggestion in [true, false] {
                guard let plain = ExampleReader.plainEntry(members, allowsSuggestion: allowsSuggestion) else { continue }
                plainCount += 1
                if allowsSuggestion {
                    let (entry, errors) = decoder.decodeReportingAll(BadExampleEntry.self, from: value)
                    #expect(errors.isEmpty && entry?.text == plain.text && entry?.suggestion == plain.suggestion, "\(object)")
                } else {
                    let (entry, errors) = decoder.decodeReportingAll(GoodExampleEntry.self, from: value)
                    #expect(errors.isEmpty && entry?.text == plain.text && plain.suggestion == nil, "\(object)")
                }
            }
        }
        #expect(plainCount == 6)
    }

    /// A rule file read without the decoder is what the decoder reads, error-free; every file
    /// the decoder would complain about is left to it.
    @Test func plainRuleFilesDecodeAlike() throws {
        let parser = JSON5Parser(code: .pack, path: "r.json5")
        let decoder = JSON5TreeDecoder(code: .pack, path: "r.json5", subject: "rule")
        let base = ["id: 'x'", "kind: 'existence'", "level: 'warning'", "message: 'm'", "description: 'd'", "examples: { bad: ['«a»'], good: ['b'] }"]
        let extras = ["", "$schema: 's'", "$schema: null", "link: 'l'", "link: null", "scope: 'body'", "scope: 3",
                      "params: { a: 1 }", "params: null", "params: [1]", "levle: 'x'", "\"id\": 'y'"]
        var variants: [String] = []
        for extra in extras {
            variants.append("{ " + (base + (extra.isEmpty ? [] : [extra])).joined(separator: ", ") + " }")
        }
        for (index, _) in base.enumerated() {
            var dropped = base
            dropped.remove(at: index)
            variants.append("{ " + dropped.joined(separator: ", ") + " }")
        }
        for examples in ["examples: {}", "examples: { bad: null }", "examples: { good: [1, null] }", "examples: { bad: 'a' }",
                         "examples: { bda: [] }", "examples: []", "examples: null"] {
            variants.append("{ " + (base.dropLast() + [examples]).joined(separator: ", ") + " }")
        }
        variants.append("{ " + base.joined(separator: ", ").replacingOccurrences(of: "level: 'warning'", with: "level: 2") + " }")
        var plainCount = 0
        for text in variants {
            let root: JSON5Value
            do { root = try parser.parse(text) } catch { continue }  // a duplicate key
            let (decoded, errors) = decoder.decodeReportingAll(RuleFile.self, from: root)
            guard let plain = RuleFile(plain: root) else { continue }
            plainCount += 1
            #expect(errors.isEmpty, "\(text)")
            guard let decoded else { Issue.record("not decoded: \(text)"); continue }
            #expect(plain.schema == decoded.schema && plain.id == decoded.id && plain.kind == decoded.kind
                    && plain.level == decoded.level && plain.message == decoded.message
                    && plain.description == decoded.description && plain.link == decoded.link
                    && plain.scope == decoded.scope && plain.params == decoded.params
                    && plain.examples.bad == decoded.examples.bad && plain.examples.good == decoded.examples.good, "\(text)")
        }
        #expect(plainCount == 12)
    }

    @Test func plainManifestsDecodeAlike() throws {
        let parser = JSON5Parser(code: .pack, path: "pack.json5")
        let decoder = JSON5TreeDecoder(code: .pack, path: "pack.json5", subject: "pack manifest")
        let base = "id: 'p', name: 'n', version: '1', description: 'd', language: 'id', maintainer: 'm', rules: ['*.json5']"
        let extras = ["", ", $schema: 's'", ", $schema: null", ", examples: null", ", examples: { date: '2024-01-01' }",
                      ", examples: { registry: 'r', date: null }", ", examples: { dte: 'x' }", ", examples: 'x'",
                      ", rulez: []", ", $schema: 1"]
        var variants = extras.map { "{ " + base + $0 + " }" }
        variants += ["{ " + base.replacingOccurrences(of: "['*.json5']", with: "['a', 2]") + " }",
                     "{ " + base.replacingOccurrences(of: "['*.json5']", with: "[]") + " }",
                     "{ " + base.replacingOccurrences(of: ", maintainer: 'm'", with: "") + " }",
                     "{ " + base.replacingOccurrences(of: "version: '1'", with: "version: 1") + " }"]
        var plainCount = 0
        for text in variants {
            let root = try parser.parse(text)
            let (decoded, errors) = decoder.decodeReportingAll(PackManifest.self, from: root)
            guard let plain = PackManifest(plain: root) else { continue }
            plainCount += 1
            #expect(errors.isEmpty, "\(text)")
            guard let decoded else { Issue.record("not decoded: \(text)"); continue }
            #expect(plain.schema == decoded.schema && plain.id == decoded.id && plain.name == decoded.name
                    && plain.version == decoded.version && plain.description == decoded.description
                    && plain.language == decoded.language && plain.maintainer == decoded.maintainer
                    && plain.rules == decoded.rules && plain.examples?.date == decoded.examples?.date
                    && plain.examples?.registry == decoded.examples?.registry
                    && (plain.examples == nil) == (decoded.examples == nil), "\(text)")
        }
        #expect(plainCount == 7)
    }
}
