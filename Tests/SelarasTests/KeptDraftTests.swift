import Foundation
import SelarasCore
import SelarasText
import Testing
@testable import Selaras

/// What phase 2 keeps of a draft: no document, text or claims survive phase 1, and findings,
/// related locations and fingerprints made from the kept form equal those made from the documents.
@Suite struct KeptDraftTests {
    static let samples = Harness.repositoryRoot + "/Samples/drafts/"
    static let names = [
        "dinkes-kalsel-gizi-buruk.md", "diskominfo-kalsel-rakor-stunting.md", "korem-101-karya-bakti-banjir.md",
        "bpbd-kalsel-apel-siaga-banjir.md", "pemkab-banjar-tanggap-darurat-banjir.md", "pln-pemulihan-listrik-banjir.md",
    ]

    /// The sample drafts as the engine hands them to `keep` (text unmasked), two of them with an
    /// emoji, curly quotes and a no-break space on their figure's line, so columns are not bytes.
    static func checkedDrafts() throws -> [CheckedDraft] {
        var options = EngineOptions(runDate: LocalDate(year: 2025, month: 6, day: 16)!)
        ClaimWiring.configure(&options, registry: SampleRegistry.registry)
        let extractor = try #require(options.claimExtractor)
        return try names.map { name in
            var text = try String(contentsOfFile: samples + name, encoding: .utf8)
            text = text.replacingOccurrences(of: "\ntercatat 1.243 kasus", with: "\n🙂\u{00A0}tercatat 1.243 kasus")
                .replacingOccurrences(of: "Sepanjang 2024, tercatat 1.234", with: "“🙂” Sepanjang 2024, tercatat 1.234")
            guard case .loaded(let document, _) = DocumentLoader.load(bytes: Array(text.utf8), path: "drafts/" + name) else {
                Issue.record("\(name) did not load")
                return nil
            }
            let unmasked = Document(path: document.path, format: document.format, source: document.source,
                                    metadata: document.metadata, directives: document.directives, headings: document.headings)
            return CheckedDraft(document: unmasked, claims: extractor(document, SampleRegistry.registry), policy: FilePolicy(),
                                referenceDate: document.metadata.date ?? options.runDate)
        }.compactMap { $0 }
    }

    /// Every value reachable from `value` (stored properties, elements, tuple members).
    static func descendants(_ value: Any) -> [Any] {
        Mirror(reflecting: value).children.flatMap { [$0.value] + descendants($0.value) }
    }

    @Test func keptDraftHoldsNoDocumentTextOrClaims() throws {
        let drafts = try Self.checkedDrafts()
        let draft = try #require(drafts.first)
        let comparator = CrossDraftComparator(registry: SampleRegistry.registry)
        let source = draft.document.source
        for keepingText in [false, true] {
            let kept = comparator.keep(draft, into: CrossDraftTable(), keepingText: keepingText)
            #expect(!kept.statements.isEmpty, "the draft has statements to keep")
            let held = Self.descendants(kept)
            #expect(!held.contains { $0 is Document || $0 is SourceText || $0 is ClaimSet || $0 is TextAnalysis })
            #expect(!held.contains { ($0 as? [Int])?.count == source.lineCount }, "no line index")
            #expect(!held.contains { $0 is CrossDraftStatement }, "statements kept as ids, not strings")
            guard keepingText else {
                #expect(kept.text == nil && !held.contains { $0 is TextExcerpt }, "a streamed run keeps no text")
                continue
            }
            let excerpt = try #require(kept.text?.excerpt)
            #expect(excerpt.keptByteCount < source.count / 2, "\(excerpt.keptByteCount) of \(source.count) bytes kept")
            // Front matter and title hold no statement: none of their bytes is kept.
            let title = try #require(source.string.range(of: "title: Dinkes Kalsel Paparkan"))
            let titleStart = source.string.utf8.distance(from: source.string.startIndex, to: title.lowerBound)
            #expect(excerpt.text(Span(start: titleStart, end: titleStart + 20)).isEmpty)
        }
    }

    /// Facts, labels and values repeated across drafts are stored once in the run's table, and
    /// a kept statement is numbers only (no string, set or evidence of its own).
    @Test func statementsAreIdsIntoOneSharedTable() throws {
        let drafts = try Self.checkedDrafts()
        let comparator = CrossDraftComparator(registry: SampleRegistry.registry)
        let table = CrossDraftTable()
        let kept = drafts.map { comparator.keep($0, into: table, keepingText: false) }
        let statements = kept.flatMap(\.statements)
        for statement in statements {
            #expect(!Self.descendants(statement).contains { $0 is String || $0 is Set<String> || $0 is Evidence })
        }
        #expect(MemoryLayout<KeptStatement>.stride <= 96, "\(MemoryLayout<KeptStatement>.stride) bytes a statement")
        // The sample drafts state shared facts: some fact id appears in two drafts, once in the table.
        var draftsByFact: [UInt32: Set<String>] = [:]
        for draft in kept { for statement in draft.statements { draftsByFact[statement.fact, default: []].insert(draft.path) } }
        #expect(draftsByFact.values.contains { $0.count > 1 })
        let snapshot = table.snapshot()
        let stored = (0..<snapshot.strings.count).map { snapshot.string(UInt32($0)) }
        #expect(Set(stored).count == stored.count, "each string stored once")
        let ids = statements.flatMap { [$0.fact, $0.factLabel, $0.shown, $0.value] }
        #expect(stored.count < ids.count, "\(stored.count) strings for \(ids.count) uses")
        #expect(ids.allSatisfy { Int($0) < stored.count })
        #expect(snapshot.strings.byteCount == stored.reduce(0) { $0 + $1.utf8.count }, "bytes only, no String objects")
    }

    @Test func arenaGivesEachDistinctStringOneIdAndBackItsText() {
        var arena = StringArena()
        let words = (0..<5_000).map { "fakta \($0 % 1_700) “kutip” 🙂\u{00A0}" } + ["", "Bupati Banjar"]
        let ids = words.map { arena.id($0) }
        #expect(arena.count == 1_700 + 2, "the hash table grew and still finds every string")
        for (word, id) in zip(words, ids) {
            #expect(arena.string(id) == word)
            #expect(arena.id(word) == id)
        }
        #expect(ids[0] == ids[1_700] && ids[0] != ids[1])
    }

    @Test func phaseTwoFindingsEqualThoseMadeFromTheDocuments() throws {
        let drafts = try Self.checkedDrafts()
        let comparator = CrossDraftComparator(registry: SampleRegistry.registry)
        let table = CrossDraftTable()
        let kept = drafts.map { comparator.keep($0, into: table, keepingText: true) }
        let found = comparator.compare(kept)
        let streamedTable = CrossDraftTable()
        let streamed = drafts.map { comparator.keep($0, into: streamedTable, keepingText: false) }
        #expect(comparator.compare(streamed).isEmpty, "without the text, related locations need `matches`")
        var asked: Set<Int> = []
        let foundStreamed = comparator.compare(streamed) { needed in
            asked = Set(needed.keys)
            return needed.mapValues { request in request.statements.map { $0.match(in: drafts[request.draft].document.source.text) } }
        }
        #expect(foundStreamed.map(\.0) == found.map(\.0) && foundStreamed.map(\.1) == found.map(\.1), "the same, read again")
        let pointedTo = Set(found.flatMap { $0.1.related.map(\.path) })
        #expect(Set(asked.map { drafts[$0].document.path }) == pointedTo, "only drafts shown as related are read again")
        #expect(found.count == 3, "\(found.map(\.1.message))")
        for (index, finding) in found {
            let document = drafts[index].document
            var fromKept = [try #require(kept[index].report(finding, level: .warning))]
            var fromDocument = [ReportedFindingBuilder.build(finding, level: .warning, in: document)]
            #expect(fromKept == fromDocument)
            #expect(fromKept[0].agency == document.metadata.agency && fromKept[0].match == document.source.text(finding.span))
            FingerprintContext.assign(&fromKept, context: kept[index].fingerprintContext(of:))
            FingerprintContext.assign(&fromDocument, source: document.source)
            #expect(fromKept[0].fingerprint != nil && fromKept[0].fingerprint == fromDocument[0].fingerprint)
            #expect(!finding.related.isEmpty)
            for related in finding.related {
                let other = try #require(drafts.firstIndex { $0.document.path == related.path })
                let source = drafts[other].document.source
                let statement = try #require(drafts[other].statements(comparator).first {
                    source.location(ofByte: $0.span.start) == Location(line: related.line, column: related.column)
                })
                let sentence = source.text(statement.sentence).split { $0.isWhitespace }.joined(separator: " ")
                let expected = RelatedLocation(document: drafts[other].document, span: statement.span, message: related.message,
                                               match: sentence.isEmpty ? nil : sentence)
                #expect(related == expected)
            }
        }
    }

    @Test func excerptKeepsOnlyTheCoveredBytesAtTheirOffsets() {
        let source = SourceText("aé🙂 satu\ndua tiga\nempat")
        let excerpt = TextExcerpt(source, covering: [Span(start: 3, end: 8), Span(start: 7, end: 12), Span(start: 22, end: 99)])
        #expect(excerpt.keptByteCount == 9 + 5, "overlapping spans kept once, the last clamped")
        #expect(excerpt.text(Span(start: 3, end: 12)) == "🙂 satu")
        #expect(excerpt.text(Span(start: 8, end: 12)) == "satu")
        #expect(excerpt.text(Span(start: 22, end: 40)) == "empat", "clamped to the text like SourceText.text")
        #expect(excerpt.text(Span(start: 13, end: 16)).isEmpty, "not covered: nothing kept")
        #expect(excerpt.text(Span(start: 0, end: 3)).isEmpty)
    }
}

private extension CheckedDraft {
    /// Every cross-draft statement of the draft, as the statement makers give them.
    func statements(_ comparator: CrossDraftComparator) -> [CrossDraftStatement] {
        comparator.rules.flatMap { comparator.statements(of: $0.fact, in: self, index: 0) }
    }
}
