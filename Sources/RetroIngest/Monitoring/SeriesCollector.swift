import RetroModel

/// Gathers points per series (name + labels) in first-seen order, then sorts each by time.
struct SeriesCollector {
    private struct Key: Hashable {
        var name: String
        var labels: [String: String]
    }
    private var order: [Key] = []
    private var points: [Key: [MetricSeries.Point]] = [:]
    private var units: [Key: String] = [:]
    private var refs: [Key: SourceRef] = [:]

    /// Adds one point; `source` is remembered for the series' first point.
    mutating func add(name: String, labels: [String: String], t: Int64, v: Double, unit: String? = nil, source: SourceRef) {
        let key = Key(name: name, labels: labels)
        if points[key] == nil {
            order.append(key)
            points[key] = []
            refs[key] = source
        }
        points[key, default: []].append(MetricSeries.Point(t: t, v: v))
        if let unit, !unit.isEmpty, units[key] == nil { units[key] = unit }
    }

    /// Declares a series that may have no points (so an empty result is still reported).
    mutating func declare(name: String, labels: [String: String], unit: String? = nil, source: SourceRef) {
        let key = Key(name: name, labels: labels)
        if points[key] == nil {
            order.append(key)
            points[key] = []
            refs[key] = source
        }
        if let unit, !unit.isEmpty, units[key] == nil { units[key] = unit }
    }

    /// The series, each sorted by time (stable, so equal times keep file order).
    var series: [MetricSeries] {
        order.map { key in
            let sorted = MetricSeriesSorting.sorted(points[key] ?? [])
            return MetricSeries(
                name: key.name, labels: key.labels, points: sorted, unit: units[key], source: refs[key] ?? SourceRef(file: ""))
        }
    }
}

enum MetricSeriesSorting {
    /// Stable sort by time; already-sorted input (the common case) costs one pass.
    static func sorted(_ points: [MetricSeries.Point]) -> [MetricSeries.Point] {
        var isSorted = true
        for i in points.indices.dropFirst() where points[i - 1].t > points[i].t {
            isSorted = false
            break
        }
        if isSorted { return points }
        return points.enumerated().sorted { a, b in
            a.element.t != b.element.t ? a.element.t < b.element.t : a.offset < b.offset
        }.map(\.element)
    }
}
