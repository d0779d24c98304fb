import Dispatch
import Foundation

/// Maps a function over items on several threads, returning results in input order.
///
/// Each worker takes the next unclaimed index, so one large file does not hold up a whole
/// chunk; memory is bounded by the files being checked at the moment, not by the corpus.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ items: [Input], workers: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        if items.count <= 1 || workers <= 1 { return items.map(transform) }
        let box = ResultBox<Output>(count: items.count)
        let counter = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
            while true {
                let index = counter.next()
                if index >= items.count { break }
                box.store(transform(items[index]), at: index)
            }
        }
        return box.values()
    }
}

/// Results written by index from several threads.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every slot is written once by one worker under the lock.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

private final class AtomicCounter: @unchecked Sendable {
    // @unchecked: the value is only touched under the lock.
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}
