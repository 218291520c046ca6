import Foundation
import RetroModel

/// Breach intervals and error-budget arithmetic for one series against an SLO. See `SLOReport`.
public enum SLOEvaluator {
    /// Values strictly beyond the threshold are bad; NaN is neither good nor bad (no data).
    public static func isBad(_ value: Double, _ slo: SLO) -> Bool {
        slo.direction == .above ? value > slo.threshold : value < slo.threshold
    }

    /// Breaches within `[rangeStart, rangeEnd]` and the budget used inside `incident` (all in ms).
    public static func evaluate(
        _ points: [MetricSeries.Point], slo: SLO, rangeStart: Int64, rangeEnd: Int64, incident: (Int64, Int64), medianStep: Int64?
    ) -> SLOReport {
        let cap = (medianStep ?? 0) * 2
        var raw: [(start: Int64, end: Int64, worst: Double, count: Int)] = []
        for i in points.indices where points[i].t >= rangeStart && points[i].t <= rangeEnd && isBad(points[i].v, slo) {
            let hold = i + 1 < points.count ? min(points[i + 1].t - points[i].t, cap) : (medianStep ?? 0)
            let start = points[i].t
            let end = min(start + hold, rangeEnd)
            let v = points[i].v
            if let last = raw.last, last.end >= start {
                let worst = slo.direction == .above ? max(last.worst, v) : min(last.worst, v)
                raw[raw.count - 1] = (last.start, max(last.end, end), worst, last.count + 1)
            } else {
                raw.append((start, end, v, 1))
            }
        }
        let breaches = raw.map {
            BreachInterval(start: SeriesGaps.date($0.start), end: SeriesGaps.date($0.end), worst: $0.worst, sampleCount: $0.count)
        }
        let total = raw.reduce(Int64(0)) { $0 + ($1.end - $1.start) }
        let bad = raw.reduce(Int64(0)) { sum, b in
            sum + max(0, min(b.end, incident.1) - max(b.start, incident.0))
        }
        let budget = (1 - slo.objective) * slo.periodDays * 86_400
        let badSeconds = Double(bad) / 1000
        return SLOReport(
            objective: slo.objective, threshold: slo.threshold, direction: slo.direction.rawValue, periodDays: slo.periodDays,
            breaches: breaches, totalBreachSeconds: Double(total) / 1000, incidentBadSeconds: badSeconds,
            budgetSeconds: budget, budgetConsumed: budget > 0 ? badSeconds / budget : nil)
    }
}
