import Testing
@testable import RetroMarkdown

/// Two places decide whether a line defines a link reference or a footnote: `split` (used for
/// rendering), which must not cut a text that has one, and `splitCarryingDefinitions` (the lint's
/// cutting), which carries each one into every piece. They must agree with each other and with
/// cmark, which is the judge: a label counts as defined when cmark resolves a citation of it.
@Suite struct DefinitionScanAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var snippet: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a definition", snippet: "[a]: https://example.com/a"),
        Case(name: "indented by three spaces", snippet: "   [a]: https://example.com/a"),
        Case(name: "indented by four spaces (code)", snippet: "    [a]: https://example.com/a"),
        Case(name: "indented by a tab (code)", snippet: "\t[a]: https://example.com/a"),
        Case(name: "in a fenced code block", snippet: "```\n[a]: https://example.com/a\n```"),
        Case(name: "after a shorter fence inside a longer one", snippet: "````\n```\n[a]: https://example.com/a\n````"),
        Case(name: "after a tilde fence holding backticks", snippet: "~~~\n```\n~~~\n[a]: https://example.com/a"),
        Case(name: "after indented code", snippet: "    code line\n[a]: https://example.com/a"),
        Case(name: "a footnote definition", snippet: "[^n]: A note on the pool."),
        Case(name: "a footnote definition in code", snippet: "```\n[^n]: Not a note.\n```"),
        Case(name: "a footnote definition after a paragraph line", snippet: "Some words first\n[^n]: A note on the pool."),
        Case(name: "lazy continuation of a quote", snippet: "> The quote goes on\n[a]: https://example.com/a"),
        Case(name: "continuation of a paragraph", snippet: "Some words first\n[a]: https://example.com/a"),
        Case(name: "after an ATX heading", snippet: "# Title\n[a]: https://example.com/a"),
        Case(name: "after a setext heading", snippet: "Title\n=====\n[a]: https://example.com/a"),
        Case(name: "two in a row", snippet: "[a]: https://example.com/a\n[b]: https://example.com/b"),
        Case(name: "destination on the next line", snippet: "[a]:\n  https://example.com/a\n[b]: https://example.com/b"),
        Case(name: "inside a block quote", snippet: "> [a]: https://example.com/a"),
        Case(name: "inside a list item", snippet: "- [a]: https://example.com/a"),
        Case(name: "an empty label", snippet: "[]: https://example.com/a"),
        Case(name: "an escaped bracket", snippet: "\\[a]: https://example.com/a"),
        Case(name: "inside an HTML block", snippet: "<div>\n[a]: https://example.com/a\n</div>"),
    ]

    /// The labels among `a`, `b` and `^n` that cmark resolves in a text holding the snippet.
    static func cmarkLabels(_ snippet: String) -> [String] {
        var labels: [String] = []
        for label in ["a", "b"] {
            let html = CMark.renderHTML(snippet + "\n\nCheck [x][\(label)] here.\n")
            if let start = html.range(of: "<p>Check "), html[start.upperBound...].prefix(while: { $0 != "\n" }).contains("<a href") {
                labels.append(label)
            }
        }
        if CMark.renderHTML(snippet + "\n\nCheck[^n] here.\n").contains("footnote-ref") { labels.append("^n") }
        return labels
    }

    /// The snippet, then parts that cite every label, long enough to be cut at their headings.
    static func document(_ snippet: String) -> String {
        var text = snippet + "\n\n"
        for n in 0..<30 { text += "# Part \(n)\n\nThis part cites [x][a], [y][b] and a note[^n].\n\n" }
        return text
    }

    /// The labels the lint's cutting carried into the last piece's trailer.
    static func carried(_ text: String) -> [String] {
        let pieces = MarkdownChunks.splitCarryingDefinitions(text, minimumBytes: 300)
        guard pieces.count > 1, let last = pieces.last else { return [] }
        let trailer = last.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(last.lineCount)
        return trailer.compactMap { written -> String? in
            let line = written.drop { $0 == " " }
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]:") else { return nil }
            return line[line.index(after: line.startIndex)..<close].lowercased()
        }.sorted { ($0.hasPrefix("^") ? 1 : 0, $0) < ($1.hasPrefix("^") ? 1 : 0, $1) }
    }

    @Test(arguments: cases)
    func renderingAndCuttingAgreeWithCmark(_ c: Case) {
        let text = Self.document(c.snippet)
        let expected = Self.cmarkLabels(c.snippet)
        // `split` leaves a text whole exactly when it sees a definition.
        let renderingSeesOne = MarkdownChunks.split(text, minimumBytes: 300).count == 1
        let cutting = Self.carried(text)
        #expect(renderingSeesOne == !cutting.isEmpty, "split and splitCarryingDefinitions disagree: \(renderingSeesOne) vs \(cutting)")
        #expect(cutting == expected, "cmark resolves \(expected); the cutting carried \(cutting)")
        #expect(renderingSeesOne == !expected.isEmpty, "cmark resolves \(expected); split saw a definition: \(renderingSeesOne)")
    }
}
