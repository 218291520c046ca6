import Foundation
import RetroIngest
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
        #expect(SeriesLabels.short(mixed) == ["VisibleProducts US", "VisibleProducts CA"])
        let partly = [Self.series("p99", ["region": "eu"]), Self.series("p99", ["region": "us"]), Self.series("p50", ["region": "eu"])]
        #expect(SeriesLabels.short(partly) == ["p99 (eu)", "p99 (us)", "p50 (eu)"])
        #expect(SeriesLabels.short([Self.series("errors", ["svc": "pay"])]) == ["errors"])
        #expect(SeriesLabels.short([Self.series("errors", [:])]) == [nil])
        let same = [Self.series("a", ["k": "1"]), Self.series("b", ["k": "1"])]
        #expect(SeriesLabels.short(same) == ["a", "b"])
    }
}

@Suite("Per-series settings")
struct SeriesSettingsTests {
    @Test("a series' own SLO, unit and title win over its source's; 'slo: none' removes the SLO")
    func perSeries() throws {
        let yaml = """
            schema: retro/v1
            id: X
            title: T
            severity: SEV2
            sources:
              monitoring:
                - path: m.json
                  unit: ratio
                  slo: {objective: 0.99, threshold: 0.01}
                  series:
                    - {name: disk_used, title: Disk used, unit: "%", slo: none}
                    - {labels: {region: eu}, slo: {objective: 0.999, threshold: 0.02, direction: above}}

            """
        let incident = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
        let source = try #require(incident.sources.monitoring.first)
        let ref = SourceRef(file: "m.json")
        let disk = MetricSeries(name: "disk_used", labels: ["host": "a"], points: [], source: ref)
        let eu = MetricSeries(name: "errors", labels: ["region": "eu"], points: [], source: ref)
        let us = MetricSeries(name: "errors", labels: ["region": "us"], points: [], source: ref)
        let input = AssemblyInputs.Monitoring(source: source, series: [disk, eu, us])
        #expect(input.slo(for: disk) == nil)
        #expect(input.unit(for: disk) == "%")
        #expect(input.slo(for: eu)?.threshold == 0.02)
        #expect(input.slo(for: us)?.threshold == 0.01)
        #expect(input.unit(for: us) == "ratio")
        #expect(source.settings(for: disk)?.title == "Disk used")
    }

    @Test("settings that match nothing in particular are an input error")
    func unmatchable() {
        let yaml = "schema: retro/v1\nid: X\ntitle: T\nseverity: SEV2\nsources:\n  monitoring:\n    - {path: m.json, series: [{title: Disk}]}\n"
        #expect(throws: (any Error).self) { try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml") }
    }
}
