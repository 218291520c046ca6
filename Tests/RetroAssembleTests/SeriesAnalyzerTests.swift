import Foundation
import Testing
@testable import RetroAssemble
import RetroModel

/// Figures computed independently with numpy (np.percentile, np.std) and by hand, then written here.
@Suite struct SeriesAnalyzerTests {
    static let t0: Int64 = 1_700_000_000_000
    static func at(_ seconds: Int64) -> Date { Timestamp.date(epochMilliseconds: t0 + seconds * 1000) }
    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// One-minute steps; a NaN in the baseline, a NaN run and three missing scrapes in the incident,
    /// +Inf once; given out of order.
    static let series: MetricSeries = {
        let values: [(Int64, Double)] = [
            (1200, 20), (0, 10), (60, 12), (120, 11), (180, .nan), (240, 13), (300, 12), (360, 11), (420, 10),
            (480, 12), (540, 11), (600, 30), (660, 45), (720, .nan), (780, .nan), (1020, 50), (1080, .infinity),
            (1140, 40), (1260, 11),
        ]
        return MetricSeries(
            name: "error_ratio", labels: ["svc": "pay"], points: values.map { MetricSeries.Point(t: t0 + $0.0 * 1000, v: $0.1) },
            source: SourceRef(file: "x"))
    }()

    static let incident = DateInterval(start: at(600), end: at(1200))

    @Test func baselineAndIncidentFigures() {
        let a = SeriesAnalyzer.analyze(Self.series, incident: Self.incident)
        #expect(a.series == "error_ratio{svc=\"pay\"}")
        #expect(a.baseline == DateInterval(start: Self.at(0), end: Self.at(600)))
        let b = a.baselineStats
        #expect(b.count == 9 && b.nanCount == 1 && b.infinityCount == 0)
        #expect(b.min == 10 && b.max == 13 && b.p50 == 11)
        #expect(Self.close(b.mean, 11.333333333333334))
        #expect(Self.close(b.p95, 12.6))
        #expect(Self.close(b.p5, 10.0))
        #expect(Self.close(b.standardDeviation, 0.9428090415820634))
        let i = a.incidentStats
        #expect(i.count == 5 && i.nanCount == 2 && i.infinityCount == 1)
        #expect(i.min == 20 && i.max == 50 && i.p50 == 40 && i.mean == 37)
        #expect(Self.close(i.p95, 49.0))
        #expect(Self.close(a.changeRatio, 3.264705882352941))
    }

    @Test func normalBandAndFirstExcursion() throws {
        let a = SeriesAnalyzer.analyze(Self.series, incident: Self.incident)
        let band = try #require(a.band)
        // Median 11, median absolute deviation 1 (deviations 0,0,0,1,1,1,1,1,2): 11 ± 4 × 1.4826.
        #expect(Self.close(band.low, 11 - 4 * 1.4826))
        #expect(Self.close(band.high, 11 + 4 * 1.4826))
        #expect(a.leftBandAt == Self.at(600))
        #expect(a.leftBandValue == 30)
        #expect(a.movedBeyondBand)
    }

    @Test func gapsAreMissingScrapesAndNaNRuns() {
        let a = SeriesAnalyzer.analyze(Self.series, incident: Self.incident)
        #expect(a.medianStepSeconds == 60)
        #expect(
            a.gaps == [
                DataGap(kind: .nanValues, start: Self.at(180), end: Self.at(240), sampleCount: 1),
                DataGap(kind: .nanValues, start: Self.at(720), end: Self.at(1020), sampleCount: 2),
                DataGap(kind: .missingSamples, start: Self.at(780), end: Self.at(1020), sampleCount: 3),
            ])
    }

    @Test func sloBreachesAndErrorBudget() throws {
        var slo = SLO(objective: 0.99, threshold: 25)
        slo.periodDays = 1
        let report = try #require(SeriesAnalyzer.analyze(Self.series, incident: Self.incident, slo: slo).slo)
        #expect(
            report.breaches == [
                BreachInterval(start: Self.at(600), end: Self.at(720), worst: 45, sampleCount: 2),
                BreachInterval(start: Self.at(1020), end: Self.at(1200), worst: .infinity, sampleCount: 3),
            ])
        #expect(report.totalBreachSeconds == 300)
        #expect(report.incidentBadSeconds == 300)
        #expect(Self.close(report.budgetSeconds, 864))
        #expect(Self.close(report.budgetConsumed, 0.3472222222222222))
    }

    @Test func sloBelowCountsLowValues() throws {
        var slo = SLO(objective: 0.999, threshold: 11)
        slo.direction = .below
        let report = try #require(SeriesAnalyzer.analyze(Self.series, incident: Self.incident, slo: slo).slo)
        #expect(report.breaches.map(\.start) == [Self.at(0), Self.at(420)])
        #expect(report.totalBreachSeconds == 120)
        #expect(report.incidentBadSeconds == 0)
        #expect(Self.close(report.budgetSeconds, 2592))
        #expect(report.budgetConsumed == 0)
    }

    /// A bad sample before a missing stretch counts for two median steps at most, not the whole gap.
    @Test func badTimeIsCappedAtGapsAndTheLastSampleCountsOneStep() throws {
        let points: [(Int64, Double)] = [(0, 50), (60, 50), (120, 50), (600, 50)]
        let series = MetricSeries(
            name: "x", points: points.map { MetricSeries.Point(t: Self.t0 + $0.0 * 1000, v: $0.1) }, source: SourceRef(file: "x"))
        let slo = SLO(objective: 0.999, threshold: 25)
        let a = SeriesAnalyzer.analyze(series, incident: DateInterval(start: Self.at(0), end: Self.at(660)), slo: slo)
        let report = try #require(a.slo)
        #expect(
            report.breaches == [
                BreachInterval(start: Self.at(0), end: Self.at(240), worst: 50, sampleCount: 3),
                BreachInterval(start: Self.at(600), end: Self.at(660), worst: 50, sampleCount: 1),
            ])
        #expect(report.totalBreachSeconds == 300)
        #expect(Self.close(report.budgetConsumed, 0.11574074074074074))
        #expect(a.gaps == [DataGap(kind: .missingSamples, start: Self.at(120), end: Self.at(600), sampleCount: 7)])
    }

    @Test func fullObjectiveLeavesNoBudgetAndZeroBaselineGivesNoRatio() throws {
        let points: [(Int64, Double)] = [(0, 0), (60, 0), (120, 5), (180, 5)]
        let series = MetricSeries(
            name: "x", points: points.map { MetricSeries.Point(t: Self.t0 + $0.0 * 1000, v: $0.1) }, source: SourceRef(file: "x"))
        let a = SeriesAnalyzer.analyze(
            series, incident: DateInterval(start: Self.at(120), end: Self.at(180)), slo: SLO(objective: 1, threshold: 1))
        #expect(a.baselineStats.mean == 0)
        #expect(a.changeRatio == nil)
        #expect(a.slo?.budgetSeconds == 0)
        #expect(a.slo?.budgetConsumed == nil)
        #expect(a.slo?.incidentBadSeconds == 60)
    }

    @Test func explicitBaselineIsUsed() {
        let baseline = DateInterval(start: Self.at(0), end: Self.at(120))
        let a = SeriesAnalyzer.analyze(Self.series, incident: Self.incident, baseline: baseline)
        #expect(a.baseline == baseline)
        #expect(a.baselineStats.count == 2)
        #expect(a.baselineStats.mean == 11)
    }

    @Test func emptyWindowsGiveNoFigures() {
        let a = SeriesAnalyzer.analyze(Self.series, incident: DateInterval(start: Self.at(10_000), end: Self.at(10_600)))
        #expect(a.incidentStats == SummaryStats(count: 0))
        #expect(a.baselineStats.count == 0)
        #expect(a.band == nil && a.changeRatio == nil && a.leftBandAt == nil)
        #expect(!a.movedBeyondBand)
    }

    @Test func relatedSlowdownsAreTheSeriesThatLeftTheirBand() {
        func flat(_ name: String, _ incidentValue: Double) -> MetricSeries {
            let points = stride(from: Int64(0), through: 1200, by: 60).map { s in
                MetricSeries.Point(t: Self.t0 + s * 1000, v: s >= 600 ? incidentValue : 100 + Double(s % 120) / 60)
            }
            return MetricSeries(name: name, points: points, source: SourceRef(file: name))
        }
        let analyses = [flat("steady", 100.5), flat("slow", 250), flat("drop", 10)].map {
            SeriesAnalyzer.analyze($0, incident: Self.incident)
        }
        #expect(SeriesAnalyzer.related(analyses).map(\.series) == ["slow", "drop"])
    }

    @Test(arguments: [
        ([1.0], 0.5, 1.0), ([1, 2], 0.5, 1.5), ([1, 2, 3, 4], 0.95, 3.85), ([10, 20, 30, 40, 50], 0.05, 12.0),
    ])
    func percentilesInterpolateLinearly(values: [Double], p: Double, expected: Double) {
        #expect(Self.close(SeriesStatistics.percentile(sorted: values, p), expected))
    }
}

@Suite struct SeriesAnalysisTextTests {
    @Test func sentencesStateFiguresOnly() {
        var slo = SLO(objective: 0.99, threshold: 25)
        slo.periodDays = 1
        var series = SeriesAnalyzerTests.series
        series.unit = "%"
        let a = SeriesAnalyzer.analyze(series, incident: SeriesAnalyzerTests.incident, slo: slo)
        let text = a.sentences(zone: TimeZone(identifier: "UTC") ?? .current)
        #expect(
            text == [
                "During the incident, error_ratio{svc=\"pay\"} averaged 37 % (p95 49, max 50) against 11.33 % in the baseline (3.265 times).",
                "It first left its normal range (5.07 to 16.93) at 2023-11-14 22:23 UTC, reading 30.",
                "The data has 1 stretch without samples (longest 4 min) and 3 NaN samples around the incident.",
                "It was above the SLO threshold of 25 % for 5 min during the incident, 34.72% of the 1-day error budget (14 min).",
            ])
        let lowered = text.joined(separator: " ").lowercased()
        for word in ["because", "caused", "due to", "fault"] { #expect(!lowered.contains(word)) }
    }

    @Test(
        arguments: [
            (0.0, "0"), (37.0, "37"), (11.333333, "11.33"), (0.0123456, "0.01235"), (1234.56, "1235"), (2_500_000.0, "2.5e+06"),
            (-0.5, "-0.5"),
        ] as [(Double, String)])
    func numbersHaveFourSignificantDigits(value: Double, expected: String) {
        #expect(FigureFormat.number(value) == expected)
    }
}
