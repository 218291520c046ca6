import Foundation
import RetroModel

/// Compares a series during an incident with its baseline: figures, band excursion, SLO, gaps.
///
/// Windows: the baseline is half-open `[start, end)`, the incident closed `[start, end]`, so a sample
/// at the incident's start belongs to the incident only. The default baseline is the same length as
/// the incident, just before it. Input points need not be sorted.
public enum SeriesAnalyzer {
    public static func analyze(_ series: MetricSeries, incident: DateInterval, baseline: DateInterval? = nil, slo: SLO? = nil)
        -> SeriesAnalysis
    {
        let points = sortedPoints(series.points)
        let base = baseline ?? DateInterval(start: incident.start.addingTimeInterval(-incident.duration), duration: incident.duration)
        let iStart = Timestamp.epochMilliseconds(incident.start)
        let iEnd = Timestamp.epochMilliseconds(incident.end)
        let bStart = Timestamp.epochMilliseconds(base.start)
        let bEnd = Timestamp.epochMilliseconds(base.end)
        let baselineStats = SeriesStatistics.summarize(points.lazy.filter { $0.t >= bStart && $0.t < bEnd }.map(\.v))
        let incidentStats = SeriesStatistics.summarize(points.lazy.filter { $0.t >= iStart && $0.t <= iEnd }.map(\.v))
        var ratio: Double? = nil
        if let b = baselineStats.mean, let i = incidentStats.mean, b != 0 { ratio = i / b }
        let band = SeriesStatistics.band(baselineStats)
        var leftAt: Date? = nil
        var leftValue: Double? = nil
        if let band, let first = points.first(where: { $0.t >= bEnd && $0.t <= iEnd && !$0.v.isNaN && !band.contains($0.v) }) {
            leftAt = Timestamp.date(epochMilliseconds: first.t)
            leftValue = first.v
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
