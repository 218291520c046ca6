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
        var results = ParallelMap.map(count: pieces.count, workers: workers) { lint(pieces[$0], section: nil) }
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
}
