import Foundation
import RetroModel

/// A series' normal range from a baseline window: median ± k·MAD, clamped to the metric's domain.
///
/// Mean ± k·σ lets the outliers it should flag widen it, and gives impossible bands for
/// non-negative and ratio metrics; the median and the median absolute deviation do neither.
/// With `offset` set, the band is over residuals against the same time one day or week earlier,
/// so a daily ramp (morning traffic) is not a departure.
struct RobustBand: Sendable, Equatable {
    var center: Double
    var halfWidth: Double
    var domain: ClosedRange<Double>
    /// Seconds back to the comparison point (86 400 or 604 800); nil for a plain band.
    var offset: TimeInterval?

    /// Points kept out of the band's width: at least 4 scaled MADs, 2% of the level, or a tiny absolute.
    static let madMultiplier = 4.0
    static let relativeFloor = 0.02
    static let minimumPoints = 10

    /// The band over the finite values of `points` in `[start, end)`; nil with fewer than `minimumPoints`.
    static func fit(
        _ points: [MetricSeries.Point], from start: Int64, to end: Int64, domain: ClosedRange<Double>, offset: TimeInterval?,
        minimumPoints: Int = minimumPoints
    ) -> RobustBand? {
        var values: [Double] = []
        var levels: [Double] = []
        let lower = SeriesSearch.firstIndex(points, atOrAfter: start)
        for i in lower..<points.count {
            let p = points[i]
            if p.t >= end { break }
            guard p.v.isFinite else { continue }
            if let offset {
                guard let earlier = SeriesSearch.value(points, near: p.t - Int64(offset * 1000)) else { continue }
                values.append(p.v - earlier)
            } else {
                values.append(p.v)
            }
            levels.append(p.v)
        }
        guard values.count >= minimumPoints, let middle = Self.median(&values), let level = Self.median(&levels) else { return nil }
        var deviations = values.map { abs($0 - middle) }
        let mad = (Self.median(&deviations) ?? 0) * 1.4826
        // For a ratio the floor is on the distance to the nearer bound: 2% of 0.97 would hide a fall to 0.95.
        let room = domain.upperBound == 1 && domain.lowerBound == 0 ? min(abs(level), 1 - level) : abs(level)
        let floor = max(relativeFloor * room, 1e-9)
        return RobustBand(center: middle, halfWidth: max(madMultiplier * mad, floor), domain: domain, offset: offset)
    }

    /// The value the band expects at the point: its center, plus the earlier value with an offset.
    func expected(at point: MetricSeries.Point, in points: [MetricSeries.Point]) -> Double? {
        guard let offset else { return center }
        return SeriesSearch.value(points, near: point.t - Int64(offset * 1000)).map { center + $0 }
    }

    /// -1 below the band, 0 inside, +1 above; nil for NaN or a missing comparison point.
    func side(of point: MetricSeries.Point, in points: [MetricSeries.Point]) -> Int? {
        guard point.v.isFinite, let expected = expected(at: point, in: points) else { return nil }
        let low = max(domain.lowerBound, expected - halfWidth)
        let high = min(domain.upperBound, expected + halfWidth)
        if point.v < low { return -1 }
        if point.v > high { return 1 }
        return 0
    }

    /// The range a plain band allows, clamped to the domain (for the document's "normal range").
    var range: ClosedRange<Double> {
        let low = max(domain.lowerBound, center - halfWidth)
        return low...max(low, min(domain.upperBound, center + halfWidth))
    }

    /// The values a metric can take: ratios in [0, 1], percentages in [0, 100], non-negative
    /// when every sample is, otherwise unbounded.
    static func domain(unit: String?, points: [MetricSeries.Point]) -> ClosedRange<Double> {
        switch unit?.lowercased() {
        case "ratio", "percentunit": return 0...1
        case "%", "percent": return 0...100
        default:
            let negative = points.contains { $0.v.isFinite && $0.v < 0 }
            return negative ? -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude : 0...Double.greatestFiniteMagnitude
        }
    }

    private static func median(_ values: inout [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        values.sort()
        let mid = values.count / 2
        return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
    }
}

/// Binary search over a series sorted by time.
enum SeriesSearch {
    static func firstIndex(_ points: [MetricSeries.Point], atOrAfter t: Int64) -> Int {
        var low = 0
        var high = points.count
        while low < high {
            let mid = (low + high) / 2
            if points[mid].t < t { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The finite value closest to `t`, within half a minute or so of it (the median scrape of most tools).
    static func value(_ points: [MetricSeries.Point], near t: Int64, tolerance: Int64 = 90_000) -> Double? {
        let i = firstIndex(points, atOrAfter: t)
        var best: (Int64, Double)? = nil
        for j in [i - 1, i] where j >= 0 && j < points.count && points[j].v.isFinite {
            let d = abs(points[j].t - t)
            if d <= tolerance, best.map({ d < $0.0 }) ?? true { best = (d, points[j].v) }
        }
        return best?.1
    }
}
