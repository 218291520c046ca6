import Foundation
import RetroModel
import Testing

@testable import RetroRender

@Suite struct FishboneTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    /// Five categories, one title that needs cutting, and text that must be escaped.
    static var factors: FactorsSection {
        func f(_ id: String, _ c: ContributingFactor.Category, _ title: String) -> ContributingFactor { ContributingFactor(id: id, category: c, title: title) }
        let all = [
            f("CF1", .technical, "The connection pool size was unchanged since the 2023 sizing"),
            f("CF2", .technical, "No alert for <pool> saturation & \"wait time\""),
            f("CF3", .process, "Release checks do not compare connection hold time before and after a change, nor the number of connections a single request holds, nor the queue length"),
            f("CF4", .people, "The first 50 minutes went to the processor hypothesis"),
            f("CF5", .organizational, "The fraud-scoring integration had no owner"),
            f("CF6", .external, "Supercalifragilisticexpialidociousprocessorratelimitsweretighter"),
        ]
        let groups = ContributingFactor.Category.allCases.map { c in FactorsSection.Group(category: c, factors: all.filter { $0.category == c }) }.filter { !$0.factors.isEmpty }
        return FactorsSection(groups: groups, wentWell: [], followUpsByFactor: [:])
    }

    static func render() throws -> String {
        try #require(Fishbone.render(factors, incidentID: "INC-2041", title: "Card payments failing for EU customers <script>"))
    }

    @Test func matchesGoldenFile() throws {
        let svg = try Self.render()
        let file = Self.golden.appendingPathComponent("fishbone.svg")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try svg.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(svg == (try String(contentsOf: file, encoding: .utf8)), "re-record with RECORD_GOLDEN=1 and review the diff")
    }

    @Test func escapesEveryTextAndKeepsFullTitles() throws {
        let svg = try Self.render()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("<title>CF2: No alert for &lt;pool&gt; saturation &amp; &quot;wait time&quot;</title>"))
        #expect(svg.contains("<title>CF3: Release checks do not compare connection hold time before and after a change, nor the number of connections a single request holds, nor the queue length</title>"))
        #expect(svg.contains("…</text>"), "the long title is cut on the diagram")
        #expect(svg.contains("<g class=\"head\"><title>INC-2041: Card payments failing for EU customers &lt;script&gt;</title>"))
        for category in ["Technical", "Process", "People", "Organizational", "External"] { #expect(svg.contains(">\(category)</text>")) }
        #expect(svg.components(separatedBy: "<g class=\"factor\">").count == 7)
        #expect(!svg.contains("<script") && !svg.contains("href"))
    }

    @Test func onlyCategoriesWithFactorsAreBones() throws {
        var section = Self.factors
        section.groups = section.groups.filter { $0.category == .process || $0.category == .technical }
        let svg = try #require(Fishbone.render(section, incidentID: "X", title: "T"))
        #expect(svg.components(separatedBy: "<g class=\"bone\">").count == 3)
        #expect(!svg.contains(">People</text>"))
        #expect(Fishbone.render(FactorsSection(groups: [], wentWell: [], followUpsByFactor: [:]), incidentID: "X", title: "T") == nil)
    }

    @Test(arguments: [
        ("one two three four five six", 9, 2, ["one two", "three…"]),
        ("short", 10, 3, ["short"]),
        ("abcdefghijklmnop", 6, 3, ["abcdef", "ghijkl", "mnop"]),
        ("a b c d e f g h", 3, 2, ["a b", "c d…"]),
    ])
    func wraps(text: String, width: Int, lines: Int, expected: [String]) {
        #expect(SVGText.wrap(text, width: width, maxLines: lines) == expected)
    }
}
