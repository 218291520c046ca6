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
}
