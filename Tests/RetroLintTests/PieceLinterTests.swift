import Foundation
import RetroMarkdown
import RetroModel
import Testing

@testable import RetroLint
@testable import RetroModel

/// A large file is linted a piece at a time on several threads; the findings must be those of
/// one thread reading the pieces in order.
@Suite struct PieceLinterTests {
    /// About 300 KB in sections, cut into pieces of 16 KB or more; some pieces start with prose (a `#tag` line is a paragraph, not a
    /// heading), and the text has a link definition, a footnote, suppressions and blockquotes.
    static let document: String = {
        var text = "---\ntitle: x\n---\n\n[runbook]: https://example.com/runbook\n\n"
        var section = 0
        while text.utf8.count < 300_000 {
            section += 1
            text += section % 7 == 0 ? "#tag\n\nThe on-call engineer should have caught the alert.\n\n" : "## Section \(section)\n\n"
            for paragraph in 0..<40 {
                switch paragraph % 5 {
                case 0: text += "The deploy failed to finish because of human error, see the [runbook].\n\n"
                case 1: text += "> We should have known better; it was a rookie mistake.\n\n"
                case 2: text += "<!-- retro-lint disable-next-line blame.counterfactual -->\nThe operator should have checked the dashboard.\n\n"
                case 3: text += "| who | what |\n|---|---|\n| dev | forgot to page [^n\(section)] |\n\n[^n\(section)]: a note\n\n"
                default: text += "```\nshould have known\n```\n\nA postmortem of the disaster, ~~struck~~ at www.example.com.\n\n"
                }
            }
        }
        return text
    }()

    static let pieceBytes = 16_384

    static func linter(_ options: LintOptions, workers: Int) -> Linter {
        var linter = Linter(options: options)
        linter.workers = workers
        linter.pieceBytes = pieceBytes
        return linter
    }

    @Test func parallelPiecesGiveTheSameFindingsAsOneThread() throws {
        #expect(MarkdownChunks.splitCarryingDefinitions(Self.document, minimumBytes: Self.pieceBytes).count > 10)
        for options in [LintOptions(), LintOptions(structure: .retrospective)] {
            let sequential = Self.linter(options, workers: 1).lint(Self.document, path: "big.md")
            #expect(sequential.count > 100)
            #expect(Self.linter(options, workers: 2).lint(Self.document, path: "big.md") == sequential)
            #expect(Self.linter(options, workers: 4).lint(Self.document, path: "big.md") == sequential)
            // And the same as the file read whole, in one piece.
            var whole = Linter(options: options)
            whole.pieceBytes = Self.document.utf8.count
            #expect(whole.lint(Self.document, path: "big.md") == sequential)
        }
    }

    @Test func piecesRecordWhetherTheyReadTheSectionTheyStartIn() {
        var runs: [ProseRun] = []
        var opening = ProseExtractor(source: SourceText("Some prose first.\n\n# Heading\n\nMore prose.\n"), section: "Before") { runs.append($0) }
        CMark.withBlockViews("Some prose first.\n\n# Heading\n\nMore prose.\n") { opening.extract($0) }
        #expect(opening.usedStartSection)
        #expect(opening.headingSeen && opening.section == "Heading")
        #expect(runs.first?.section == "Before")
        #expect(runs.last?.section == "Heading")

        var headed = ProseExtractor(source: SourceText("# Heading\n\nProse.\n"), section: "Before") { _ in }
        CMark.withBlockViews("# Heading\n\nProse.\n") { headed.extract($0) }
        #expect(!headed.usedStartSection)
    }
}

@Suite struct ParallelMapTests {
    @Test func resultsComeInOrderAndEachIndexRunsOnce() {
        let calls = Calls()
        let squares = ParallelMap.map(count: 500, workers: 3) { index -> Int in
            calls.record(index)
            return index * index
        }
        #expect(squares == (0..<500).map { $0 * $0 })
        #expect(calls.sorted == Array(0..<500))
    }

    @Test func threadsComeFromTheEnvironmentWithinBounds() {
        #expect(ParallelMap.workers(environment: [:], cores: 2) == 2)
        #expect(ParallelMap.workers(environment: [:], cores: 16) == 2)
        #expect(ParallelMap.workers(environment: [:], cores: 1) == 1)
        #expect(ParallelMap.workers(environment: ["RETRO_THREADS": "1"], cores: 2) == 1)
        #expect(ParallelMap.workers(environment: ["RETRO_THREADS": "0"], cores: 2) == 1)
        #expect(ParallelMap.workers(environment: ["RETRO_THREADS": "999"], cores: 2) == 8)
        #expect(ParallelMap.workers(environment: ["RETRO_THREADS": "many"], cores: 2) == 2)
    }

    private final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var indices: [Int] = []
        func record(_ index: Int) {
            lock.lock()
            indices.append(index)
            lock.unlock()
        }
        var sorted: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return indices.sorted()
        }
    }
}
