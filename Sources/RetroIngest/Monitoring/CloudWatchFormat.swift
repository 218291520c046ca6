import Foundation
import RetroModel

/// AWS CloudWatch CLI output: `get-metric-data` (`MetricDataResults`) and `get-metric-statistics` (`Datapoints`).
///
/// Both are unordered (get-metric-data is newest first by default); points are sorted after reading.
struct CloudWatchFormat: SourceFormat {
    var name: String { "cloudwatch" }
    var kind: SourceKind { .metrics }

    static let statistics = ["Average", "Sum", "Minimum", "Maximum", "SampleCount"]

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else { return false }
        return object["MetricDataResults"] is [Any] || object["Datapoints"] is [Any]
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let object = (try ChatJSON.load(input)) as? [String: Any] else {
            throw InputError(
                path: path, "The file is not CloudWatch output: expected a JSON object with 'MetricDataResults' or 'Datapoints'.", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        if let results = object["MetricDataResults"] as? [Any] {
            try readMetricData(results, path: path, into: &collector, result: &result)
            for message in object["Messages"] as? [[String: Any]] ?? [] {
                result.notes.append("CloudWatch said: '\(message["Value"] as? String ?? "")' (\(message["Code"] as? String ?? "no code")).")
            }
            if object["NextToken"] is String {
                result.notes.append("The output has a 'NextToken': more data exists than this page holds.")
            }
        } else if let datapoints = object["Datapoints"] as? [Any] {
            try readStatistics(datapoints, label: object["Label"] as? String ?? "cloudwatch", path: path, into: &collector)
        } else if object["AlarmHistoryItems"] != nil {
            throw InputError(
                path: path, jsonPath: "$.AlarmHistoryItems", "This is CloudWatch alarm history, not metric data.",
                hint: "retro reads get-metric-data or get-metric-statistics output as metrics")
        } else {
            throw InputError(
                path: path, jsonPath: "$", "Neither 'MetricDataResults' nor 'Datapoints' is present.",
                hint: "save the output of aws cloudwatch get-metric-data --output json")
        }
        result.series = collector.series
        return result
    }

    private func readMetricData(_ results: [Any], path: String, into collector: inout SeriesCollector, result: inout IngestResult) throws {
        for (r, item) in results.enumerated() {
            let at = "$.MetricDataResults[\(r)]"
            guard let entry = item as? [String: Any] else {
                throw InputError(path: path, jsonPath: at, "Each result should be an object with 'Timestamps' and 'Values'.", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
            }
            let id = entry["Id"] as? String ?? "m\(r)"
            let label = entry["Label"] as? String ?? id
            let labels = ["id": id]
            let times = entry["Timestamps"] as? [Any] ?? []
            let values = entry["Values"] as? [Any] ?? []
            guard times.count == values.count else {
                throw InputError(path: path, jsonPath: at, "'Timestamps' has \(times.count) entries but 'Values' has \(values.count).", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
            }
            let ref = SourceRef(file: path, index: r)
            collector.declare(name: label, labels: labels, source: ref)
            if let status = entry["StatusCode"] as? String, status != "Complete" {
                result.notes.append("Result '\(id)' has status '\(status)': its data may be incomplete.")
            }
            for i in times.indices {
                let t = try Self.time(times[i], path: path, jsonPath: "\(at).Timestamps[\(i)]")
                guard let v = MetricValue.json(values[i]) else {
                    throw InputError(
                        path: path, jsonPath: "\(at).Values[\(i)]", "The value '\(MetricValue.describe(values[i]))' is not a number.", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
                }
                try collector.add(name: label, labels: labels, t: t, v: v, source: ref)
            }
        }
    }

    private func readStatistics(_ datapoints: [Any], label: String, path: String, into collector: inout SeriesCollector) throws {
        for (i, item) in datapoints.enumerated() {
            let at = "$.Datapoints[\(i)]"
            guard let point = item as? [String: Any] else {
                throw InputError(path: path, jsonPath: at, "Each datapoint should be an object with 'Timestamp'.", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
            }
            let t = try Self.time(point["Timestamp"], path: path, jsonPath: "\(at).Timestamp")
            let ref = SourceRef(file: path, index: i)
            var stats: [(String, Any)] = Self.statistics.compactMap { key in point[key].map { (key, $0) } }
            let extended = (point["ExtendedStatistics"] as? [String: Any] ?? [:]).sorted { $0.key < $1.key }
            stats += extended.map { ($0.key, $0.value) }
            for (statistic, raw) in stats {
                guard let v = MetricValue.json(raw) else {
                    throw InputError(
                        path: path, jsonPath: "\(at).\(statistic)", "The value '\(MetricValue.describe(raw))' is not a number.", hint: "save the output of 'aws cloudwatch get-metric-data' or 'get-metric-statistics' unchanged")
                }
                try collector.add(name: label, labels: ["statistic": statistic], t: t, v: v, unit: point["Unit"] as? String, source: ref)
            }
        }
    }

    /// ISO-8601 (`+00:00`, `+0000` or `Z`) or epoch seconds as the SDKs send them.
    static func time(_ value: Any?, path: String, jsonPath: String) throws -> Int64 {
        if let text = value as? String, let date = Timestamp.parse(text) { return Timestamp.epochMilliseconds(date) }
        if value is NSNumber, let ms = MetricValue.epochMilliseconds(value, millisecondsPerUnit: 1000) { return ms }
        throw InputError(
            path: path, jsonPath: jsonPath, "The time '\(MetricValue.describe(value))' is not an ISO-8601 time.",
            hint: "write times like 2024-09-29T22:10:00+00:00")
    }
}
