import Foundation
import Testing
@testable import RetroRender
import RetroModel

@Suite struct ChartTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    static let t0: Int64 = 1_710_406_800_000  // 2024-03-14T09:00:00Z
    static func at(_ minutes: Int64) -> Date { Timestamp.date(epochMilliseconds: t0 + minutes * 60_000) }

    /// Two hours of a made-up error ratio: flat, a rise during the incident, a NaN gap, recovery.
    static func errorRatio(name: String = "checkout_error_ratio") -> MetricSeries {
        let points = (0...120).map { m -> MetricSeries.Point in
            let v: Double
            switch m {
            case 50...54: v = .nan
            case 30..<80: v = 0.004 + Double(m - 30) * 0.0009 + (m % 3 == 0 ? 0.002 : 0)
            default: v = 0.003 + (m % 4 == 0 ? 0.001 : 0)
            }
            return MetricSeries.Point(t: t0 + Int64(m) * 60_000, v: v)
        }
        return MetricSeries(name: name, labels: ["region": "eu"], points: points, unit: "ratio", source: SourceRef(file: "x"))
    }

    static var spec: ChartSpec {
        ChartSpec(
            id: "chart-error-ratio", title: "Checkout error ratio <EU> & \"cards\"", unit: "ratio",
            series: [errorRatio()], incident: DateInterval(start: at(30), end: at(80)),
            baseline: DateInterval(start: at(0), end: at(30)), threshold: 0.01,
            markers: [
                ChartMarker(at: at(42), label: "detected"), ChartMarker(at: at(70), label: "mitigated <rollback>"),
                ChartMarker(at: at(80), label: "resolved"),
            ],
            timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current)
    }

    @Test func lineChartMatchesGoldenFile() throws {
        let svg = LineChart.render(Self.spec)
        let file = Self.golden.appendingPathComponent("error-ratio.svg")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try svg.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == expected, "re-record with RECORD_GOLDEN=1 and review the diff")
    }

    @Test func smallMultiplesMatchGoldenFile() throws {
        var second = Self.errorRatio(name: "p99_latency_seconds")
        second.points = second.points.map { MetricSeries.Point(t: $0.t, v: $0.v * 100) }
        second.unit = "s"
        let panels = [
            ChartSpec(id: "a", title: "Error ratio", unit: "ratio", series: [Self.errorRatio()], threshold: 0.01),
            ChartSpec(id: "b", title: "p99 latency", unit: "s", series: [second]),
            ChartSpec(id: "c", title: "Empty <series>", series: []),
        ]
        let svg = SmallMultiples.render(
            id: "overview", title: "Related signals", panels: panels, incident: DateInterval(start: Self.at(30), end: Self.at(80)))
        let file = Self.golden.appendingPathComponent("overview.svg")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try svg.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(svg == (try String(contentsOf: file, encoding: .utf8)))
        #expect(svg.contains("Empty &lt;series&gt;"))
    }

    @Test func chartIsAccessibleSizedAndScriptFree() {
        let svg = LineChart.render(Self.spec)
        #expect(
            svg.hasPrefix(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 320\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-error-ratio-title chart-error-ratio-desc\""
            ))
        #expect(svg.contains("<title id=\"chart-error-ratio-title\">Checkout error ratio &lt;EU&gt; &amp; &quot;cards&quot;</title>"))
        #expect(
            svg.contains(
                "<desc id=\"chart-error-ratio-desc\">Line chart of checkout_error_ratio{region=&quot;eu&quot;} from Mar 14 10:00 to Mar 14 12:00 (Europe/Berlin)."
            ))
        #expect(svg.contains("mitigated &lt;rollback&gt;"))
        #expect(svg.contains("Time (Europe/Berlin)"))
        #expect(svg.contains("SLO threshold 0.01"))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains(" on"))
        #expect(!svg.contains("<EU>") && !svg.contains("<rollback>"))
    }

    @Test func nanBreaksTheLineIntoTwoRuns() {
        let svg = LineChart.render(Self.spec)
        let path = svg.split(separator: "\n").first { $0.hasPrefix("<path d=\"M") } ?? ""
        #expect(path.components(separatedBy: "M").count - 1 == 2)
    }

    @Test func hostileIDsAndLabelsAreEscaped() {
        var spec = Self.spec
        spec.id = "x\" onload=\"alert(1)"
        spec.markers = [ChartMarker(at: Self.at(40), label: "<script>alert('x')</script>")]
        spec.series[0].name = "a\u{0}b</title><script>"
        let svg = LineChart.render(spec)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("onload=\""))
        #expect(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(svg.contains("a\u{FFFD}b&lt;/title&gt;"))
    }

    @Test func tenThousandPointsStaySmallAndKeepThePeak() {
        var points = (0..<10_000).map { i in MetricSeries.Point(t: Self.t0 + Int64(i) * 15_000, v: 1 + Double(i % 7) * 0.1) }
        points[5_003].v = 42
        let series = MetricSeries(name: "busy", points: points, source: SourceRef(file: "x"))
        let svg = LineChart.render(ChartSpec(id: "busy", title: "Busy", series: [series]))
        #expect(svg.utf8.count < 40_000)
        // The y axis reaches the spike, so the spike survived downsampling.
        #expect(svg.contains(">40</text>"))
        let runs = Downsampler.runs(points, start: points[0].t, end: points[9_999].t, columns: 716)
        #expect(runs.count == 1)
        #expect(runs[0].count <= 2 * 717)
        #expect(runs[0].contains { $0.v == 42 })
    }

    @Test(
        arguments: [
            (0.0, 0, "0"), (1.25, 1, "1.3"), (-0.04, 1, "0.0"), (-2.5, 1, "-2.5"), (1234.5678, 2, "1234.57"), (0.001, 3, "0.001"),
        ] as [(Double, Int, String)])
    func fixedFormattingIsLocaleFree(value: Double, decimals: Int, expected: String) {
        #expect(SVGText.fixed(value, decimals) == expected)
    }

    @Test func niceScaleTicksAndLabels() {
        let scale = NiceScale(min: 0, max: 0.0474)
        #expect(scale.ticks.map(scale.label) == ["0", "0.02", "0.04", "0.06"])
        let big = NiceScale(min: 0, max: 2_400_000)
        #expect(big.ticks.map(big.label) == ["0", "1M", "2M", "3M"])
        let fine = NiceScale(min: 0.5, max: 1.7, count: 6)
        #expect(fine.ticks.map(fine.label) == ["0.50", "0.75", "1.00", "1.25", "1.50", "1.75"])
        let flat = NiceScale(min: 5, max: 5)
        #expect(flat.low < 5 && flat.high > 5)
    }

    @Test func timeTicksAlignToLocalTime() {
        let axis = TimeAxis(zone: TimeZone(identifier: "Asia/Kolkata") ?? .current)
        // 09:00Z is 14:30 in Kolkata; two hours with 30-minute ticks land on :00 and :30 local.
        let ticks = axis.ticks(start: Self.t0, end: Self.t0 + 7_200_000, maxTicks: 5)
        #expect(ticks.map(\.label) == ["Mar 14 14:30", "15:00", "15:30", "16:00", "16:30"])
    }
}
