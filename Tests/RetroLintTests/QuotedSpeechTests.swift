import RetroModel
import Testing

@testable import RetroLint

/// `<!-- retro-lint quoted-speech -->` … `<!-- retro-lint end-quoted-speech -->`: what people
/// said in chat, quoted by `retro build`, is reported but never at the default fail level.
@Suite struct QuotedSpeechTests {
    static let document = """
        # Timeline

        Sam wrote in #incident:

        <!-- retro-lint quoted-speech -->
        > 10:02 sam: who broke the deploy?
        > 10:03 kim: my bad, I missed the alert
        <!-- retro-lint end-quoted-speech -->

        The team was careless.
        """

    @Test func findingsInsideAreSuggestionsThatSaySo() {
        let found = LintTestSupport.lint(Self.document).filter { $0.category == .blame }
        let inside = found.filter { (6...7).contains($0.line) }
        #expect(Set(inside.map(\.rule)) == ["blame.question", "blame.self", "blame.omission"])
        #expect(inside.allSatisfy { $0.severity == .suggestion })
        #expect(inside.allSatisfy { $0.message.hasPrefix("Quoted speech") })
        // Outside the markers the rule's own level holds.
        #expect(found.filter { $0.line == 10 }.map(\.severity) == [.warning])
    }

    @Test func unclosedMarkerIsReported() {
        let found = LintTestSupport.lint("<!-- retro-lint quoted-speech -->\n> it was my fault\n")
        #expect(found.contains { $0.rule == "lint.suppression" && $0.message.contains("never closed") })
        #expect(found.first { $0.rule == "blame.self" }?.severity == .suggestion)
    }

    @Test func leaksInsideQuotedSpeechKeepTheirLevel() {
        let marked = Suppressions(fragments: [(1, 1, "<!-- retro-lint quoted-speech -->"), (3, 3, "<!-- retro-lint end-quoted-speech -->")],
                                  source: SourceText("a\nb\nc\n"), knownRules: [])
        let leak = Diagnostic(path: "a.md", line: 2, column: 1, endLine: 2, endColumn: 3, rule: "customer.email", category: .customer,
                              severity: .error, message: "leak", match: "x@y", suggestion: nil)
        #expect(marked.marked(leak).severity == .error)
    }
}

/// Issue 14: raw HTML blocks used to be skipped whole; their text is prose.
@Suite struct HTMLTextTests {
    @Test func textOfHTMLBlocksIsLinted() {
        let found = LintTestSupport.lint("<details>\n<summary>Notes</summary>\n<p>The reviewer was careless.</p>\n</details>\n")
        #expect(found.map(\.rule) == ["blame.judgment"])
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 21)
        #expect(found.first?.severity == .warning)
    }

    @Test func markupCommentsAndCodeInHTMLAreNotProse() {
        let text = "<div class=\"careless\">\n<!-- Sam should have caught this. -->\n<pre>human error</pre>\n<code>sloppy</code> fine\n</div>\n"
        #expect(LintTestSupport.lint(text).isEmpty)
    }
}
