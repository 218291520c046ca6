import Foundation
import RetroModel

/// Prometheus Alertmanager webhook bodies (and Grafana-managed alerting, a superset), one per file,
/// an array of them, or JSON lines.
///
/// Each alert yields a trigger at `startsAt`, and a resolve at `endsAt` only when the alert's own
/// status (or, in old payloads without one, the group's) is `resolved`: while an alert fires,
/// `endsAt` is a guess of when it would expire, or the zero time. Alertmanager re-sends firing
/// alerts on every `repeat_interval`, so an alert is identified by its full label set (and its
/// fingerprint, where the payload has one) plus `startsAt`; each transition is kept once and every
/// repeat is a counted skip that names the notification it repeats.
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
        let payloads = try AlertPayloads.all(input)
        let keys = alertKeys(payloads)
        var firstSeen: [String: String] = [:]
        var index = 0
        for payload in payloads {
            let groupStatus = payload["status"].text
            let tool = payload["orgId"].isMissing ? "Alertmanager" : "Grafana"
            for alert in try payload["alerts"].requireItems(what: "the alerts") {
                defer { index += 1 }
                _ = try alert.requireObject(what: "an alert")
                let startsAt = try alert["startsAt"].requireTime()
                let identity = Self.identity(alert)
                let alertKey = keys[identity] ?? identity
                let status = alert["status"].text ?? groupStatus ?? "firing"
                let summary = self.summary(alert)
                let labels = alert["labels"]
                let source = alert.reference(index: index, url: alert["generatorURL"].text)
                let startKey = "\(identity)@\(Timestamp.epochMilliseconds(startsAt))"
                if let earlier = firstSeen[startKey + "/triggered"] {
                    if status != "resolved" {
                        result.skipped.append(Skip(alert.location, "a repeated notification of the alert '\(summary)' (same labels\(alert["fingerprint"].text == nil ? "" : ", fingerprint") and start) first read at \(earlier)"))
                    }
                } else {
                    firstSeen[startKey + "/triggered"] = alert.path
                    result.events.append(AlertEvent(
                        at: startsAt, kind: .triggered, summary: "Firing: \(summary)", actor: tool, alertKey: alertKey,
                        service: labels["service"].text ?? labels["job"].text, severity: labels["severity"].text, source: source))
                }
                guard status == "resolved" else { continue }
                guard let raw = alert["endsAt"].text, !raw.hasPrefix("0001-01-01") else {
                    result.skipped.append(Skip(alert["endsAt"].location, "the alert is resolved but carries no end time, so the resolve cannot be placed in time"))
                    continue
                }
                let endsAt = try alert["endsAt"].requireTime()
                if let earlier = firstSeen[startKey + "/resolved"] {
                    result.skipped.append(Skip(alert.location, "a repeated resolve of the alert '\(summary)' (same labels\(alert["fingerprint"].text == nil ? "" : ", fingerprint") and start) first read at \(earlier)"))
                } else {
                    firstSeen[startKey + "/resolved"] = alert.path
                    result.events.append(AlertEvent(
                        at: endsAt, kind: .resolved, summary: "Resolved: \(summary)", actor: tool, alertKey: alertKey,
                        service: labels["service"].text ?? labels["job"].text, severity: labels["severity"].text, source: source))
                }
            }
        }
        let repeats = result.skipped.filter { $0.reason.hasPrefix("a repeated") }.count
        if repeats > 0 {
            result.notes.append("\(repeats) repeated notification\(repeats == 1 ? "" : "s") of an alert already read (same labels and start) \(repeats == 1 ? "was" : "were") skipped; see the skipped records.")
        }
        if result.events.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "No alert in this Alertmanager payload can be placed in time; the first: \(first.reason).", hint: "export the firing notifications too, not only resolves without an end time")
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    /// The full label set and the fingerprint: two alerts are the same only when both agree.
    static func identity(_ alert: AlertJSON) -> String {
        let labels = (alert["labels"].object ?? [:]).keys.sorted().map { "\($0)=\(alert["labels"][$0].string ?? "")" }
        return (alert["fingerprint"].text ?? "") + "{" + labels.joined(separator: ",") + "}"
    }

    /// The key events carry: the fingerprint where it names one label set in this file, else the labels.
    private func alertKeys(_ payloads: [AlertJSON]) -> [String: String] {
        var labelSets: [String: Set<String>] = [:]
        var identities: [(String, String?, String)] = []
        for payload in payloads {
            for alert in payload["alerts"].items ?? [] {
                let identity = Self.identity(alert)
                let fingerprint = alert["fingerprint"].text
                let labels = String(identity.dropFirst(fingerprint?.count ?? 0))
                if let fingerprint { labelSets[fingerprint, default: []].insert(labels) }
                identities.append((identity, fingerprint, labels))
            }
        }
        var keys: [String: String] = [:]
        for (identity, fingerprint, labels) in identities {
            if let fingerprint, labelSets[fingerprint]?.count == 1 { keys[identity] = fingerprint } else { keys[identity] = labels }
        }
        return keys
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
