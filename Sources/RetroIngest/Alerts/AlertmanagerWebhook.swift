import Foundation
import RetroModel

/// Prometheus Alertmanager webhook bodies (and Grafana-managed alerting, a superset), one per file,
/// an array of them, or JSON lines.
///
/// Each alert yields a trigger at `startsAt`, and a resolve at `endsAt` only when the alert's own
/// status (or, in old payloads without one, the group's) is `resolved`: while an alert fires,
/// `endsAt` is a guess of when it would expire, or the zero time. Alertmanager re-sends firing
/// alerts on every `repeat_interval`, so an alert is identified by its fingerprint (or its labels)
/// plus `startsAt`, and each transition is kept once.
struct AlertmanagerWebhook: SourceFormat {
    let name = "alertmanager"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        if root["groupKey"].text != nil, root["alerts"].items != nil { return true }
        return root["alerts"][0]["startsAt"].text != nil && root["alerts"][0]["labels"].object != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var seen = Set<String>()
        var repeats = 0
        var index = 0
        for payload in try AlertPayloads.all(input) {
            let groupStatus = payload["status"].text
            let tool = payload["orgId"].isMissing ? "Alertmanager" : "Grafana"
            for alert in try payload["alerts"].requireItems(what: "the alerts") {
                defer { index += 1 }
                _ = try alert.requireObject(what: "an alert")
                let startsAt = try alert["startsAt"].requireTime()
                let identity = self.identity(alert)
                let status = alert["status"].text ?? groupStatus ?? "firing"
                let summary = self.summary(alert)
                let labels = alert["labels"]
                let source = alert.reference(index: index, url: alert["generatorURL"].text)
                let startKey = "\(identity)@\(Timestamp.epochMilliseconds(startsAt))"
                if seen.insert(startKey + "/triggered").inserted {
                    result.events.append(AlertEvent(
                        at: startsAt, kind: .triggered, summary: "Firing: \(summary)", actor: tool, alertKey: identity,
                        service: labels["service"].text ?? labels["job"].text, severity: labels["severity"].text, source: source))
                } else if status != "resolved" {
                    repeats += 1
                }
                guard status == "resolved" else { continue }
                guard let raw = alert["endsAt"].text, !raw.hasPrefix("0001-01-01") else {
                    result.skipped.append(Skip(alert["endsAt"].location, "the alert is resolved but carries no end time, so the resolve cannot be placed in time"))
                    continue
                }
                let endsAt = try alert["endsAt"].requireTime()
                if seen.insert(startKey + "/resolved").inserted {
                    result.events.append(AlertEvent(
                        at: endsAt, kind: .resolved, summary: "Resolved: \(summary)", actor: tool, alertKey: identity,
                        service: labels["service"].text ?? labels["job"].text, severity: labels["severity"].text, source: source))
                } else {
                    repeats += 1
                }
            }
        }
        if repeats > 0 {
            result.notes.append("\(repeats) repeated notification\(repeats == 1 ? "" : "s") of the same alert (same fingerprint and start) \(repeats == 1 ? "was" : "were") read once.")
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    /// The fingerprint, or the sorted labels when the payload predates fingerprints.
    private func identity(_ alert: AlertJSON) -> String {
        if let fingerprint = alert["fingerprint"].text { return fingerprint }
        let labels = (alert["labels"].object ?? [:]).keys.sorted().map { "\($0)=\(alert["labels"][$0].string ?? "")" }
        return "{" + labels.joined(separator: ",") + "}"
    }

    private func summary(_ alert: AlertJSON) -> String {
        let name = alert["labels"]["alertname"].text
        let annotations = alert["annotations"]
        let detail = annotations["summary"].text ?? annotations["message"].text ?? annotations["description"].text
        switch (name, detail) {
        case let (name?, detail?): return detail.contains(name) ? detail : "\(name): \(detail)"
        case let (name?, nil): return name
        case let (nil, detail?): return detail
        default: return "unnamed alert"
        }
    }
}
