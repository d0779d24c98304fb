import Dispatch

/// Runs two independent pieces of work at the same time and returns both outcomes.
///
/// For start-up work that would otherwise run one after the other on an idle second core (packs
/// and registry). Each outcome is kept, success or error, so the caller decides which error
/// wins — the same one a serial run would have thrown.
enum ParallelPair {
    static func run<First: Sendable, Second: Sendable>(
        _ first: @escaping @Sendable () throws -> First, _ second: @escaping @Sendable () throws -> Second
    ) -> (Result<First, any Error>, Result<Second, any Error>) {
        let box = PairBox<First, Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { box.first = Result(catching: first) } else { box.second = Result(catching: second) }
        }
        // `concurrentPerform` returns after both iterations: both slots are written.
        return (box.first!, box.second!)
    }
}

/// The two outcomes of `ParallelPair.run`.
private final class PairBox<First: Sendable, Second: Sendable>: @unchecked Sendable {
    // @unchecked: each slot is written by exactly one iteration of `concurrentPerform`, and read
    // only after it has returned (which orders the writes before the reads).
    var first: Result<First, any Error>?
    var second: Result<Second, any Error>?
}
