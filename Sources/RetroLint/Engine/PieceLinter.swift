import Foundation
import RetroMarkdown
import RetroModel

/// What linting one piece of a large file found.
struct PieceResult {
    var diagnostics: [Diagnostic]
    var blocks: [MarkdownNode]
    var htmlFragments: [(line: Int, endLine: Int, text: String)]
    /// The text of the piece's last heading; nil when it has none.
    var lastHeading: String?
    /// True when a run before the piece's first heading was read in the section it was given.
    var usedStartSection: Bool
}

/// Lints the pieces `MarkdownChunks` cuts a large file into, on several threads when there are
/// several pieces, with the same results as one thread reading them in order.
///
/// Only cmark's parse takes turns (see `CMark`): one thread reads and checks a piece while the
/// other parses the next. A piece is read as if it started under no heading; the rare piece with
/// prose before its first heading, when an earlier piece does have one, is read again in that
/// heading's section once the earlier pieces are done. The rules, their compiled lists and the
/// source text are only read, never written, while the threads run; nothing shares a regular
/// expression.
struct PieceLinter {
    /// Two threads are enough to overlap the parse with the checks; more would only add trees in memory.
    static let defaultWorkers = min(ProcessInfo.processInfo.activeProcessorCount, 2)

    let linter: Linter
    let source: SourceText
    let builder: DiagnosticBuilder
    let keepBlocks: Bool

    func lint(_ pieces: [MarkdownChunks.Piece], workers: Int) -> [PieceResult] {
        guard pieces.count > 1, workers > 1 else {
            var section: String?
            return pieces.map { piece in
                let result = lint(piece, section: section)
                if let heading = result.lastHeading { section = heading }
                return result
            }
        }
        let work = SharedWork(count: pieces.count)
        let threads = min(workers, pieces.count)
        let finished = DispatchSemaphore(value: 0)
        // Handed to the other threads, which only read it.
        let shared = Unchecked((self, pieces))
        for _ in 1..<threads {
            // The extractor recurses per nesting level (bounded by `CMark.maximumNesting`): the
            // same stack as the main thread's.
            let thread = Thread {
                shared.value.0.drain(shared.value.1, into: work)
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        drain(pieces, into: work)
        for _ in 1..<threads { finished.wait() }

        var results = work.results.map { $0! }
        var section: String?
        for index in results.indices {
            if results[index].usedStartSection, section != nil {
                results[index] = lint(pieces[index], section: section)
            }
            if let heading = results[index].lastHeading { section = heading }
        }
        return results
    }

    private func lint(_ piece: MarkdownChunks.Piece, section: String?) -> PieceResult {
        linter.lint(piece: piece, section: section, source: source, builder: builder, keepBlocks: keepBlocks)
    }

    private func drain(_ pieces: [MarkdownChunks.Piece], into work: SharedWork) {
        while let index = work.take() {
            work.store(lint(pieces[index], section: nil), at: index)
        }
    }
}

/// The next piece to take and the results so far, behind a lock.
private final class SharedWork: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private(set) var results: [PieceResult?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: PieceResult, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}

/// A value other threads only read.
private final class Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
