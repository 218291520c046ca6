import RetroModel

/// Short names for the series of one panel: what tells them apart, not the full label set.
enum SeriesLabels {
    /// Labels a tool adds that say nothing about the series itself.
    static let ignored: Set<String> = ["panel", "table"]

    /// Per series, in order: the name alone when names tell the series apart (or there is one);
    /// otherwise the values of the labels that differ across the panel (`eu-west`), prefixed by
    /// the name when some names differ; nil where the full name is already short.
    static func short(_ series: [MetricSeries]) -> [String?] {
        guard series.count > 1 else { return series.map { $0.labels.isEmpty ? nil : $0.name } }
        let keys = Set(series.flatMap(\.labels.keys)).subtracting(ignored).sorted()
        let varying = keys.filter { key in Set(series.map { $0.labels[key] ?? "" }).count > 1 }
        let sameName = Set(series.map(\.name)).count == 1
        // Names that already tell every series apart need no label values beside them.
        if Set(series.map(\.name)).count == series.count { return series.map { $0.labels.isEmpty ? nil : $0.name } }
        return series.map { s in
            let values = varying.compactMap { s.labels[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
            if sameName { return values.isEmpty ? nil : values }
            return values.isEmpty ? (s.labels.isEmpty ? nil : s.name) : "\(s.name) (\(values))"
        }
    }
}
