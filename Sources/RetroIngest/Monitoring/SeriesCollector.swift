import Foundation
import RetroModel

/// Gathers points per series (name + labels) in first-seen order, then sorts each by time.
struct SeriesCollector {
    private struct Key: Hashable {
        var name: String
        var labels: [String: String]
    }
    private var slots: [Key: Int] = [:]
    private var order: [Key] = []
    private var points: [[MetricSeries.Point]] = []
    private var units: [String?] = []
    private var refs: [SourceRef] = []
    /// Points mostly arrive series by series, so the last slot saves hashing the labels per point.
    private var last: (key: Key, slot: Int)?
    /// The most points read, all series together (`InputLimits.metricPoints`): a file with more
    /// is refused as soon as the limit is passed, before it is read to the end.
    private let limit: Int
    private var count = 0

    init(limit: Int = InputLimits.current.metricPoints) {
        self.limit = limit
    }

    /// Refuses a file of one point or more per line (CSV, exposition text) with more lines than
    /// the limit allows, before the lines are split: reading them first took a minute and a gigabyte.
    static func checkLines(of data: Data?, path: String, limit: Int = InputLimits.current.metricPoints) throws {
        guard let data, data.count > limit else { return }
        var lines = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var cursor = raw.baseAddress else { return }
            var left = raw.count
            while left > 0, let hit = memchr(cursor, 0x0A, left) {
                lines += 1
                let step = UnsafeRawPointer(hit) - cursor + 1
                cursor += step
                left -= step
            }
        }
        // The header and a last line without a newline aside, every line is at least one point.
        if lines - 1 > limit {
            throw InputError(
                path: path, "The file has \(lines) lines, each at least one point: more than retro reads (\(limit) points, all series together).",
                hint: InputLimits.raise("RETRO_MAX_METRIC_POINTS", "export a shorter range or a coarser step"))
        }
    }

    /// Adds one point; `source` is remembered for the series' first point.
    mutating func add(name: String, labels: [String: String], t: Int64, v: Double, unit: String? = nil, source: SourceRef) throws {
        count += 1
        if count > limit {
            throw InputError(
                path: source.file, "The file holds more than \(limit) points (all series together), more than retro reads.",
                hint: InputLimits.raise("RETRO_MAX_METRIC_POINTS", "export a shorter range or a coarser step"))
        }
        let slot = slot(for: Key(name: name, labels: labels), source: source)
        points[slot].append(MetricSeries.Point(t: t, v: v))
        if let unit, !unit.isEmpty, units[slot] == nil { units[slot] = unit }
    }

    /// Declares a series that may have no points (so an empty result is still reported).
    mutating func declare(name: String, labels: [String: String], unit: String? = nil, source: SourceRef) {
        let slot = slot(for: Key(name: name, labels: labels), source: source)
        if let unit, !unit.isEmpty, units[slot] == nil { units[slot] = unit }
    }

    private mutating func slot(for key: Key, source: SourceRef) -> Int {
        if let last, last.key == key { return last.slot }
        let slot: Int
        if let known = slots[key] {
            slot = known
        } else {
            slot = order.count
            slots[key] = slot
            order.append(key)
            points.append([])
            units.append(nil)
            refs.append(source)
        }
        last = (key, slot)
        return slot
    }

    /// The series, each sorted by time (stable, so equal times keep file order).
    var series: [MetricSeries] {
        order.indices.map { slot in
            let key = order[slot]
            return MetricSeries(
                name: key.name, labels: key.labels, points: MetricSeriesSorting.sorted(points[slot]), unit: units[slot], source: refs[slot])
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
