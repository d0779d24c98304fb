import SelarasCore

/// One draft's statement of a fact, as the statement makers (`CrossDraftFigures` and the rest)
/// find it while the draft is at hand; phase 2 keeps it as a `KeptStatement`.
///
/// `fact` is the grouping key (statements with the same key are about the same fact);
/// `KeptStatement.agrees` decides whether two statements of one fact can both be true.
struct CrossDraftStatement: Sendable {
    /// Index of the draft in the run.
    var draft: Int
    /// The sentence holding it, shown beside the other drafts' sentences in reports.
    var sentence: Span
    /// What a finding on this statement flags.
    var span: Span
    /// Grouping key: the same key means the same fact.
    var fact: String
    /// The fact in words, for messages (`kasus gizi buruk 2024`, `Bupati Banjar`).
    var factLabel: String
    /// The value as the draft states it, for messages (`1.243 kasus`, `Selasa, 17 Juni 2025`).
    var shown: String
    /// A comparable value: statements with equal `value` agree (figures also compare intervals).
    var value: String
    /// For figures: the interval the text claims.
    var interval: (low: Double?, high: Double?)?
    /// For names: the words of the name. A name whose words all appear in the other is the same
    /// name shortened (`Umar` / `Umar Contoh`), not a second spelling.
    var nameWords: Set<String>?
    /// True or false when the registry knows the fact; nil when it does not.
    var registryAgrees: Bool?
    /// The registry's value in words, and the record behind it.
    var registryValue: String?
    var evidence: Evidence?
}

/// One disagreement: the statement the finding is attached to and every other one taking part.
struct CrossDraftConflict: Sendable {
    var primary: KeptStatement
    var others: [KeptStatement]
}

/// Groups statements by fact and finds the facts the drafts disagree on, once per fact.
enum CrossDraftConflicts {
    /// `perDraft[i]` holds draft i's statements of one rule (their `draft` is set here), their
    /// ids in `table`;
    /// `paths` orders drafts for the tie-break "the later path carries the finding".
    ///
    /// Facts are grouped by position, and statements copied only for facts stated in two drafts
    /// or more: phase 2 holds every draft's statements already, and most facts are in one draft.
    static func find(
        in perDraft: [ArraySlice<KeptStatement>], paths: [String], table: CrossDraftTable.Snapshot
    ) -> [CrossDraftConflict] {
        var byFact: [UInt32: [(draft: Int32, index: Int32)]] = [:]
        var order: [UInt32] = []
        for (draft, statements) in perDraft.enumerated() {
            for (index, statement) in zip(statements.indices, statements) {
                if byFact[statement.fact] == nil { order.append(statement.fact) }
                byFact[statement.fact, default: []].append((Int32(draft), Int32(index)))
            }
        }
        return order.compactMap { fact in
            let positions = byFact[fact] ?? []
            guard positions.contains(where: { $0.draft != positions[0].draft }) else { return nil }
            let group = positions.map { position -> KeptStatement in
                var statement = perDraft[Int(position.draft)][Int(position.index)]
                statement.draft = position.draft
                return statement
            }
            return conflict(in: group, paths: paths, table: table)
        }
    }

    private static func conflict(in group: [KeptStatement], paths: [String], table: CrossDraftTable.Snapshot) -> CrossDraftConflict? {
        guard Set(group.map(\.draft)).count > 1 else { return nil }
        // Classes of statements that agree with the class's first statement.
        var classes: [[KeptStatement]] = []
        for statement in group {
            if let index = classes.firstIndex(where: { $0[0].agrees(with: statement, in: table) }) {
                classes[index].append(statement)
            } else {
                classes.append([statement])
            }
        }
        guard classes.count > 1 else { return nil }
        // With two drafts and two classes some pair of different drafts always disagrees, so a
        // draft contradicting only itself is never reported alone (it needs a second draft here).
        let draftsPerClass = classes.map { Set($0.map(\.draft)) }
        // One statement per draft and class: repeating a figure in one draft adds no location.
        var seen: Set<String> = []
        var participants: [(statement: KeptStatement, classIndex: Int)] = []
        for (index, members) in classes.enumerated() {
            for statement in members where seen.insert("\(statement.draft)\u{0}\(index)").inserted {
                participants.append((statement, index))
            }
        }
        let primaryIndex = choosePrimary(participants, classes: draftsPerClass, paths: paths)
        let primary = participants[primaryIndex].statement
        var others = participants.enumerated().filter { $0.offset != primaryIndex }.map(\.element.statement)
        others.sort { (paths[Int($0.draft)], $0.span.start) < (paths[Int($1.draft)], $1.span.start) }
        return CrossDraftConflict(primary: primary, others: others)
    }

    /// The side that disagrees with the registry; else the minority; ties go to the later path.
    private static func choosePrimary(
        _ participants: [(statement: KeptStatement, classIndex: Int)], classes: [Set<Int32>], paths: [String]
    ) -> Int {
        let largest = classes.map(\.count).max() ?? 0
        func rank(_ entry: (statement: KeptStatement, classIndex: Int)) -> (Int, Int, String, Int) {
            let registry = entry.statement.registryAgrees == false ? 1 : 0
            let minority = classes[entry.classIndex].count < largest ? 1 : 0
            return (registry, minority, paths[Int(entry.statement.draft)], entry.statement.span.start)
        }
        var best = 0
        for index in participants.indices.dropFirst() where rank(participants[index]) > rank(participants[best]) {
            best = index
        }
        return best
    }
}
