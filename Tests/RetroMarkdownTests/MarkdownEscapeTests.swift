import Testing

@testable import RetroMarkdown

@Suite struct MarkdownEscapeTests {
    /// Hostile text rendered through escape + cmark: it must come out as text, never as structure.
    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![x](https://evil.example/pixel.png)",
        "<https://evil.example>",
        "visit https://evil.example/x now",
        "www.evil.example",
        "# heading",
        "- item",
        "1. item",
        "> quote",
        "| a | b |",
        "`code`",
        "**bold** _em_ ~~strike~~",
        "&lt;script&gt;",
        "---",
        "{{mustache}} {{{raw}}}",
        "<!-- comment --> x",
        "[ref]: https://evil.example",
    ])
    func hostileTextStaysText(input: String) {
        let html = CMark.renderHTML("Before " + MarkdownEscape.inline(input) + " after\n\n" + MarkdownEscape.inline(input) + "\n")
        for forbidden in ["<script", "<img", "<a ", "<h1", "<ul", "<ol", "<blockquote", "<table", "<code", "<strong", "<em", "<del", "<hr", "<!--"] {
            #expect(!html.contains(forbidden), "\(forbidden) in \(html)")
        }
    }

    @Test(arguments: [
        ("payments_api is down", "payments_api is down"),
        ("a * b", "a \\* b"),
        ("_start", "\\_start"),
        ("10:02 CET (UTC+1)", "10:02 CET (UTC+1)"),
        ("AT&T", "AT&T"),
        ("&amp;", "\\&amp;"),
        ("- dash", "\\- dash"),
        ("line one\nline two", "line one line two"),
        ("a\u{202E}b\u{200B}c", "abc"),
    ])
    func escapesOnlyWhatNeedsIt(input: String, expected: String) {
        #expect(MarkdownEscape.inline(input) == expected)
    }

    @Test func escapedTextRoundTripsToTheSameWords() {
        let input = "Rolled back payments-api 4.18.2 (p95 400 ms); 64/64 conns [pool] <busy> | see #inc-2041 & more_info"
        let doc = CMark.parse(MarkdownEscape.inline(input))
        #expect(doc.plainText == input)
    }
}
