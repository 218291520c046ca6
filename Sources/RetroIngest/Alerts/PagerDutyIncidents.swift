import Foundation
import RetroModel

/// PagerDuty REST incidents: `GET /incidents` (`{"incidents": [...]}`) or `GET /incidents/{id}`
/// (`{"incident": {...}}`).
///
/// An incident object keeps only its milestones: the trigger at `created_at`, each
/// acknowledgement and assignment with its `at`, and, when its status is `resolved`, the resolve at
/// `resolved_at` (or `last_status_change_at` in older responses). The log entries hold more detail.
struct PagerDutyIncidents: SourceFormat {
    let name = "pagerduty-incidents"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        let incident = root["incidents"].items != nil ? root["incidents"][0] : root["incident"]
        return incident["type"].text == "incident" && incident["created_at"].text != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for payload in try AlertPayloads.all(input) {
            let incidents = payload["incidents"].isMissing ? [payload["incident"]] : try payload["incidents"].requireItems(what: "the incidents")
            for incident in incidents {
                defer { index += 1 }
                _ = try incident.requireObject(what: "an incident")
                result.events += try events(of: incident, index: index)
            }
        }
        result.notes.append("Incident objects keep only their milestones; the incident's log entries give every transition.")
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func events(of incident: AlertJSON, index: Int) throws -> [AlertEvent] {
        let title = incident["title"].text ?? incident["summary"].text ?? "incident"
        let service = incident["service"]["summary"].text
        let source = incident.reference(index: index, url: incident["html_url"].text)
        func event(_ at: Date, _ kind: AlertEvent.Kind, _ summary: String, _ actor: String?) -> AlertEvent {
            AlertEvent(at: at, kind: kind, summary: summary, actor: actor, alertKey: incident["id"].text, service: service, severity: incident["urgency"].text, source: source)
        }
        var events = [event(try incident["created_at"].requireTime(), .triggered, "Triggered: \(title)", incident["first_trigger_log_entry"]["agent"]["summary"].text)]
        for ack in incident["acknowledgements"].items ?? [] {
            let who = ack["acknowledger"]["summary"].text
            events.append(event(try ack["at"].requireTime(), .acknowledged, "Acknowledged\(who.map { " by \($0)" } ?? ""): \(title)", who))
        }
        for assignment in incident["assignments"].items ?? [] {
            let who = assignment["assignee"]["summary"].text
            events.append(event(try assignment["at"].requireTime(), .assigned, "Assigned\(who.map { " to \($0)" } ?? ""): \(title)", nil))
        }
        if incident["status"].text == "resolved" {
            let at = incident["resolved_at"].isMissing ? incident["last_status_change_at"] : incident["resolved_at"]
            events.append(event(try at.requireTime(), .resolved, "Resolved: \(title)", incident["last_status_change_by"]["summary"].text))
        }
        return events
    }
}
