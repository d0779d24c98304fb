import CPCRE2
import SelarasCore

/// A regex compiled by PCRE2 with UTF and UCP (so `\w` and `\b` know Indonesian letters),
/// JIT-compiled where available, and bounded by match and depth limits so that a pathological
/// pattern from a pack gives up with `MatcherError.limitExceeded` instead of hanging.
public final class PCRE2Matcher: Matcher, @unchecked Sendable {
    // @unchecked: the compiled code is immutable after init and PCRE2 allows sharing it across
    // threads; each call creates its own match data and context.
    public let pattern: String
    private let code: OpaquePointer
    /// Where matches of this exact pattern can start (see `AttemptPrefilter`); nil for most.
    private let prefilter: AttemptPrefilter?

    /// Backtracking steps allowed per match attempt (PCRE2 default is 10,000,000: far too slow).
    public static let matchLimit: UInt32 = 1_000_000
    /// Backtracking depth limit per match attempt.
    public static let depthLimit: UInt32 = 10_000
    /// `PCRE2_UNSET` (~(PCRE2_SIZE)0), whose macro does not import into Swift.
    static let unset = UInt.max

    /// `usePrefilter: false` matches plainly even a pattern that has a prefilter (for tests that
    /// compare both).
    public init(pattern: String, options: MatcherOptions = MatcherOptions(), usePrefilter: Bool = true) throws(MatcherError) {
        self.pattern = pattern
        self.prefilter = usePrefilter ? AttemptPrefilter.forPattern(pattern, caseInsensitive: options.caseInsensitive) : nil
        var flags = UInt32(PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE)
        if options.caseInsensitive { flags |= UInt32(PCRE2_CASELESS) }
        // The offset limit bounds a prefiltered search to one window; PCRE2 allows it only when
        // the pattern is compiled for it.
        if prefilter != nil { flags |= UInt32(PCRE2_USE_OFFSET_LIMIT) }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw MatcherError.compile(message: PCRE2Matcher.message(for: errorCode), offset: errorOffset)
        }
        self.code = compiled
        // JIT is an optimisation: when it is unavailable the interpreter gives the same results.
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
    }

    deinit {
        pcre2_code_free_8(code)
    }

    public func matches(in text: SourceText, range: Range<Int>) throws(MatcherError) -> [MatchResult] {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
            throw MatcherError.limitExceeded(message: "out of memory creating match data")
        }
        defer { pcre2_match_data_free_8(matchData) }
        guard let context = pcre2_match_context_create_8(nil) else {
            throw MatcherError.limitExceeded(message: "out of memory creating match context")
        }
        defer { pcre2_match_context_free_8(context) }
        pcre2_set_match_limit_8(context, PCRE2Matcher.matchLimit)
        pcre2_set_depth_limit_8(context, PCRE2Matcher.depthLimit)

        let captureCount = Int(pcre2_get_ovector_count_8(matchData))
        var results: [MatchResult] = []
        var failure: MatcherError?
        if let prefilter {
            switch matchWindows(prefilter, in: text, range: range, matchData: matchData, context: context) {
            case let .matched(found): return found
            case let .failed(error): throw error
            case .unsupported: pcre2_set_offset_limit_8(context, Int(bitPattern: PCRE2Matcher.unset))
            }
        }
        text.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let subjectEnd = range.upperBound
            var start = range.lowerBound
            var options: UInt32 = 0
            // The first call checks the subject is valid UTF-8 (from `start` on); later calls
            // skip the check, which otherwise re-reads the rest of the text at every match.
            // A whole text already validated on this thread (by an earlier rule), or found valid
            // now by the faster shared validator, is not checked again (`knownValid`).
            let known = start < buffer.count && PCRE2Matcher.knownValid(text, buffer, start: start, end: subjectEnd)
            var utfCheck: UInt32 = known ? UInt32(PCRE2_NO_UTF_CHECK) : 0
            let validatesWhole = !known && start == 0 && subjectEnd == buffer.count
            while start <= subjectEnd {
                let rc = pcre2_match_8(code, base, subjectEnd, start, options | utfCheck, matchData, context)
                if utfCheck == 0, validatesWhole, rc >= 0 || rc == PCRE2_ERROR_NOMATCH { ValidatedText.record(text.bytes) }
                utfCheck = UInt32(PCRE2_NO_UTF_CHECK)
                if rc == PCRE2_ERROR_NOMATCH {
                    if options == 0 { break }
                    // An empty match at `start` left nothing else here: step one scalar on.
                    options = 0
                    start = PCRE2Matcher.nextScalar(after: start, in: buffer, limit: subjectEnd)
                    continue
                }
                if rc < 0 {
                    failure = .limitExceeded(message: PCRE2Matcher.message(for: rc))
                    return
                }
                let ovector = pcre2_get_ovector_pointer_8(matchData)!
                let matchStart = Int(ovector[0])
                let matchEnd = Int(ovector[1])
                let captures = PCRE2Matcher.captures(ovector, count: captureCount, rc: rc)
                results.append(MatchResult(span: Span(start: matchStart, end: matchEnd), captures: captures))
                start = matchEnd
                options = matchStart == matchEnd ? UInt32(PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
            }
        }
        if let failure { throw failure }
        return results
    }

    private enum WindowOutcome {
        case matched([MatchResult])
        case failed(MatcherError)
        /// An empty match, which the plain scan steps over in its own way: match plainly instead.
        case unsupported
    }

    /// The matches of the plain scan, found by searching only the prefilter's windows.
    ///
    /// Equivalent to the plain scan because every attempt start outside the windows fails, and
    /// PCRE2 tries attempt starts in the same order: `cursor` is the first start not yet known to
    /// fail; each window is searched from `max(cursor, lower)` with the offset limit `upper`, again
    /// after each match from its end (as the plain scan goes on from a match's end).
    private func matchWindows(_ prefilter: AttemptPrefilter, in text: SourceText, range: Range<Int>,
                              matchData: OpaquePointer, context: OpaquePointer) -> WindowOutcome {
        let captureCount = Int(pcre2_get_ovector_count_8(matchData))
        return text.bytes.withUnsafeBufferPointer { buffer -> WindowOutcome in
            guard let base = buffer.baseAddress, range.lowerBound < range.upperBound else { return .unsupported }
            let subjectEnd = range.upperBound
            // The same UTF-8 check as the plain scan's first call (same code, subject and start
            // offset, so the same error on invalid text); its one attempt is searched again below.
            let start = range.lowerBound
            let known = PCRE2Matcher.knownValid(text, buffer, start: start, end: subjectEnd)
            if !known {
                pcre2_set_offset_limit_8(context, start)
                let rc = pcre2_match_8(code, base, subjectEnd, start, 0, matchData, context)
                if rc < 0 && rc != PCRE2_ERROR_NOMATCH {
                    return .failed(.limitExceeded(message: PCRE2Matcher.message(for: rc)))
                }
                if start == 0 && subjectEnd == buffer.count { ValidatedText.record(text.bytes) }
            }
            var windows: [Int] = []
            prefilter.windows(UnsafeBufferPointer(rebasing: buffer[0..<subjectEnd]), &windows)
            var results: [MatchResult] = []
            var cursor = start
            var index = 0
            var lastLower = 0
            while index < windows.count {
                let upper = windows[index + 1]
                // Skipping starts below `cursor` is right only if no later window reaches below an
                // earlier one's start: prefilters report windows in order; a slip matches plainly.
                guard windows[index] >= lastLower else { return .unsupported }
                lastLower = windows[index]
                var from = max(cursor, windows[index])
                index += 2
                pcre2_set_offset_limit_8(context, upper)
                while from <= upper {
                    let rc = pcre2_match_8(code, base, subjectEnd, from, UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
                    if rc == PCRE2_ERROR_NOMATCH {
                        cursor = upper + 1
                        break
                    }
                    if rc < 0 { return .failed(.limitExceeded(message: PCRE2Matcher.message(for: rc))) }
                    let ovector = pcre2_get_ovector_pointer_8(matchData)!
                    let matchStart = Int(ovector[0])
                    let matchEnd = Int(ovector[1])
                    if matchStart == matchEnd { return .unsupported }
                    let captures = PCRE2Matcher.captures(ovector, count: captureCount, rc: rc)
                    results.append(MatchResult(span: Span(start: matchStart, end: matchEnd), captures: captures))
                    cursor = matchEnd
                    from = matchEnd
                }
            }
            return .matched(results)
        }
    }

    /// Whether PCRE2's UTF-8 check of the subject `start..<end` can be skipped: it starts on a
    /// character, and the whole text was validated on this thread or is valid now. Then PCRE2's
    /// check would pass too, provided `end` is on a character boundary. The text is recorded
    /// only for a whole-text search, as after PCRE2's own check.
    static func knownValid(_ text: SourceText, _ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard buffer[start] & 0xC0 != 0x80 else { return false }
        if ValidatedText.isValidated(text.bytes) { return true }
        guard end == buffer.count || buffer[end] & 0xC0 != 0x80 else { return false }
        return ValidatedText.validate(text.bytes, record: start == 0 && end == buffer.count)
    }

    private static func nextScalar(after offset: Int, in buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var next = offset + 1
        while next < limit, buffer[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    /// The capture groups of a match (nil for a group that took no part), from its ovector.
    static func captures(_ ovector: UnsafeMutablePointer<Int>, count captureCount: Int, rc: Int32) -> [Span?] {
        guard captureCount > 1 else { return [] }
        var captures: [Span?] = []
        for group in 1..<min(captureCount, Int(rc)) {
            let start = ovector[2 * group]
            let end = ovector[2 * group + 1]
            captures.append(start == PCRE2Matcher.unset ? nil : Span(start: Int(start), end: Int(end)))
        }
        return captures
    }

    static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pcre2_get_error_message_8(errorCode, pointer.baseAddress, pointer.count)
        }
        if length < 0 { return "PCRE2 error \(errorCode)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}

/// Compiles patterns with PCRE2.
public struct PCRE2MatcherFactory: MatcherFactory {
    public init() {}

    public func compile(_ pattern: String, options: MatcherOptions) throws(MatcherError) -> any Matcher {
        try PCRE2Matcher(pattern: pattern, options: options)
    }
}
