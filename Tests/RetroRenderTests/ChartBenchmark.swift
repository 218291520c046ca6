import Foundation
import Testing
import RetroAssemble
import RetroIngest
import RetroModel
import RetroRender

/// Not a timed test: with RETRO_BENCH=1 it analyses and charts 20 series of 10,000 points and prints
/// the time and the SVG bytes; with RETRO_CHART_DIR it also writes sample charts there for a look.
@Suite struct ChartBenchmark {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["RETRO_BENCH"] == "1")) func twentySeriesOfTenThousandPoints() {
        let t0: Int64 = 1_700_000_000_000
        let series = (0..<20).map { s in
            MetricSeries(
                name: "series_\(s)",
                points: (0..<10_000).map { i in
                    let spike = i > 6_000 && i < 6_500 ? 5.0 : 0
                    let v = i % 997 == 0 ? Double.nan : 1 + sin(Double(i + s * 37) / 50) * 0.2 + spike
                    return MetricSeries.Point(t: t0 + Int64(i) * 15_000, v: v)
                }, source: SourceRef(file: "bench"))
        }
        let incident = DateInterval(start: Timestamp.date(epochMilliseconds: t0 + 6_000 * 15_000), duration: 500 * 15)
        var slo = SLO(objective: 0.999, threshold: 3)
        slo.periodDays = 30
        let clock = ContinuousClock()
        var bytes = 0
        var analyses: [SeriesAnalysis] = []
        let elapsed = clock.measure {
            for s in series {
                let analysis = SeriesAnalyzer.analyze(s, incident: incident, slo: slo)
                analyses.append(analysis)
                let svg = LineChart.render(
                    ChartSpec(id: s.name, title: s.name, series: [s], incident: incident, baseline: analysis.baseline, threshold: 3))
                bytes += svg.utf8.count
            }
            let overview = SmallMultiples.render(
                id: "overview", title: "Overview", panels: series.map { ChartSpec(id: $0.name, title: $0.name, series: [$0]) },
                incident: incident)
            bytes += overview.utf8.count
        }
        print(
            "bench: 20 series x 10000 points analysed and charted in \(elapsed); SVG bytes total \(bytes) (20 line charts + 1 overview); related: \(SeriesAnalyzer.related(analyses).count)"
        )
        #expect(analyses.count == 20)
        #expect(bytes > 0)
    }

    @Test(.enabled(if: environment["RETRO_CHART_DIR"] != nil)) func writeSampleCharts() throws {
        let dir = URL(fileURLWithPath: Self.environment["RETRO_CHART_DIR"] ?? "/tmp")
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/csv-timeseries/nab_ec2_request_latency_system_failure.csv")
        let result = try Ingest.read(corpus, displayPath: "nab.csv", as: "csv")
        // NAB's label window for this file, from combined_windows.json.
        let incident = DateInterval(
            start: Timestamp.parse("2014-03-14 03:31:00") ?? Date(), end: Timestamp.parse("2014-03-14 14:41:00") ?? Date())
        var slo = SLO(objective: 0.99, threshold: 60)
        slo.periodDays = 30
        let analysis = SeriesAnalyzer.analyze(result.series[0], incident: incident, slo: slo)
        let chart = LineChart.render(
            ChartSpec(
                id: "nab", title: "EC2 request latency (NAB system failure)", unit: "ms", series: result.series, incident: incident,
                baseline: analysis.baseline, threshold: 60,
                markers: [
                    ChartMarker(at: incident.start, label: "window start"),
                    ChartMarker(at: analysis.leftBandAt ?? incident.start, label: "left band"),
                ],
                timeZone: TimeZone(identifier: "America/New_York") ?? .current))
        var multi = result.series[0]
        multi.name = "copy & <scaled>"
        multi.points = multi.points.map { MetricSeries.Point(t: $0.t, v: $0.v * 0.8) }
        let two = LineChart.render(ChartSpec(id: "two", title: "Two series", series: [result.series[0], multi], incident: incident))
        let html = "<!doctype html><html><body style=\"margin:0;padding:8px;max-width:960px\">\(chart)\(two)</body></html>"
        try html.write(to: dir.appendingPathComponent("chart.html"), atomically: true, encoding: .utf8)
        print("analysis: \(analysis)")
    }
}
