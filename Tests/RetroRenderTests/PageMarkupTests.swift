import Foundation
import RetroMarkdown
import RetroModel
import Testing

@testable import RetroRender

/// The markup the page stylesheet needs beyond cmark's HTML: column labels for phone-width
/// tables and the fishbone as a list of bones.
@Suite struct PageMarkupTests {
    @Test func everyBodyCellCarriesItsColumnsHeader() {
        let html = CMark.renderHTML("""
            | Time | Since *start* | Kind |
            |:---|---:|---|
            | 10:02 | +0 min | note |
            | 10:19 | +17 min | detection |

            Between.

            | A "quoted" \\<b> <i>x</i> | B |
            |---|---|
            | 1 | 2 |
            """)
        let labelled = HTMLTableLabels.add(html)
        #expect(labelled.components(separatedBy: "<td data-label=\"Time\" align=\"left\">").count - 1 == 2)
        #expect(labelled.contains("<td data-label=\"Since start\" align=\"right\">+17 min</td>"), "\(labelled)")
        #expect(labelled.contains("<td data-label=\"detection\">") == false)
        #expect(labelled.contains("<td data-label=\"Kind\">detection</td>"))
        // Header text comes from input: no quote of its own reaches the attribute.
        #expect(labelled.contains("<td data-label=\"A &quot;quoted&quot; &lt;b&gt; x\">1</td>"), "\(labelled)")
        #expect(labelled.contains("<td data-label=\"B\">2</td>"))
        #expect(!labelled.contains("<td>"))
        #expect(labelled.replacingOccurrences(of: #" data-label="[^"]*""#, with: "", options: .regularExpression) == html)
    }

    @Test func textWithoutTablesIsUnchanged() {
        let html = CMark.renderHTML("Just <td> words and a `<table>` in code.\n")
        #expect(HTMLTableLabels.add(html) == html)
    }

    @Test func theFishboneListHasEveryBoneAndFactorEscaped() throws {
        let list = try #require(Fishbone.list(FishboneTests.factors, incidentID: "INC-2041", title: "Card payments <script>"))
        #expect(list.hasPrefix("<ol class=\"bones\""))
        for category in ["Technical", "Process", "People", "Organizational", "External"] {
            #expect(list.contains("<strong>\(category)</strong>"), "\(category)")
        }
        #expect(list.contains("<li class=\"head\">INC-2041: Card payments &lt;script&gt;</li>"))
        #expect(!list.contains("<script"))
        #expect(Fishbone.list(FactorsSection(groups: [], wentWell: [], followUpsByFactor: [:]), incidentID: "X", title: "T") == nil)
    }

    @Test func thePageShowsTheListBesideTheDiagram() throws {
        let md = "## Contributing factors\n\n![Fishbone](assets/fishbone.svg)\n"
        let html = HTMLInline.charts(CMark.renderHTML(md), assets: [(Fishbone.assetName, "<svg>f</svg>")], fishboneList: "<ol class=\"bones\"></ol>")
        #expect(html.contains("<figure class=\"chart fishbone\"><svg>f</svg><ol class=\"bones\"></ol></figure>"), "\(html)")
    }

    /// Not a timed test: with RETRO_BENCH=1 it labels a 100,000-row events table (what
    /// `--timeline-limit all` can produce) and prints the time.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RETRO_BENCH"] == "1")) func labelsAHundredThousandRows() {
        var html = "<table>\n<thead>\n<tr>\n<th>Time</th>\n<th>Since start</th>\n<th>Kind</th>\n<th>Event</th>\n<th>Source</th>\n</tr>\n</thead>\n<tbody>\n"
        for i in 0..<100_000 {
            html += "<tr id=\"event-\(i)\">\n<td>10:02</td>\n<td>+0 min</td>\n<td>note</td>\n<td>Checkout error ratio climbs as the pool fills</td>\n"
            html += "<td><a href=\"https://chat.example.com/p\(i)\">inc/2026-03-14.json#\(i)</a></td>\n</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let clock = ContinuousClock()
        var labelled = ""
        let elapsed = clock.measure { labelled = HTMLTableLabels.add(html) }
        print("table labels: \(html.utf8.count) bytes, 100,000 rows in \(elapsed); \(labelled.utf8.count - html.utf8.count) bytes added")
        #expect(labelled.components(separatedBy: "data-label=\"Source\"").count - 1 == 100_000)
    }
}
