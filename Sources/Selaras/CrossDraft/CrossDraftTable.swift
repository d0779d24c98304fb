import Foundation
import SelarasCore

/// The strings, name-word sets and registry evidence of one run's kept statements, each stored
/// once and named by its index.
///
/// The same fact, label, value or registry record turns up in many drafts; a kept statement
/// holds four-byte ids into this table instead of its own copies, so what a run keeps per
/// statement is a few dozen bytes of numbers. Workers keep drafts in parallel, so adding takes
/// a lock (once per draft); phase 2 reads a `Snapshot`, taken when every draft is kept.
///
/// Ids are equal exactly when the values are, within one table: every draft compared together
/// must be kept into the same table (`CrossDraftComparator.keep(_:into:keepingText:)`).
public final class CrossDraftTable: @unchecked Sendable {
    private let lock = NSLock()
    /// The strings: their UTF-8 bytes one after another (`StringArena`), no `String` each.
    private var strings = StringArena()
    private var nameSets: [Set<String>] = []
    private var nameSetIDs: [Set<String>: UInt32] = [:]
    private var evidences: [Evidence] = []
    private var evidenceIDs: [Evidence: UInt32] = [:]

    public init() {}

    /// What phase 2 reads: the values by id.
    struct Snapshot: Sendable {
        let strings: StringArena
        let nameSets: [Set<String>]
        let evidences: [Evidence]

        func string(_ id: UInt32) -> String { strings.string(id) }
    }

    func snapshot() -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(strings: strings, nameSets: nameSets, evidences: evidences)
    }

    /// Runs `body` holding the lock, with an interner that adds values to the table.
    func interning<T>(_ body: (inout Interner) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        var interner = Interner(table: self)
        return body(&interner)
    }

    /// Adds values to the table; only made while its lock is held.
    struct Interner {
        fileprivate let table: CrossDraftTable

        mutating func id(_ string: String) -> UInt32 { table.strings.id(string) }

        mutating func id(_ words: Set<String>) -> UInt32 {
            if let id = table.nameSetIDs[words] { return id }
            let id = UInt32(table.nameSets.count)
            table.nameSets.append(words)
            table.nameSetIDs[words] = id
            return id
        }

        mutating func id(_ evidence: Evidence) -> UInt32 {
            if let id = table.evidenceIDs[evidence] { return id }
            let id = UInt32(table.evidences.count)
            table.evidences.append(evidence)
            table.evidenceIDs[evidence] = id
            return id
        }
    }
}
