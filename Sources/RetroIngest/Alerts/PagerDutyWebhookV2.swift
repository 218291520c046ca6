import Foundation
import RetroModel

/// PagerDuty's legacy v2 webhooks: `{"messages": [{"event": "incident.trigger", "log_entries": [...],
/// "incident": {...}, "created_on": ...}]}`.
///
/// Each message carries the log entry that caused it, which gives the exact actor and time; a
/// message without one falls back to its `event` name and `created_on`.
struct PagerDutyWebhookV2: SourceFormat {
    let name = "pagerduty-webhook-v2"
    let kind = SourceKind.alerts

    /// `event` names of v2 messages and what they mean.
    static let kinds: [String: AlertEvent.Kind] = [
        "incident.trigger": .triggered,
        "incident.acknowledge": .acknowledged,
        "incident.unacknowledge": .annotated,
        "incident.escalate": .escalated,
        "incident.resolve": .resolved,
        "incident.assign": .assigned,
        "incident.delegate": .assigned,
        "incident.annotate": .annotated,
    ]

    func matches(_ input: SourceInput) -> Bool {
        guard let first = AlertPayloads.first(input)?["messages"][0] else { return false }
        return first["event"].text?.hasPrefix("incident.") ?? false
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        for (index, message) in try AlertPayloads.records(input, key: "messages", what: "the webhook messages").enumerated() {
            let event = try message["event"].requireText(what: "the webhook event name")
            let entries = message["log_entries"].items ?? []
            if entries.isEmpty {
                try readWithoutLogEntry(message, event: event, index: index, into: &result)
                continue
            }
            for entry in entries {
                switch try PagerDutyLogEntry.read(entry, index: index, fallbackIncident: message["incident"]) {
                case .event(let alert): result.events.append(alert)
                case .skip(let skip): result.skipped.append(skip)
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func readWithoutLogEntry(_ message: AlertJSON, event: String, index: Int, into result: inout IngestResult) throws {
        guard let kind = Self.kinds[event] else {
            result.skipped.append(Skip(message.location, "webhook event '\(event)' is not an incident transition retro reads"))
            return
        }
        let incident = message["incident"]
        let at = try (message["created_on"].isMissing ? incident["last_status_change_at"] : message["created_on"]).requireTime()
        let title = incident["title"].text ?? incident["summary"].text ?? event
        result.events.append(AlertEvent(
            at: at, kind: kind, summary: "\(kind.rawValue.capitalized): \(title)",
            actor: incident["last_status_change_by"]["summary"].text, alertKey: incident["id"].text,
            service: incident["service"]["summary"].text ?? incident["service"]["name"].text, severity: incident["urgency"].text,
            source: message.reference(index: index, url: incident["html_url"].text)))
    }
}
