import Foundation
import RetroModel

/// Reads the day files of a Slack export into reader outcomes, several files at a time.
///
/// Each file is parsed and read on its own (one outcome per array element, in order), so files
/// can go to different cores; the results come back in the order given, and the first error in
/// that order is the one thrown, as a one-file-after-another loop would. The tree is only read
/// under a lock: a zip archive is not safe to extract from on several threads.
struct SlackDayFiles {
    struct Job {
        /// The channel folder, within which message ids are unique.
        var folder: String
        /// Path inside the tree.
        var path: String
        /// Path shown in messages (`export.zip/general/2025-01-10.json`).
        var displayPath: String
        var reader: SlackMessageReader
    }

    let tree: any SlackExportTree

    func read(_ jobs: [Job]) throws -> [[SlackMessageReader.Outcome]] {
        let results = Results(count: jobs.count)
        let tree = LockedTree(tree)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { number in
            let job = jobs[number]
            results.set(number, Result {
                let data = try tree.data(at: job.path)
                return try Self.outcomes(of: data, job: job)
            })
        }
        return try results.all().map { try $0.get() }
    }

    /// One file's outcomes. The fast parser reads a well-formed array of objects message by
    /// message; anything it declines goes to `ChatJSON.load`, which gives the same values or the
    /// located error (a syntax error anywhere in the file comes before a misshapen element).
    static func outcomes(of data: Data, job: Job) throws -> [SlackMessageReader.Outcome] {
        var outcomes: [SlackMessageReader.Outcome] = []
        let read = StrictJSON.forEachElement(of: data, deferring: SlackMessageReader.deferredMembers) { index, element in
            guard let object = element as? [String: Any] else { return false }
            outcomes.append(job.reader.read(object, index: index, jsonPath: "$[\(index)]"))
            return true
        }
        if read { return outcomes }
        let json = try ChatJSON.load(data, path: job.displayPath)
        guard let list = json as? [Any] else {
            throw InputError(path: job.displayPath, jsonPath: "$", "A day file must hold a JSON array of messages.", hint: "re-export the workspace; day files are never edited by hand")
        }
        outcomes = []
        outcomes.reserveCapacity(list.count)
        for (index, element) in list.enumerated() {
            guard let object = element as? [String: Any] else {
                throw InputError(path: job.displayPath, jsonPath: "$[\(index)]", "Each message must be a JSON object.", hint: "re-export the workspace; day files are never edited by hand")
            }
            outcomes.append(job.reader.read(object, index: index, jsonPath: "$[\(index)]"))
        }
        return outcomes
    }

    /// The tree, read by one worker at a time.
    private final class LockedTree: @unchecked Sendable {
        private let tree: any SlackExportTree
        private let lock = NSLock()

        init(_ tree: any SlackExportTree) {
            self.tree = tree
        }

        func data(at path: String) throws -> Data {
            try lock.withLock { try tree.data(at: path) }
        }
    }

    /// Slots the workers fill, one per job.
    private final class Results: @unchecked Sendable {
        private var slots: [Result<[SlackMessageReader.Outcome], any Error>?]
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ number: Int, _ result: Result<[SlackMessageReader.Outcome], any Error>) {
            lock.withLock { slots[number] = result }
        }

        func all() -> [Result<[SlackMessageReader.Outcome], any Error>] {
            lock.withLock { slots.compactMap { $0 } }
        }
    }
}
