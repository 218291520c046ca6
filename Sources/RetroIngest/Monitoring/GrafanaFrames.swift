import Foundation
import RetroModel

/// Reads Grafana data frames into series: the `fields` shape of snapshots, the `schema`/`data` shape
/// of the query inspector (NaN and ±Inf sent apart in `entities`), and legacy `datapoints` lists.
struct GrafanaFrames {
    var path: String

    func read(_ frame: [String: Any], jsonPath: String, panel: String?, index: Int, into collector: inout SeriesCollector) throws {
        if let target = frame["target"] as? String, let datapoints = frame["datapoints"] as? [Any] {
            try readLegacy(target: target, datapoints: datapoints, jsonPath: jsonPath, panel: panel, index: index, into: &collector)
            return
        }
        var fields: [[String: Any]]
        var columns: [[Any]]
        var entities: [Any] = []
        var fieldsPath: String
        if let list = frame["fields"] as? [[String: Any]] {
            fields = list
            columns = list.map { $0["values"] as? [Any] ?? [] }
            fieldsPath = "\(jsonPath).fields"
        } else if let schema = frame["schema"] as? [String: Any], let list = schema["fields"] as? [[String: Any]] {
            fields = list
            let data = frame["data"] as? [String: Any] ?? [:]
            columns = data["values"] as? [[Any]] ?? []
            entities = data["entities"] as? [Any] ?? []
            fieldsPath = "\(jsonPath).schema.fields"
            guard columns.count == fields.count else {
                throw InputError(
                    path: path, jsonPath: "\(jsonPath).data.values",
                    "The frame has \(fields.count) fields but \(columns.count) value columns.", hint: "share the dashboard as a snapshot and save its JSON unchanged")
            }
        } else {
            throw InputError(
                path: path, jsonPath: jsonPath,
                "The panel data is neither a data frame ('fields' or 'schema') nor a legacy series ('target' and 'datapoints').", hint: "share the dashboard as a snapshot and save its JSON unchanged")
        }
        guard let timeIndex = fields.firstIndex(where: { $0["type"] as? String == "time" }) else {
            throw InputError(
                path: path, jsonPath: fieldsPath, "The frame has no field of type 'time'.", hint: "retro reads time-series panels")
        }
        let times = try columns[timeIndex].enumerated().map { i, value in
            guard let t = MetricValue.epochMilliseconds(value, millisecondsPerUnit: 1) else {
                throw InputError(
                    path: path, jsonPath: "\(fieldsPath)[\(timeIndex)].values[\(i)]",
                    "The time '\(MetricValue.describe(value))' is not epoch milliseconds.", hint: "share the dashboard as a snapshot and save its JSON unchanged")
            }
            return t
        }
        for (f, field) in fields.enumerated() where f != timeIndex && field["type"] as? String == "number" {
            let config = field["config"] as? [String: Any] ?? [:]
            let name = config["displayNameFromDS"] as? String ?? config["displayName"] as? String ?? field["name"] as? String ?? "value"
            var labels = (field["labels"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            if let panel, !panel.isEmpty { labels["panel"] = panel }
            let values = columns[f]
            guard values.count == times.count else {
                throw InputError(
                    path: path, jsonPath: "\(fieldsPath)[\(f)].values",
                    "The field has \(values.count) values but the time field has \(times.count).", hint: "share the dashboard as a snapshot and save its JSON unchanged")
            }
            let special = f < entities.count ? entities[f] as? [String: Any] : nil
            var overrides: [Int: Double] = [:]
            for (key, value) in [("NaN", Double.nan), ("Inf", .infinity), ("NegInf", -.infinity)] {
                for i in special?[key] as? [Int] ?? [] { overrides[i] = value }
            }
            let ref = SourceRef(file: path, index: index)
            collector.declare(name: name, labels: labels, unit: config["unit"] as? String, source: ref)
            for (i, value) in values.enumerated() {
                guard let v = overrides[i] ?? MetricValue.json(value) else {
                    throw InputError(
                        path: path, jsonPath: "\(fieldsPath)[\(f)].values[\(i)]",
                        "The value '\(MetricValue.describe(value))' is not a number.", hint: "share the dashboard as a snapshot and save its JSON unchanged")
                }
                try collector.add(name: name, labels: labels, t: times[i], v: v, source: ref)
            }
        }
    }

    /// `{"target": "name", "datapoints": [[value, ms], …]}`: value first, then time.
    private func readLegacy(
        target: String, datapoints: [Any], jsonPath: String, panel: String?, index: Int, into collector: inout SeriesCollector
    ) throws {
        var labels: [String: String] = [:]
        if let panel, !panel.isEmpty { labels["panel"] = panel }
        let ref = SourceRef(file: path, index: index)
        collector.declare(name: target, labels: labels, source: ref)
        for (i, item) in datapoints.enumerated() {
            let at = "\(jsonPath).datapoints[\(i)]"
            guard let pair = item as? [Any], pair.count == 2, let v = MetricValue.json(pair[0]),
                let t = MetricValue.epochMilliseconds(pair[1], millisecondsPerUnit: 1)
            else {
                throw InputError(path: path, jsonPath: at, "A datapoint should be [value, epoch-ms], not \(MetricValue.describe(item)).", hint: "share the dashboard as a snapshot and save its JSON unchanged")
            }
            try collector.add(name: target, labels: labels, t: t, v: v, source: ref)
        }
    }
}
