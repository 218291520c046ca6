import Foundation
import Testing
@testable import RetroRender

/// `TidyLines` replaces Foundation calls in `Renderer.tidy`; it must give the same results.
@Suite struct TidyLinesTests {
    static let lines = ["", "   ", "\t \t", "text", "text  ", "text\t \t", "  both  ", "\u{A0}", "\u{3000} ", "a \r", "a \r ",
                        "a\u{2028} ", "a \u{2028}", "a \u{85}", "em — dash  ", "🔥 ", "x \u{301}"]

    @Test(arguments: lines) func lineOperationsMatchFoundation(_ line: String) {
        let sub = Substring(line)
        #expect(TidyLines.isBlank(sub) == line.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(String(TidyLines.trimmingTrailingSpace(sub)) == line.replacingOccurrences(of: #"[ \t]+$"#, with: "", options: .regularExpression))
    }

    @Test func splitMatchesCharacterSplit() {
        let text = "a\nb\r\nc\n\nd\r\n\n"
        #expect(TidyLines.split(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func markupSearchFindsWhatRangeOfFinds() {
        let html = "<p>x</p>\n<h2>One</h2><img src=\"assets/a.svg\" alt=\"\" /><h3>é</h3><h2>Two</h2>"
        for needle in ["<h2>", "</h2>", "/>", "<h3", "<h4", "<img src=\"assets/a.svg\""] {
            #expect(html.markupRange(of: needle) == html.range(of: needle))
        }
    }
}
