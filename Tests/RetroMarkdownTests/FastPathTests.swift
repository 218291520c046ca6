import Testing
@testable import RetroMarkdown

/// The byte-level paths added for speed must give exactly what the Character-level code gives.
@Suite struct FastPathTests {
    static let escapeInputs = [
        "plain words", "  leading spaces", "# heading", "- item", "+ item", "= rule", "> quote", "1. first", "12) second",
        "1.5 is fine", "snake_case and _emphasis_", "a_b _c d_", "&amp; &#39; &x; & alone", "https://example.com/x",
        "see www.example.com and WWW.example.com", "`code` *bold* [link](x) <b> |a|b| ~strike~ \\ back",
        "tab\there\nnew line", "\u{7}bell and \u{1B}escape", "ends with 5.", "9.", "   3) spaced", "1234567890. long",
        "fire 🔥 after", "🔥# not start", "🔥_under_🔥", "🔥1. list", "www.🔥.com", "a🏽 modifier", "[🏽", "👍🏽 thumbs",
        "flag 🇩🇪 here", "zwj 👨‍👩‍👧 family", "café_au_lait", "CRLF\r\nline", "",
    ]

    @Test(arguments: escapeInputs) func inlineEscapeMatchesTheCharacterPath(_ text: String) {
        #expect(MarkdownEscape.inline(text) == MarkdownEscape.inlineByCharacter(text))
    }

    @Test func theBytePathIsTakenForASCIIAndEmojiOnly() {
        #expect(MarkdownEscape.inlineASCII("rollback 🔥 done") != nil)
        #expect(MarkdownEscape.inlineASCII("café") == nil)
        #expect(MarkdownEscape.inlineASCII("a🏽") == nil)
        #expect(MarkdownEscape.inlineASCII("line\r\n") == nil)
    }

    @Test func largeTextIsCutOnlyBeforeHeadingsAndRendersTheSame() {
        let block = "## Section\n\nSome *prose* with `code`.\n\n```\n# not a heading\n\n# still code\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        let text = String(repeating: block, count: 400)
        let pieces = MarkdownChunks.split(text, minimumBytes: 4096)
        #expect(pieces.count > 1)
        #expect(pieces.map { String($0.text) }.joined() == text)
        for piece in pieces.dropFirst() { #expect(piece.text.hasPrefix("## Section")) }
        #expect(pieces.map { CMark.renderHTML(String($0.text)) }.joined() == CMark.renderHTML(text))
    }

    @Test func aTextWithDefinitionsIsNeverCut() {
        let text = String(repeating: "## Part\n\nSee [x][ref].\n\n", count: 2000) + "[ref]: https://example.com\n"
        #expect(MarkdownChunks.split(text, minimumBytes: 1024).count == 1)
    }
}
