import Foundation
import RetroModel

/// Finds missing scrapes and NaN runs in a sorted series.
public enum SeriesGaps {
    /// The median of the positive steps between consecutive samples, in milliseconds.
    public static func medianStep(_ points: [MetricSeries.Point]) -> Int64? {
        var steps: [Int64] = []
        steps.reserveCapacity(points.count)
        for i in points.indices.dropFirst() where points[i].t > points[i - 1].t {
            steps.append(points[i].t - points[i - 1].t)
        }
        guard !steps.isEmpty else { return nil }
        steps.sort()
        let mid = steps.count / 2
        return steps.count % 2 == 1 ? steps[mid] : (steps[mid - 1] + steps[mid]) / 2
    }

    /// Gaps overlapping `[rangeStart, rangeEnd]` (ms): steps longer than twice the median step, and NaN runs.
    public static func find(_ points: [MetricSeries.Point], rangeStart: Int64, rangeEnd: Int64) -> [DataGap] {
        var gaps: [(Int64, DataGap)] = []
        func keep(_ start: Int64, _ end: Int64, _ gap: DataGap) {
            if end >= rangeStart && start <= rangeEnd { gaps.append((start, gap)) }
        }
        if let step = medianStep(points) {
            for i in points.indices.dropFirst() {
                let dt = points[i].t - points[i - 1].t
                guard dt > 2 * step else { continue }
                let missing = Int(saturating: (Double(dt) / Double(step)).rounded()) - 1
                keep(
                    points[i - 1].t, points[i].t,
                    DataGap(
                        kind: .missingSamples, start: date(points[i - 1].t), end: date(points[i].t), sampleCount: missing))
            }
        }
        var i = 0
        while i < points.count {
            guard points[i].v.isNaN else { i += 1; continue }
            var j = i
            while j + 1 < points.count, points[j + 1].v.isNaN { j += 1 }
            let end = j + 1 < points.count ? points[j + 1].t : points[j].t
            keep(points[i].t, end, DataGap(kind: .nanValues, start: date(points[i].t), end: date(end), sampleCount: j - i + 1))
            i = j + 1
        }
        return gaps.enumerated().sorted { a, b in
            a.element.0 != b.element.0 ? a.element.0 < b.element.0 : a.offset < b.offset
        }.map(\.element.1)
    }

    static func date(_ ms: Int64) -> Date { Timestamp.date(epochMilliseconds: ms) }
}
