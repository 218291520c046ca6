import Foundation
import RetroModel

/// Datadog v1 metrics query results (`GET /api/v1/query`): `series[].pointlist` of `[ms, value]`.
///
/// Other Datadog payloads (monitors, events, incidents) are recognised so the error can say what they are.
struct DatadogQueryFormat: SourceFormat {
    var name: String { "datadog-query" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else { return false }
        if object["res_type"] as? String == "time_series" { return true }
        if let series = object["series"] as? [[String: Any]], series.first?["pointlist"] != nil { return true }
        return Self.otherPayload(object) != nil
    }

    /// What a Datadog payload that holds no time series is, in words; nil when it is not one of those.
    static func otherPayload(_ object: [String: Any]) -> String? {
        if object["overall_state"] != nil, object["query"] != nil, object["org_id"] != nil { return "a Datadog monitor definition" }
        if let event = object["event"] as? [String: Any], event["id_str"] != nil || event["date_happened"] != nil {
            return "a Datadog event (v1)"
        }
        if let data = object["data"] as? [String: Any], data["type"] as? String == "incidents" { return "a Datadog incident (v2)" }
        if let data = object["data"] as? [[String: Any]], let type = data.first?["type"] as? String, type == "event" {
            return "a Datadog event list (v2)"
        }
        return nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let object = (try ChatJSON.load(input)) as? [String: Any] else {
            throw InputError(path: path, "The file is not a Datadog query result: expected a JSON object with 'series'.", hint: "save the response of Datadog's /api/v1/query unchanged")
        }
        if let what = Self.otherPayload(object) {
            throw InputError(
                path: path, jsonPath: "$", "This is \(what), not a time series.",
                hint: "retro reads Datadog v1 query results (GET /api/v1/query); export the metric with that endpoint")
        }
        if let errors = object["errors"] as? [Any], !errors.isEmpty {
            throw InputError(
                path: path, jsonPath: "$.errors",
                "The Datadog response is an error: '\(errors.map(MetricValue.describe).joined(separator: "; "))'.", hint: "save the response of Datadog's /api/v1/query unchanged")
        }
        if object["status"] as? String == "error" {
            let message = object["error"] as? String ?? object["message"] as? String ?? "no error message"
            throw InputError(path: path, jsonPath: "$.status", "The Datadog query failed: '\(message)'.", hint: "save the response of Datadog's /api/v1/query unchanged")
        }
        guard let series = object["series"] as? [Any] else {
            throw InputError(
                path: path, jsonPath: "$.series", "'series' is missing.", hint: "retro reads Datadog v1 query results (GET /api/v1/query)")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        for (s, item) in series.enumerated() {
            let at = "$.series[\(s)]"
            guard let entry = item as? [String: Any] else {
                throw InputError(path: path, jsonPath: at, "Each series should be an object with 'metric' and 'pointlist'.", hint: "save the response of Datadog's /api/v1/query unchanged")
            }
            let metric = entry["metric"] as? String ?? entry["expression"] as? String ?? "series \(s)"
            let labels = Self.labels(scope: entry["scope"] as? String)
            let unit = ((entry["unit"] as? [Any])?.first as? [String: Any])?["short_name"] as? String
            let ref = SourceRef(file: path, index: s)
            collector.declare(name: metric, labels: labels, unit: unit, source: ref)
            guard let points = entry["pointlist"] as? [Any] else {
                throw InputError(path: path, jsonPath: "\(at).pointlist", "'pointlist' is missing.", hint: "save the response of Datadog's /api/v1/query unchanged")
            }
            for (i, point) in points.enumerated() {
                guard let pair = point as? [Any], pair.count == 2,
                    let t = MetricValue.epochMilliseconds(pair[0], millisecondsPerUnit: 1),
                    let v = MetricValue.json(pair[1])
                else {
                    throw InputError(
                        path: path, jsonPath: "\(at).pointlist[\(i)]",
                        "A point should be [epoch-ms, value], not \(MetricValue.describe(point)).", hint: "save the response of Datadog's /api/v1/query unchanged")
                }
                try collector.add(name: metric, labels: labels, t: t, v: v, source: ref)
            }
        }
        result.series = collector.series
        return result
    }

    /// `host:a,env:b` → labels; `*` → none; a tag without `:` becomes a label with an empty value.
    static func labels(scope: String?) -> [String: String] {
        guard let scope, scope != "*" else { return [:] }
        var labels: [String: String] = [:]
        for tag in scope.split(separator: ",") {
            let parts = tag.split(separator: ":", maxSplits: 1)
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            labels[key] = parts.count > 1 ? String(parts[1]) : ""
        }
        return labels
    }
}
