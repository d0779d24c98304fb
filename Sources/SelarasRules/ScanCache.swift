#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SelarasCore

/// The words of the last text scanned on this thread, so the next term rule on the same
/// document does not scan it again.
///
/// A document is checked on one thread by every rule in turn, and most built-in rules
/// (`substitution`, `existence` with terms, each group of a `consistency` rule) look words up
/// in the same text: one scan now serves them all. The cache is keyed by the identity of the
/// text's byte storage, which it retains, so a hit always means the same bytes; it holds at
/// most one text per thread and is an optimisation only (a miss just scans).
final class ScanCache {
    private var bytes: [UInt8] = []
    private var range: Range<Int> = 0..<0
    private var words: ScannedWords?

    /// Passes that could use candidates since the last scan (see `words`).
    private var keyRequests = 0
    /// The lists of the first pass over the current text, when it went without candidates.
    private var waiting: [TermIndexIdentity] = []
    /// The start words of the lists matched on this thread so far.
    private let candidateFilter = CandidateFilter()

    /// The words of `range` of `text`, whose bytes `buffer` points at, for a pass of the term
    /// lists `lists` (those that can visit candidate words only; empty: the words alone).
    ///
    /// From the second such pass over a text on, the words come with their `candidates` (the
    /// lists are registered in this thread's `CandidateFilter` first); once several lists are
    /// registered, from the first pass on. Finding candidates costs about what they save one
    /// pass, so a text only one list is matched against (a single large term list) goes without.
    static func words(of text: SourceText, range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>, for lists: [TermIndexIdentity] = []) -> ScannedWords {
        let cache = current
        var words: ScannedWords
        if let cached = cache.words, cache.range == range, cache.bytes.count == text.bytes.count,
           cache.bytes.withUnsafeBufferPointer({ $0.baseAddress == buffer.baseAddress }) {
            words = cached
        } else {
            // When this pass will get candidates anyway (its lists are registered, below), they
            // are marked while scanning instead of in a second pass over the words.
            let filter = cache.candidateFilter
            if !lists.isEmpty, filter.listCount >= 2, lists.allSatisfy(filter.isRegistered) {
                words = filter.withMarker { WordScanner.scan(buffer, range: range, marker: $0) }
                words.candidateFilter = filter
                words.candidatesVersion = filter.version
            } else {
                words = WordScanner.scan(buffer, range: range)
            }
            cache.bytes = text.bytes
            cache.range = range
            cache.words = words
            cache.keyRequests = 0
            cache.waiting = []
        }
        guard !lists.isEmpty else { return words }
        let filter = cache.candidateFilter
        cache.keyRequests += 1
        // Once several lists have been registered (after the first text with more than one
        // pass), every pass of theirs, the first of a text included, gets candidates.
        let registered = filter.listCount >= 2 && lists.allSatisfy(filter.isRegistered)
        guard registered || cache.keyRequests >= 2 else {
            // Registered with the next pass's lists, so that the lists that always come first
            // get candidates on later texts too.
            cache.waiting = lists
            return words
        }
        if !registered {
            for list in cache.waiting { filter.register(list) }
            for list in lists { filter.register(list) }
            cache.waiting = []
        }
        // Candidates are found once per text: a list registered after that (on the first texts
        // of a thread) walks every word of this one, as its stale candidates tell it to.
        if words.candidateFilter !== filter {
            words.candidates = filter.candidates(of: words)
            words.candidateFilter = filter
            words.candidatesVersion = filter.version
            cache.words = words
        }
        return words
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
        pthread_key_create(&key) { Unmanaged<ScanCache>.fromOpaque($0).release() }
        #else
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<ScanCache>.fromOpaque(pointer).release() }
        }
        #endif
        return key
    }()

    private static var current: ScanCache {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ScanCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = ScanCache()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }
}
