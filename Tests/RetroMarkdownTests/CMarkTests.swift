import Testing
@testable import RetroMarkdown

@Suite struct CMarkTests {
    @Test func parsesHeadingsWithPositions() {
        let doc = CMark.parse("# Title\n\nSome *text*.\n")
        #expect(doc.type == "document")
        let heading = doc.children[0]
        #expect(heading.type == "heading")
        #expect(heading.headingLevel == 1)
        #expect(heading.startLine == 1)
        #expect(doc.children[1].startLine == 3)
        #expect(doc.children[1].plainText == "Some text.")
    }

    @Test func rendersTablesAndDropsRawHTML() {
        let html = CMark.renderHTML("| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        #expect(html.contains("<table>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
    }

    @Test func rendersFootnotes() {
        let html = CMark.renderHTML("Text[^1].\n\n[^1]: A note.\n")
        #expect(html.contains("footnote"))
    }
}
