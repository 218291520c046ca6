import Foundation
import RetroModel

/// PagerDuty's first webhooks (still sent by older integrations): `{"messages": [{"type":
/// "incident.trigger", "data": {"incident": {...}}, "id", "created_on"}]}`.
///
/// A v1 message says that an incident changed state and when (`created_on`); it carries no log
/// entries, so who acted comes from `last_status_change_by` and notes are not in it at all.
struct PagerDutyWebhookV1: SourceFormat {
    let name = "pagerduty-webhook-v1"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let first = AlertPayloads.first(input)?["messages"][0] else { return false }
        return first["type"].text?.hasPrefix("incident.") == true && first["data"]["incident"].object != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        for (index, message) in try AlertPayloads.records(input, key: "messages", what: "the webhook messages").enumerated() {
            let type = try message["type"].requireText(what: "the webhook message type")
            guard let kind = PagerDutyWebhookV2.kinds[type] else {
                result.skipped.append(Skip(message["type"].location, "webhook message type '\(type)' is not an incident state change retro reads"))
                continue
            }
            let incident = message["data"]["incident"]
            _ = try incident.requireObject(what: "the incident ('data.incident')")
            let time = message["created_on"].isMissing ? incident["last_status_change_on"] : message["created_on"]
            guard !time.isMissing else {
                result.skipped.append(Skip(message.location, "the message has neither 'created_on' nor 'data.incident.last_status_change_on', so it cannot be placed in time"))
                continue
            }
            let at = try time.requireTime()
            let title = incident["trigger_summary_data"]["subject"].text ?? incident["trigger_summary_data"]["description"].text
                ?? incident["incident_key"].text ?? "incident \(incident["incident_number"].string ?? "")"
            let actor = incident["last_status_change_by"]["name"].text ?? incident["last_status_change_by"]["email"].text
                ?? (kind == .assigned ? incident["assigned_to_user"]["name"].text : nil)
            result.events.append(AlertEvent(
                at: at, kind: kind, summary: "\(kind.rawValue.capitalized): \(title)", actor: actor,
                alertKey: incident["id"].text, service: incident["service"]["name"].text,
                source: message.reference(index: index, url: incident["html_url"].text)))
        }
        if !result.events.isEmpty {
            result.notes.append("PagerDuty v1 webhooks carry state changes only; notes and notifications are in the incident's log entries (GET /incidents/{id}/log_entries), which retro reads too.")
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }
}
