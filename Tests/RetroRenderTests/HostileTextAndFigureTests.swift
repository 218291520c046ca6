import Foundation
import Testing
@testable import RetroRender
import RetroMarkdown
import RetroModel

/// Text and figures from input that used to reach a page or a chart as they were.
@Suite struct HostileTextAndFigureTests {
    @Test(arguments: [
        ("a\u{1B}[31mb\u{07}c", "a[31mbc"), ("left\u{202E}right", "leftright"), ("\u{2067}x\u{2069}", "x"), ("C1\u{9B}31m", "C131m"),
        ("tab\tand\nline", "tab and line"), ("Zoë & <Ortiz>", "Zoë &amp; &lt;Ortiz&gt;"),
    ])
    func svgTextDropsControlsAndBidiOverrides(_ input: String, _ expected: String) {
        #expect(SVGText.escape(input) == expected)
    }

    @Test func plainTextForTitleAndHeadingDropsControls() {
        #expect(PlainText.shown("Checkout\u{1B}]0;owned\u{07} down\u{202E}") == "Checkout]0;owned down")
        #expect(PlainText.shown("Two\nlines") == "Two lines")
        #expect(PlainText.shown("Plain title") == "Plain title")
    }

    /// The largest finite values at both ends overflow `high - low`; no coordinate may be NaN.
    @Test(arguments: [[1.7e308, -1.7e308], [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude], [1.7e308, 0], [-1.7e308, 1]])
    func extremeValuesGiveFiniteCoordinates(_ values: [Double]) {
        var series = ChartTests.errorRatio()
        for (index, value) in values.enumerated() { series.points[10 + index * 5].v = value }
        var spec = ChartTests.spec
        spec.series = [series]
        let svg = LineChart.render(spec)
        #expect(!svg.contains("NaN"), "NaN in the SVG")
        #expect(!svg.contains("Inf"), "an infinite coordinate in the SVG")
        #expect(svg.contains("<path d=\"M"))
        let scale = NiceScale(min: values.min() ?? 0, max: values.max() ?? 1)
        #expect(scale.low.isFinite && scale.high.isFinite && scale.step.isFinite)
        #expect(scale.ticks.count >= 2 && scale.ticks.count <= 12, "\(scale.ticks)")
    }

    /// cmark-gfm's autolink extension turns an address into a `mailto:` link; the page shows text.
    @Test(arguments: ["Write to dana.ortiz@example.com for help.", "<dana@example.com>", "[mail us](mailto:dana@example.com)"])
    func emailAddressesAreNotLinks(_ markdown: String) {
        let html = CMark.renderHTML(markdown)
        #expect(!html.contains("mailto:"), "\(html)")
        #expect(!html.contains("<a "), "\(html)")
        #expect(html.contains("@example.com"), "the address is kept: \(html)")
    }

    @Test func otherLinksStay() {
        let html = CMark.renderHTML("See [the status page](https://status.example.com).")
        #expect(html.contains("<a href=\"https://status.example.com\">the status page</a>"), "\(html)")
    }
}
