import Testing
@testable import RetroMarkdown

/// A text with link reference and footnote definitions, cut into pieces that carry the
/// definitions, gives the same blocks, lines and text as the text parsed whole.
@Suite struct ChunkDefinitionTests {
    /// Sections of real-postmortem shape: reference links, footnotes cited in one section and
    /// defined in a later one, a footnote nobody cites, a code fence holding a fake definition.
    static func document(sections: Int) -> String {
        var text = ""
        for n in 0..<sections {
            text += "## Section \(n)\n\nThe [runbook][rb] and [dashboard \(n)][dash] were read at 10:\(n % 60).[^f\(n)]\n\n"
            text += "- A list item citing [^f\((n + 3) % sections)] across sections.\n- Another one with `[x]: y` in code.\n\n"
            text += "```\n[not]: a definition inside a fence\n```\n\n"
            text += "[^f\(n)]: Footnote \(n) says the pool was full.\n\n"
        }
        text += "[^orphan]: Nobody cites this footnote.\n\n[rb]: https://runbooks.example.com/pool\n[dash]: https://grafana.example.com/d/1\n"
        return text
    }

    static func blocks(_ text: String, lineOffset: Int = 0, lineLimit: Int = .max) -> [String] {
        var found: [String] = []
        CMark.withBlockViews(text, lineOffset: lineOffset, lineLimit: lineLimit) { block in
            found.append("\(block.startLine) \(block.kind) \(block.plainText)")
        }
        return found
    }

    @Test func piecesGiveTheBlocksOfTheWholeText() {
        let text = Self.document(sections: 120)
        let pieces = MarkdownChunks.splitCarryingDefinitions(text, minimumBytes: 2_000)
        #expect(pieces.count > 5)
        let whole = Self.blocks(text).sorted()
        let cut = pieces.flatMap { Self.blocks($0.text, lineOffset: $0.lineOffset, lineLimit: $0.lineCount) }.sorted()
        #expect(cut == whole)
        // The pieces still resolve what the whole text resolves.
        #expect(!cut.contains { $0.contains("[runbook]") || $0.contains("[^f") })
        #expect(!whole.contains { $0.contains("Nobody cites") })
    }

    @Test func theOldSplitLeavesSuchATextWhole() {
        let text = Self.document(sections: 120)
        #expect(MarkdownChunks.split(text, minimumBytes: 2_000).count == 1)
    }

    @Test func tooManyDefinitionsLeaveTheTextWhole() {
        var text = Self.document(sections: 40)
        for n in 0..<2_000 { text += "[ref\(n)]: https://example.com/\(n)\n" }
        #expect(MarkdownChunks.splitCarryingDefinitions(text, minimumBytes: 2_000).count == 1)
    }
}
