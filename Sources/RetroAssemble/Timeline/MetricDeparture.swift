import Foundation
import RetroModel

/// Where a monitored series leaves its normal band and stays out, and where it comes back.
///
/// The baseline is the two hours before the search starts, and the search starts a quarter hour
/// before an anchor (the first page or customer report). When the series is already out of band
/// where the search starts, the degradation began earlier and is inside the baseline: the search
/// start moves half an hour back and the band is fitted again, until the series is in band where
/// the search starts, so the band never contains the departure it should reveal. A departure must
/// persist: at least 80% of the finite samples in the following `persistence` (or three scrapes,
/// when sparser), and at least two, are out on the same side, so a single slow scrape is not an
/// incident while a run broken by missing samples still is.
enum MetricDeparture {
    struct Finding: Sendable, Equatable {
        var series: String
        var departedAt: Date
        var value: Double
        /// When the series was back in band, and stayed there, after the departure.
        var returnedAt: Date?
        var band: RobustBand
        var source: SourceRef
        var unit: String?
    }

    static let baselineLength: Int64 = 2 * 3_600_000
    static let minimumBaseline: Int64 = 30 * 60_000
    static let firstLead: Int64 = 15 * 60_000
    static let step: Int64 = 30 * 60_000
    static let maximumSteps = 8
    static let lookahead: Int64 = 3_600_000
    static let persistence: Int64 = 5 * 60_000

    /// How long a run must last: `persistence`, or three scrapes of a series sampled more sparsely.
    static func hold(_ points: [MetricSeries.Point]) -> Int64 {
        max(persistence, 3 * (SeriesGaps.medianStep(points) ?? 0))
    }

    /// - Parameter badSide: +1 when only rises matter (an error ratio with an "above" SLO), -1 for falls, nil for both.
    static func find(_ series: MetricSeries, unit: String?, badSide: Int?, anchor: Date) -> Finding? {
        let points = SeriesAnalyzer.sortedPoints(series.points)
        guard let first = points.first, let last = points.last else { return nil }
        let anchorMs = Timestamp.epochMilliseconds(anchor)
        let domain = RobustBand.domain(unit: unit, points: points)
        let hold = self.hold(points)
        var searchStart = anchorMs - firstLead
        var found: (index: Int, band: RobustBand, back: Int?)? = nil
        for _ in 0..<maximumSteps {
            let baselineStart = max(first.t, searchStart - baselineLength)
            guard searchStart - baselineStart >= minimumBaseline,
                let band = fitBand(points, from: baselineStart, to: searchStart, domain: domain, span: (first.t, last.t))
            else { break }
            // A run that came back before the anchor was an earlier blip: look past it.
            var from = searchStart
            var run: (index: Int, back: Int?)? = nil
            while let index = firstRun(points, band: band, from: from, to: anchorMs + lookahead, badSide: badSide, outside: true, hold: hold) {
                let back = firstRun(points, band: band, from: points[index].t, to: last.t, badSide: nil, outside: false, hold: hold)
                if let back, points[back].t < anchorMs - firstLead {
                    from = points[back].t
                    continue
                }
                run = (index, back)
                break
            }
            // Nothing out of band, or out from the very start: the baseline may hold the
            // degradation (a band centred on it, or one it is already beyond), so look earlier.
            if let run {
                found = (run.index, band, run.back)
                if points[run.index].t > searchStart + hold { break }
            } else if found != nil {
                break
            }
            searchStart -= step
        }
        guard let found else { return nil }
        let back = found.back
        let onset = self.onset(points, band: found.band, departure: found.index, hold: hold)
        return Finding(
            series: series.displayName, departedAt: Timestamp.date(epochMilliseconds: points[onset].t), value: points[onset].v,
            returnedAt: back.map { Timestamp.date(epochMilliseconds: points[$0].t) }, band: found.band, source: series.source, unit: unit)
    }

    /// Where a departure began: a ramp leaves the band some minutes after it starts. Over the
    /// stretch from `maximumWalkBack` plus twenty minutes before the departure to `persistence`
    /// after it, the onset is the split that best explains the samples as a flat level followed by
    /// a straight ramp (least squares), searched in the `maximumWalkBack` before the departure. A
    /// step splits where it steps; a slow drift earlier in the day stays in the flat part.
    static func onset(_ points: [MetricSeries.Point], band: RobustBand, departure: Int, hold: Int64) -> Int {
        let t = points[departure].t
        var xs: [Double] = []
        var ys: [Double] = []
        var indices: [Int] = []
        var i = SeriesSearch.firstIndex(points, atOrAfter: t - maximumWalkBack - 20 * 60_000)
        while i < points.count, points[i].t <= t + hold {
            if points[i].v.isFinite, let expected = band.expected(at: points[i], in: points) {
                xs.append(Double(points[i].t - t) / 60_000)
                ys.append(points[i].v - expected)
                indices.append(i)
            }
            i += 1
        }
        guard let split = indices.firstIndex(where: { points[$0].t >= t - maximumWalkBack }), indices.count >= 6 else { return departure }
        var best: (sse: Double, index: Int)? = nil
        for k in split..<indices.count where points[indices[k]].t <= t && k >= 2 && indices.count - k >= 2 {
            let sse = flatSSE(ys[..<k]) + lineSSE(xs[k...], ys[k...])
            if best.map({ sse < $0.sse }) ?? true { best = (sse, indices[k]) }
        }
        return best?.index ?? departure
    }

    private static func flatSSE(_ ys: ArraySlice<Double>) -> Double {
        let mean = ys.reduce(0, +) / Double(ys.count)
        return ys.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }

    private static func lineSSE(_ xs: ArraySlice<Double>, _ ys: ArraySlice<Double>) -> Double {
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n
        let my = ys.reduce(0, +) / n
        var sxx = 0.0
        var sxy = 0.0
        for (x, y) in zip(xs, ys) {
            sxx += (x - mx) * (x - mx)
            sxy += (x - mx) * (y - my)
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        return zip(xs, ys).reduce(0) { sum, p in
            let r = p.1 - (my + slope * (p.0 - mx))
            return sum + r * r
        }
    }

    static let maximumWalkBack: Int64 = 30 * 60_000

    /// Against the same time a week or a day earlier when the data covers the baseline that far
    /// back, otherwise a plain band.
    static func fitBand(
        _ points: [MetricSeries.Point], from start: Int64, to end: Int64, domain: ClosedRange<Double>, span: (Int64, Int64),
        minimumPoints: Int = RobustBand.minimumPoints
    ) -> RobustBand? {
        // Usable when the data reaches back far enough for half an hour of the baseline at least.
        for offset in [7 * 86_400.0, 86_400.0] where span.0 + Int64(offset * 1000) <= end - 30 * 60_000 {
            if let band = RobustBand.fit(points, from: start, to: end, domain: domain, offset: offset, minimumPoints: minimumPoints) {
                return band
            }
        }
        return RobustBand.fit(points, from: start, to: end, domain: domain, offset: nil, minimumPoints: minimumPoints)
    }

    /// The first sample in `[from, to]` that starts a persistent run out of band (or back in band).
    static func firstRun(
        _ points: [MetricSeries.Point], band: RobustBand, from: Int64, to: Int64, badSide: Int?, outside: Bool, hold: Int64
    ) -> Int? {
        var i = SeriesSearch.firstIndex(points, atOrAfter: from)
        while i < points.count, points[i].t <= to {
            defer { i += 1 }
            guard let side = band.side(of: points[i], in: points) else { continue }
            let wanted = outside ? side != 0 && (badSide == nil || side == badSide) : side == 0
            guard wanted else { continue }
            let lasting = lasts(points, from: i, hold: hold) { p in band.side(of: p, in: points).map { outside ? $0 == side : $0 == 0 } }
            if lasting { return i }
        }
        return nil
    }
}

extension MetricDeparture {
    /// The first persistent breach of `slo` in the search range around `anchor`: a breach that
    /// lasts, by the same rule as a departure, not one bad sample.
    static func firstBreach(_ series: MetricSeries, slo: SLO, anchor: Date) -> (at: Date, value: Double)? {
        let points = SeriesAnalyzer.sortedPoints(series.points)
        let anchorMs = Timestamp.epochMilliseconds(anchor)
        let hold = self.hold(points)
        var i = SeriesSearch.firstIndex(points, atOrAfter: anchorMs - Int64(maximumSteps) * step)
        while i < points.count, points[i].t <= anchorMs + lookahead {
            defer { i += 1 }
            guard points[i].v.isFinite, SLOEvaluator.isBad(points[i].v, slo) else { continue }
            if lasts(points, from: i, hold: hold, { p in p.v.isFinite ? SLOEvaluator.isBad(p.v, slo) : nil }) {
                return (Timestamp.date(epochMilliseconds: points[i].t), points[i].v)
            }
        }
        return nil
    }

    /// After a breach that began at or after `after`, the first sample from which the series stays
    /// within the threshold (by the same persistence rule); nil without a breach or a recovery.
    static func backWithin(_ series: MetricSeries, slo: SLO, after: Date) -> Date? {
        let points = SeriesAnalyzer.sortedPoints(series.points)
        let hold = self.hold(points)
        var i = SeriesSearch.firstIndex(points, atOrAfter: Timestamp.epochMilliseconds(after))
        while i < points.count, !(points[i].v.isFinite && SLOEvaluator.isBad(points[i].v, slo)) { i += 1 }
        while i < points.count {
            defer { i += 1 }
            guard points[i].v.isFinite, !SLOEvaluator.isBad(points[i].v, slo) else { continue }
            if lasts(points, from: i, hold: hold, { p in p.v.isFinite ? !SLOEvaluator.isBad(p.v, slo) : nil }) {
                return Timestamp.date(epochMilliseconds: points[i].t)
            }
        }
        return nil
    }

    /// Whether what holds at sample `i` lasts: over `hold` from it, at least two samples and 80%
    /// of those that count match. `test` says whether a sample matches, or nil when it does not
    /// count (NaN, no comparison point).
    static func lasts(_ points: [MetricSeries.Point], from i: Int, hold: Int64, _ test: (MetricSeries.Point) -> Bool?) -> Bool {
        var total = 0
        var matching = 0
        var j = i
        while j < points.count, points[j].t <= points[i].t + hold {
            if let match = test(points[j]) {
                total += 1
                if match { matching += 1 }
            }
            j += 1
        }
        return matching >= 2 && Double(matching) >= 0.8 * Double(total)
    }
}
