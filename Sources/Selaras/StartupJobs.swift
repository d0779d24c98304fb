import Dispatch

/// Runs the independent pieces of a run's start-up at the same time and returns every outcome.
///
/// Packs, registry and the walk over the input paths do not depend on each other until the engine
/// is made; run one after the other they keep a second core idle while an editor or a hook waits.
/// Each outcome is kept, success or error, so the caller decides which error wins — the one a
/// serial start-up would have thrown.
enum StartupJobs {
    static func run<First: Sendable, Second: Sendable, Third: Sendable>(
        _ first: @escaping @Sendable () throws -> First, _ second: @escaping @Sendable () throws -> Second,
        _ third: @escaping @Sendable () throws -> Third
    ) -> (Result<First, any Error>, Result<Second, any Error>, Result<Third, any Error>) {
        let box = OutcomeBox<First, Second, Third>()
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            switch index {
            case 0: box.first = Result(catching: first)
            case 1: box.second = Result(catching: second)
            default: box.third = Result(catching: third)
            }
        }
        // `concurrentPerform` returns after every iteration: all slots are written.
        return (box.first!, box.second!, box.third!)
    }
}

/// The outcomes of `StartupJobs.run`.
private final class OutcomeBox<First: Sendable, Second: Sendable, Third: Sendable>: @unchecked Sendable {
    // @unchecked: each slot is written by exactly one iteration of `concurrentPerform`, and read
    // only after it has returned (which orders the writes before the reads).
    var first: Result<First, any Error>?
    var second: Result<Second, any Error>?
    var third: Result<Third, any Error>?
}
