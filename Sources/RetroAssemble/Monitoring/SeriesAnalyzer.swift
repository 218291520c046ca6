import Foundation
import RetroModel

/// Compares a series during an incident with its baseline: figures, band excursion, SLO, gaps.
///
/// Windows: the baseline is half-open `[start, end)`, the incident closed `[start, end]`, so a sample
/// at the incident's start belongs to the incident only. The default baseline is the same length as
/// the incident, just before it. Input points need not be sorted.
public enum SeriesAnalyzer {
    public static func analyze(
        _ series: MetricSeries, incident: DateInterval, baseline: DateInterval? = nil, slo: SLO? = nil, unit: String? = nil
    )
        -> SeriesAnalysis
    {
        let points = sortedPoints(series.points)
        var base = baseline ?? DateInterval(start: incident.start.addingTimeInterval(-incident.duration), duration: incident.duration)
        // The default baseline never starts before the data does.
        if baseline == nil, let first = points.first.map({ Timestamp.date(epochMilliseconds: $0.t) }), first > base.start, first < base.end {
            base = DateInterval(start: first, end: base.end)
        }
        let iStart = Timestamp.epochMilliseconds(incident.start)
        let iEnd = Timestamp.epochMilliseconds(incident.end)
        let bStart = Timestamp.epochMilliseconds(base.start)
        let bEnd = Timestamp.epochMilliseconds(base.end)
        let baselineStats = SeriesStatistics.summarize(points.lazy.filter { $0.t >= bStart && $0.t < bEnd }.map(\.v))
        let incidentStats = SeriesStatistics.summarize(points.lazy.filter { $0.t >= iStart && $0.t <= iEnd }.map(\.v))
        var ratio: Double? = nil
        if let b = baselineStats.mean, let i = incidentStats.mean, b != 0 { ratio = i / b }
        // The normal band is robust (median ± k·MAD, inside the metric's domain); leaving it means
        // staying out, not one sample, and is judged against the day or week before when covered.
        let domain = RobustBand.domain(unit: series.unit ?? unit, points: points)
        let plain = RobustBand.fit(points, from: bStart, to: bEnd, domain: domain, offset: nil, minimumPoints: 5)
        let band = plain.map { NormalBand(low: $0.range.lowerBound, high: $0.range.upperBound) }
        var leftAt: Date? = nil
        var leftValue: Double? = nil
        if let first = points.first, let last = points.last,
            let judged = MetricDeparture.fitBand(points, from: bStart, to: bEnd, domain: domain, span: (first.t, last.t), minimumPoints: 5),
            let index = MetricDeparture.firstRun(
                points, band: judged, from: bEnd, to: iEnd, badSide: slo.map { $0.direction == .above ? 1 : -1 }, outside: true,
                hold: MetricDeparture.hold(points))
        {
            leftAt = Timestamp.date(epochMilliseconds: points[index].t)
            leftValue = points[index].v
        }
        let step = SeriesGaps.medianStep(points)
        let rangeStart = min(bStart, iStart)
        let rangeEnd = max(bEnd, iEnd)
        let report = slo.map {
            SLOEvaluator.evaluate(points, slo: $0, rangeStart: rangeStart, rangeEnd: rangeEnd, incident: (iStart, iEnd), medianStep: step)
        }
        return SeriesAnalysis(
            series: series.displayName, unit: series.unit, incident: incident, baseline: base,
            baselineStats: baselineStats, incidentStats: incidentStats, changeRatio: ratio, band: band,
            leftBandAt: leftAt, leftBandValue: leftValue, medianStepSeconds: step.map { Double($0) / 1000 },
            gaps: SeriesGaps.find(points, rangeStart: rangeStart, rangeEnd: rangeEnd), slo: report)
    }

    /// Related slowdowns: the analyses whose incident mean lies outside their own normal band.
    public static func related(_ analyses: [SeriesAnalysis]) -> [SeriesAnalysis] {
        analyses.filter(\.movedBeyondBand)
    }

    static func sortedPoints(_ points: [MetricSeries.Point]) -> [MetricSeries.Point] {
        for i in points.indices.dropFirst() where points[i - 1].t > points[i].t {
            return points.enumerated().sorted { a, b in
                a.element.t != b.element.t ? a.element.t < b.element.t : a.offset < b.offset
            }.map(\.element)
        }
        return points
    }
}
