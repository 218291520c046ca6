import Foundation
import RetroModel

/// Prometheus HTTP API responses: `/api/v1/query_range` (matrix) and `/api/v1/query` (vector, scalar).
///
/// Also accepts what users paste instead of the bare response: `data.result` alone, or a list of responses.
struct PrometheusAPIFormat: SourceFormat {
    enum Variant: Sendable { case range, instant }
    var variant: Variant

    var name: String { variant == .range ? "prometheus-query-range" : "prometheus-query" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard let object = Self.responses(input.json)?.first else { return false }
        let resultType = (object["data"] as? [String: Any])?["resultType"] as? String
        if object["status"] as? String == "error" { return variant == .range }
        switch resultType {
        case "matrix": return variant == .range
        case "vector", "scalar": return variant == .instant
        default: return false
        }
    }

    /// The responses in a file: one object, a list of them, or a bare `result` array wrapped as one.
    static func responses(_ json: Any?) -> [[String: Any]]? {
        if let object = json as? [String: Any], object["status"] is String, object["data"] != nil || object["error"] != nil {
            return [object]
        }
        guard let array = json as? [Any], !array.isEmpty else { return nil }
        if let objects = array as? [[String: Any]], objects.allSatisfy({ $0["status"] is String && $0["data"] != nil }) {
            return objects
        }
        if let items = array as? [[String: Any]],
            items.allSatisfy({ $0["metric"] is [String: Any] && ($0["values"] != nil || $0["value"] != nil) })
        {
            let type = items.contains { $0["values"] != nil } ? "matrix" : "vector"
            return [["status": "success", "data": ["resultType": type, "result": items] as [String: Any]]]
        }
        return nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let responses = Self.responses((try ChatJSON.load(input))) else {
            throw InputError(
                path: path, "The file is not a Prometheus API response: expected an object with 'status' and 'data.resultType'.",
                hint: "save the JSON body of /api/v1/query_range")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        var index = 0
        for (r, response) in responses.enumerated() {
            let root = responses.count > 1 ? "$[\(r)]" : "$"
            if response["status"] as? String != "success" {
                let message = response["error"] as? String ?? "no error message"
                let type = response["errorType"] as? String ?? "unknown"
                throw InputError(
                    path: path, jsonPath: root, "The Prometheus response is an error (\(type)): '\(message)'.",
                    hint: "fix the query and save a successful response")
            }
            for warning in response["warnings"] as? [String] ?? [] {
                result.notes.append("Prometheus warned: '\(warning)'.")
            }
            guard let data = response["data"] as? [String: Any], let type = data["resultType"] as? String else {
                throw InputError(path: path, jsonPath: "\(root).data", "'data.resultType' is missing.", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
            }
            switch type {
            case "matrix", "vector":
                guard let items = data["result"] as? [Any] else {
                    throw InputError(path: path, jsonPath: "\(root).data.result", "'result' should be an array for a \(type).", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
                }
                for (i, item) in items.enumerated() {
                    let at = "\(root).data.result[\(i)]"
                    guard let object = item as? [String: Any] else {
                        throw InputError(path: path, jsonPath: at, "Each result should be an object with 'metric' and 'values'.", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
                    }
                    var labels = (object["metric"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
                    let metricName = labels.removeValue(forKey: "__name__") ?? ""
                    let ref = SourceRef(file: path, index: index)
                    index += 1
                    collector.declare(name: metricName, labels: labels, source: ref)
                    if object["histograms"] != nil || object["histogram"] != nil {
                        result.skipped.append(
                            Skip(SourceLocation(path: path, jsonPath: at), "Native histogram samples are not read; only float samples are.")
                        )
                    }
                    // The JSON path of a sample is only spelled out for an error message.
                    if let values = object["values"] as? [Any] {
                        for (position, sample) in values.enumerated() {
                            let point = try Self.point(sample, path: path, jsonPath: "\(at).values[\(position)]")
                            try collector.add(name: metricName, labels: labels, t: point.t, v: point.v, source: ref)
                        }
                    } else if let value = object["value"] {
                        let point = try Self.point(value, path: path, jsonPath: "\(at).value")
                        try collector.add(name: metricName, labels: labels, t: point.t, v: point.v, source: ref)
                    }
                }
            case "scalar":
                let ref = SourceRef(file: path, index: index)
                index += 1
                let point = try Self.point(data["result"] as Any, path: path, jsonPath: "\(root).data.result")
                try collector.add(name: "scalar", labels: [:], t: point.t, v: point.v, source: ref)
            default:
                throw InputError(
                    path: path, jsonPath: "\(root).data.resultType", "A '\(type)' result holds no time series.",
                    hint: "query a range or an instant vector")
            }
        }
        result.series = collector.series
        return result
    }

    /// `[1664376185.491, "0.25"]`: float seconds and a value string.
    static func point(_ sample: Any, path: String, jsonPath: @autoclosure () -> String) throws -> MetricSeries.Point {
        guard let pair = sample as? [Any], pair.count == 2 else {
            throw InputError(
                path: path, jsonPath: jsonPath(), "A sample should be a pair [time, \"value\"], not \(MetricValue.describe(sample)).", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
        }
        guard let t = MetricValue.epochMilliseconds(pair[0], millisecondsPerUnit: 1000) else {
            throw InputError(path: path, jsonPath: "\(jsonPath())[0]", "The time '\(MetricValue.describe(pair[0]))' is not epoch seconds.", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
        }
        guard pair[1] is String || pair[1] is NSNumber, let v = MetricValue.json(pair[1]) else {
            throw InputError(path: path, jsonPath: "\(jsonPath())[1]", "The value '\(MetricValue.describe(pair[1]))' is not a number.", hint: "save the response of Prometheus's /api/v1/query_range (or /api/v1/query) unchanged")
        }
        return MetricSeries.Point(t: t, v: v)
    }
}
