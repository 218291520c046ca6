import Foundation
import RetroModel

/// Grafana annotations (`GET /api/annotations`): each one becomes a timeline note from monitoring.
struct GrafanaAnnotationsFormat: SourceFormat {
    var name: String { "grafana-annotations" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard let array = input.json as? [[String: Any]], let first = array.first else { return false }
        return first["time"] is NSNumber && first["text"] is String
            && (first["dashboardUID"] != nil || first["dashboardId"] != nil || first["panelId"] != nil || first["alertId"] != nil)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        guard let array = (try ChatJSON.load(input)) as? [Any] else {
            throw InputError(
                path: input.displayPath, jsonPath: "$", "Grafana annotations should be a JSON array of objects with 'time' and 'text'.", hint: "save the response of Grafana's /api/annotations unchanged")
        }
        var result = IngestResult(format: name, kind: kind)
        result.annotations = try Self.events(array, path: input.displayPath, jsonPath: "$")
        return result
    }

    /// Annotation objects as `.note` events, sorted by time. The text says what Grafana recorded, nothing more.
    static func events(_ items: [Any], path: String, jsonPath: String) throws -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for (i, item) in items.enumerated() {
            let at = "\(jsonPath)[\(i)]"
            guard let object = item as? [String: Any] else {
                throw InputError(path: path, jsonPath: at, "Each annotation should be an object.", hint: "save the response of Grafana's /api/annotations unchanged")
            }
            guard let ms = MetricValue.epochMilliseconds(object["time"], millisecondsPerUnit: 1) else {
                throw InputError(
                    path: path, jsonPath: "\(at).time",
                    "The annotation time '\(MetricValue.describe(object["time"]))' is not epoch milliseconds.", hint: "save the response of Grafana's /api/annotations unchanged")
            }
            var text = (object["text"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let newState = object["newState"] as? String ?? ""
            if !newState.isEmpty {
                let prev = object["prevState"] as? String ?? ""
                let change = prev.isEmpty ? "Alert state became '\(newState)'" : "Alert state changed from '\(prev)' to '\(newState)'"
                let alert = (object["alertName"] as? String).map { " for '\($0)'" } ?? ""
                text = text.isEmpty ? change + alert + "." : "\(change)\(alert): \(text)"
            }
            if let end = MetricValue.epochMilliseconds(object["timeEnd"], millisecondsPerUnit: 1), end > ms {
                text += " (until \(Timestamp.iso(Timestamp.date(epochMilliseconds: end))))"
            }
            let tags = (object["tags"] as? [String] ?? []).filter { !$0.isEmpty }
            if !tags.isEmpty { text += " [\(tags.joined(separator: ", "))]" }
            let actor = [object["login"], object["userName"], object["email"]].compactMap { $0 as? String }.first { !$0.isEmpty }
            events.append(
                TimelineEvent(
                    at: Timestamp.date(epochMilliseconds: ms), kind: .note, text: text.isEmpty ? "Annotation" : text,
                    actor: actor, origin: .monitoring, sources: [SourceRef(file: path, index: i)]))
        }
        return events.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }
}
