import RetroModel
import Testing

@testable import RetroLint

/// Positions are 1-based lines and Unicode-scalar columns in the original file.
@Suite struct PositionTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var match: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "It was careless.", line: 1, column: 8, endLine: 1, endColumn: 15, match: "careless"),
        Case(text: "Zoë’s naïve café fix was careless.", line: 1, column: 26, endLine: 1, endColumn: 33, match: "careless"),
        Case(text: "| when | what |\n|---|---|\n| 09:00 | a *careless* push |", line: 3, column: 14, endLine: 3, endColumn: 21, match: "careless"),
        Case(text: "- first item\n- second, **sloppy** work", line: 2, column: 13, endLine: 2, endColumn: 18, match: "sloppy"),
        Case(text: "1. one\n   two and a very\n   careless step", line: 3, column: 4, endLine: 3, endColumn: 11, match: "careless"),
        Case(text: "The outage was caused by human\nerror in the deploy.", line: 1, column: 26, endLine: 2, endColumn: 5, match: "human\nerror"),
        Case(text: "  Indented continuation\n  that was careless.", line: 2, column: 12, endLine: 2, endColumn: 19, match: "careless"),
        // Emphasis inside a word: the word is still found, and the match shows the source.
        Case(text: "Über-long 🚀 line: it was *care*less", line: 1, column: 27, endLine: 1, endColumn: 35, match: "care*less"),
        Case(text: "A `code` span, then [a link](http://x.y) and careless", line: 1, column: 46, endLine: 1, endColumn: 53, match: "careless"),
    ]

    @Test(arguments: cases)
    func findingPointsIntoTheOriginal(_ example: Case) {
        let found = LintTestSupport.lint(example.text).filter { $0.rule == "blame.judgment" || $0.rule == "blame.human-error" }
        #expect(found.count == 1)
        guard let diagnostic = found.first else { return }
        #expect(diagnostic.line == example.line)
        #expect(diagnostic.column == example.column)
        #expect(diagnostic.endLine == example.endLine)
        #expect(diagnostic.endColumn == example.endColumn)
        #expect(diagnostic.match == example.match)
    }

    @Test func counterfactualMatchCoversThePhrase() {
        let found = LintTestSupport.lint("Later, Sam should have caught the flag.")
        #expect(found.map(\.match) == ["should have caught"])
        #expect(found.first?.column == 12)
        #expect(found.first?.endColumn == 29)
    }

    /// A code span that crosses a line break made cmark report the next text one line early; the
    /// finding landed on the wrong line with a one-letter match.
    @Test func textAfterACodeSpanAcrossLines() {
        let text = "- Rules are XML: `<rule><message>… <suggestion>\n  </suggestion></rule>`.\n  Tokens match, and `<a>`/`<b>` suppress noise.\n  The docs list \"hasty generalization\" first.\n"
        let found = LintTestSupport.lint(text).filter { $0.rule == "blame.judgment" }
        #expect(found.map(\.match) == ["hasty"])
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 18)
    }
}
