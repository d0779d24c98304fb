import Foundation
import SelarasText

/// The `WordShapeFilter` of a registry's figure trigger words, kept between documents.
///
/// Every document of a run is checked against the same registry, and building the filter costs
/// more than the trigger search of a typical document. The cache keeps the word set it was built
/// from and rebuilds whenever it is asked about another set (compared with `==`, which is quick
/// for the same set storage), so it never answers with a filter of other words.
final class TriggerWordFilterCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: Set<String>?
    private var filter: WordShapeFilter?

    func filter(for words: Set<String>) -> WordShapeFilter {
        lock.lock()
        defer { lock.unlock() }
        if let filter, self.words == words { return filter }
        let made = WordShapeFilter(words)
        self.words = words
        self.filter = made
        return made
    }
}
