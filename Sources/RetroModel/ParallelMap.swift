import Foundation

/// Runs independent pieces of work on a few threads and returns their results in order, as one
/// thread running them in turn would.
public enum ParallelMap {
    /// One thread a core, at most two (the machines retro runs on in CI have two); the
    /// environment variable `RETRO_THREADS` (1 to 8) sets it, for example to 1 to compare.
    public static let defaultWorkers = workers(environment: ProcessInfo.processInfo.environment, cores: ProcessInfo.processInfo.activeProcessorCount)

    static func workers(environment: [String: String], cores: Int) -> Int {
        if let text = environment["RETRO_THREADS"], let asked = Int(text) { return min(max(asked, 1), 8) }
        return min(max(cores, 1), 2)
    }

    /// `body(0)`, …, `body(count - 1)`, each called once, on up to `workers` threads (the calling
    /// thread is one of them). `body` must be safe to call from several threads at once: it may
    /// read shared values but not write them, and must not share an `NSRegularExpression`.
    public static func map<Result>(count: Int, workers: Int = defaultWorkers, _ body: (Int) -> Result) -> [Result] {
        let threads = min(workers, count)
        guard threads > 1 else { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            let work = Work<Result>(count: count, body: body)
            let finished = DispatchSemaphore(value: 0)
            for _ in 1..<threads {
                let thread = Thread {
                    work.drain()
                    finished.signal()
                }
                // Recursive readers (the lint's extractor, bounded by its nesting limit) get the
                // main thread's usual stack.
                thread.stackSize = 8 << 20
                thread.start()
            }
            work.drain()
            for _ in 1..<threads { finished.wait() }
            // The other threads may still hold `work` for a moment; `body` must not outlive this call.
            return work.finish()
        }
    }
}

/// The next index to take and the results so far, behind a lock.
private final class Work<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var body: ((Int) -> Result)?
    private var next = 0
    private(set) var results: [Result?]

    init(count: Int, body: @escaping (Int) -> Result) {
        self.body = body
        results = Array(repeating: nil, count: count)
    }

    func drain() {
        while let index = take() {
            let result = body!(index)
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }

    /// The results, once every thread is done; lets go of `body`.
    func finish() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        body = nil
        return results.map { $0! }
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }
}
