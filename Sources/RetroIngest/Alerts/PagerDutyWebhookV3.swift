import Foundation
import RetroModel

/// PagerDuty v3 webhooks: `{"event": {"event_type": "incident.triggered", "occurred_at": ..., "agent": ...,
/// "data": {...}}}`, one per file, an array of them, or JSON lines.
///
/// Events about other resources (`service.updated`) are counted as skipped. A file holding only the
/// `data` object of a webhook is refused: without `occurred_at` it says nothing about *when*.
struct PagerDutyWebhookV3: SourceFormat {
    let name = "pagerduty-webhook-v3"
    let kind = SourceKind.alerts

    static let kinds: [String: AlertEvent.Kind] = [
        "incident.triggered": .triggered,
        "incident.reopened": .triggered,
        "incident.acknowledged": .acknowledged,
        "incident.unacknowledged": .annotated,
        "incident.escalated": .escalated,
        "incident.responder.added": .escalated,
        "incident.reassigned": .assigned,
        "incident.delegated": .assigned,
        "incident.annotated": .annotated,
        "incident.responder.replied": .annotated,
        "incident.status_update_published": .annotated,
        "incident.priority_updated": .annotated,
        "incident.resolved": .resolved,
    ]

    /// `type` values of the objects PagerDuty puts in `event.data`, recognised when sent alone.
    static let dataTypes: Set<String> = ["incident", "incident_note", "incident_responder", "incident_status_update", "service"]

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        if root["event"]["event_type"].text != nil, root["event"]["resource_type"].text != nil || root["event"]["occurred_at"].text != nil {
            return true
        }
        return isBareData(root)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        for (index, payload) in try AlertPayloads.all(input).enumerated() {
            if isBareData(payload) {
                let type = payload["type"].text ?? "incident"
                throw payload.error(
                    "This is only the 'data' object of a PagerDuty v3 webhook (type '\(type)'), without the 'event' around it that says what happened and when; retro does not read it alone.",
                    hint: "give retro the whole webhook body ({\"event\": {\"event_type\": …, \"occurred_at\": …, \"data\": …}}) or the incident's log entries")
            }
            let event = payload["event"]
            let type = try event["event_type"].requireText(what: "the webhook event type")
            guard let kind = Self.kinds[type] else {
                let reason = type.hasPrefix("incident.")
                    ? "webhook event '\(type)' is not an incident transition retro reads"
                    : "webhook event '\(type)' is about a \(event["resource_type"].text ?? "non-incident resource") ('\(event["data"]["summary"].text ?? event["data"]["name"].text ?? "unnamed")'), not an incident"
                result.skipped.append(Skip(event.location, reason))
                continue
            }
            let at = try event["occurred_at"].requireTime()
            let data = event["data"]
            let incident = data["type"].text == "incident" ? data : data["incident"]
            result.events.append(AlertEvent(
                at: at, kind: kind, summary: summary(type: type, data: data, incident: incident),
                actor: event["agent"]["summary"].text ?? event["agent"]["name"].text, alertKey: incident["id"].text,
                service: incident["service"]["summary"].text, severity: incident["urgency"].text,
                source: payload.reference(index: index, url: incident["html_url"].text)))
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func isBareData(_ root: AlertJSON) -> Bool {
        guard root["event"].isMissing, let type = root["type"].text, Self.dataTypes.contains(type) else { return false }
        return root["self"].text?.contains("pagerduty.com") ?? root["incident"]["self"].text?.contains("pagerduty.com") ?? false
    }

    private func summary(type: String, data: AlertJSON, incident: AlertJSON) -> String {
        let title = incident["title"].text ?? incident["summary"].text ?? "incident"
        switch type {
        case "incident.annotated": return "Note added to '\(title)': \(data["content"].text ?? "")"
        case "incident.responder.added":
            return "Responder \(data["user"]["summary"].text ?? "requested") added to '\(title)'" + (data["message"].text.map { ": \($0)" } ?? "")
        case "incident.status_update_published": return "Status update published for '\(title)': \(data["message"].text ?? "")"
        case "incident.priority_updated": return "Priority of '\(title)' set to \(incident["priority"]["summary"].text ?? "none")"
        default:
            let verb = type.split(separator: ".").dropFirst().joined(separator: " ")
            return "\(verb.prefix(1).uppercased() + verb.dropFirst()): \(title)"
        }
    }
}
