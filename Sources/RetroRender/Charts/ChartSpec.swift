import Foundation
import RetroModel

/// A vertical line at a key moment (detected, mitigated, resolved…), with its label.
public struct ChartMarker: Sendable, Equatable {
    public var at: Date
    public var label: String
    public init(at: Date, label: String) {
        self.at = at
        self.label = label
    }
}

/// What to draw in one chart. Every text in it may come from untrusted files; the renderer escapes it.
public struct ChartSpec: Sendable {
    /// Prefix for element ids, unique within the page (`chart-error-ratio`); sanitised when rendered.
    public var id: String
    public var title: String
    public var unit: String?
    public var series: [MetricSeries]
    public var incident: DateInterval?
    public var baseline: DateInterval?
    public var threshold: Double?
    public var markers: [ChartMarker]
    public var timeZone: TimeZone
    /// The time range shown; by default the data, incident and baseline together.
    public var range: DateInterval?
    public var width: Int
    public var height: Int

    public init(
        id: String, title: String, unit: String? = nil, series: [MetricSeries], incident: DateInterval? = nil,
        baseline: DateInterval? = nil, threshold: Double? = nil, markers: [ChartMarker] = [],
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, range: DateInterval? = nil, width: Int = 800, height: Int = 320
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.series = series
        self.incident = incident
        self.baseline = baseline
        self.threshold = threshold
        self.markers = markers
        self.timeZone = timeZone
        self.range = range
        self.width = width
        self.height = height
    }

    /// The time range drawn, in epoch ms: `range`, or everything the chart holds.
    var domain: (start: Int64, end: Int64) {
        if let range { return (Timestamp.epochMilliseconds(range.start), Timestamp.epochMilliseconds(range.end)) }
        var lo = Int64.max
        var hi = Int64.min
        for s in series {
            if let first = s.points.first { lo = min(lo, first.t) }
            if let last = s.points.last { hi = max(hi, last.t) }
        }
        for interval in [incident, baseline].compactMap({ $0 }) {
            lo = min(lo, Timestamp.epochMilliseconds(interval.start))
            hi = max(hi, Timestamp.epochMilliseconds(interval.end))
        }
        if lo > hi { return (0, 3_600_000) }
        return lo == hi ? (lo - 1_800_000, hi + 1_800_000) : (lo, hi)
    }

    /// The range of finite values within the domain, and the threshold.
    func valueRange(start: Int64, end: Int64) -> (Double, Double)? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for s in series {
            for p in s.points where p.t >= start && p.t <= end && p.v.isFinite {
                lo = min(lo, p.v)
                hi = max(hi, p.v)
            }
        }
        if let threshold, threshold.isFinite {
            lo = min(lo, threshold)
            hi = max(hi, threshold)
        }
        guard lo <= hi else { return nil }
        if lo > 0, lo < hi * 0.5 { lo = 0 }
        return (lo, hi)
    }

    /// The id with anything but letters, digits, `-` and `_` replaced, never empty.
    var safeID: String {
        let cleaned = String(
            id.unicodeScalars.map {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") ? Character($0) : "-"
            })
        return cleaned.isEmpty ? "chart" : cleaned
    }
}
