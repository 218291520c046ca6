import Testing
@testable import RetroAssemble
import RetroModel

@Suite("Series labels")
struct SeriesLabelsTests {
    static func series(_ name: String, _ labels: [String: String]) -> MetricSeries {
        MetricSeries(name: name, labels: labels, points: [], source: SourceRef(file: "m.json"))
    }

    @Test("series of one metric are named by the label values that differ, not the full label set")
    func distinguishingValues() {
        let panel = [
            Self.series("p99", ["env": "prod", "region": "eu-west", "panel": "Latency"]),
            Self.series("p99", ["env": "prod", "region": "us-east", "panel": "Latency"]),
        ]
        #expect(SeriesLabels.short(panel) == ["eu-west", "us-east"])
    }

    @Test("different metrics keep their names; a single series drops its labels; no labels, nothing to shorten")
    func namesAndSingles() {
        let mixed = [Self.series("VisibleProducts US", ["id": "visible_us"]), Self.series("VisibleProducts CA", ["id": "visible_ca"])]
        #expect(SeriesLabels.short(mixed) == ["VisibleProducts US (visible_us)", "VisibleProducts CA (visible_ca)"])
        #expect(SeriesLabels.short([Self.series("errors", ["svc": "pay"])]) == ["errors"])
        #expect(SeriesLabels.short([Self.series("errors", [:])]) == [nil])
        let same = [Self.series("a", ["k": "1"]), Self.series("b", ["k": "1"])]
        #expect(SeriesLabels.short(same) == ["a", "b"])
    }
}
