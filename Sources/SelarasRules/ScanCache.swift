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

    /// Requests for keys since the last scan (see `words`).
    private var keyRequests = 0

    /// The words of `range` of `text`, whose bytes `buffer` points at.
    ///
    /// `withKeys`: the caller can use `ScannedWords.keys`. They are made on the second such
    /// request for the same text: making them costs about what they save one pass, so a text
    /// only one list is matched against (a single large term list) goes without.
    static func words(of text: SourceText, range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>, withKeys: Bool = false) -> ScannedWords {
        let cache = current
        if var words = cache.words, cache.range == range, cache.bytes.count == text.bytes.count,
           cache.bytes.withUnsafeBufferPointer({ $0.baseAddress == buffer.baseAddress }) {
            if withKeys, words.keys.count != words.tokens.count {
                cache.keyRequests += 1
                if cache.keyRequests >= 2 {
                    words.keys = WordKey.keys(of: words)
                    cache.words = words
                }
            }
            return words
        }
        let words = WordScanner.scan(buffer, range: range)
        cache.bytes = text.bytes
        cache.range = range
        cache.words = words
        cache.keyRequests = withKeys ? 1 : 0
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
