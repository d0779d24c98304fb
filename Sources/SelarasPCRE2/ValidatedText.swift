#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SelarasCore

/// The last text PCRE2 found to be valid UTF-8 on this thread.
///
/// PCRE2 checks the subject's UTF-8 on every `pcre2_match` call unless told not to; a document
/// checked by ten regex rules was validated ten times (a tenth of a whole run). The first
/// match of a rule on a text still validates it; later rules on the same text skip the check.
/// Keyed by the identity of the byte storage, which is retained, so a hit means the same bytes.
final class ValidatedText {
    private var bytes: [UInt8] = []

    /// Whether `bytes` (the same storage) was validated on this thread.
    static func isValidated(_ bytes: [UInt8]) -> Bool {
        let last = current.bytes
        guard last.count == bytes.count, !bytes.isEmpty else { return false }
        return last.withUnsafeBufferPointer { a in bytes.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }

    /// Whether `bytes` is valid UTF-8, by Selaras's own validator (ASCII eight bytes at a time,
    /// several times faster than PCRE2's check, and the same verdict: both accept exactly strict
    /// UTF-8). Records the text when `record` (as a successful whole-text PCRE2 check would).
    /// On invalid text PCRE2's own check is left to run, so the error is PCRE2's, as before.
    static func validate(_ bytes: [UInt8], record: Bool) -> Bool {
        let valid = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte($0) == nil }
        if valid && record { current.bytes = bytes }
        return valid
    }

    /// Records that PCRE2 validated the whole of `bytes`.
    static func record(_ bytes: [UInt8]) {
        current.bytes = bytes
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
        pthread_key_create(&key) { Unmanaged<ValidatedText>.fromOpaque($0).release() }
        #else
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<ValidatedText>.fromOpaque(pointer).release() }
        }
        #endif
        return key
    }()

    private static var current: ValidatedText {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ValidatedText>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = ValidatedText()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }
}
