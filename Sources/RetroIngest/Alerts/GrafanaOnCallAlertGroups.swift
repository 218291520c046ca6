import Foundation
import RetroModel

/// Grafana OnCall's public API, as its serializers (`engine/apps/public_api/serializers`) write it:
/// alert groups (`GET /api/v1/alert_groups/`, `{"count", "next", "results": [...]}`, or one group from
/// `/alert_groups/{id}/`), alerts (`GET /api/v1/alerts/?alert_group_id=…`) and resolution notes
/// (`GET /api/v1/resolution_notes/?alert_group_id=…`); one page per file, an array of pages, or JSON lines.
///
/// A group is triggered at `created_at` (when it started), acknowledged at `acknowledged_at`, silenced
/// at `silenced_at` and resolved at `resolved_at`; `acknowledged_by` and `resolved_by` name users by id
/// only. An alert (`alert_group_id`, `created_at`, `payload`) is one more alert in its group; a
/// resolution note (`text`, `author`, `source`) is a note on it.
struct GrafanaOnCallAlertGroups: SourceFormat {
    let name = "grafana-oncall"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return [root, root["results"][0]].contains { Self.isGroup($0) || Self.isAlert($0) || Self.isNote($0) } || Self.isOtherPage(root)
    }

    /// A page of the OnCall API (`current_page_number`, `total_pages`) holding other objects:
    /// integrations, schedules, escalation chains, users, which hold no timeline.
    static func isOtherPage(_ page: AlertJSON) -> Bool {
        guard page["current_page_number"].int64 != nil, page["total_pages"].int64 != nil, let records = page["results"].items, let first = records.first else { return false }
        return !(isGroup(first) || isAlert(first) || isNote(first))
    }

    static func isGroup(_ node: AlertJSON) -> Bool {
        node["alerts_count"].int64 != nil && node["integration_id"].text != nil && node["created_at"].text != nil
    }

    static func isAlert(_ node: AlertJSON) -> Bool {
        node["alert_group_id"].text != nil && node["created_at"].text != nil && node["payload"].object != nil
    }

    static func isNote(_ node: AlertJSON) -> Bool {
        node["alert_group_id"].text != nil && node["created_at"].text != nil && node["text"].string != nil && node["source"].text != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input) {
            if Self.isOtherPage(page) {
                throw page.error("This is a page of Grafana OnCall objects that are not alert groups, alerts or resolution notes (integrations, schedules, users or the like); retro cannot build a timeline from it.",
                                 hint: "save GET /api/v1/alert_groups/ (filtered by id, route or integration), /api/v1/alerts/?alert_group_id=… and /api/v1/resolution_notes/?alert_group_id=… instead")
            }
            let single = Self.isGroup(page) || Self.isAlert(page) || Self.isNote(page)
            let records = single ? [page] : try page["results"].requireItems(what: "the alert groups, alerts or resolution notes under 'results'")
            for record in records {
                defer { index += 1 }
                _ = try record.requireObject(what: "an alert group, alert or resolution note")
                if Self.isGroup(record) {
                    try groupEvents(record, index: index, into: &result)
                } else if Self.isAlert(record) {
                    result.events.append(try alertEvent(record, index: index))
                } else if Self.isNote(record) {
                    result.events.append(AlertEvent(
                        at: try record["created_at"].requireTime(), kind: .annotated, summary: "Resolution note: \(record["text"].text ?? "")",
                        actor: record["author"].text ?? record["source"].text, alertKey: record["alert_group_id"].text, source: record.reference(index: index)))
                } else {
                    throw record.error("Expected a Grafana OnCall alert group, alert or resolution note here.",
                                       hint: "save the answer of GET /api/v1/alert_groups/, /api/v1/alerts/ or /api/v1/resolution_notes/ unchanged")
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func groupEvents(_ group: AlertJSON, index: Int, into result: inout IngestResult) throws {
        let title = group["title"].text ?? "alert group \(group["id"].text ?? "")"
        let key = group["id"].text
        let source = group.reference(index: index, url: group["permalinks"]["web"].text)
        let steps: [(String, AlertEvent.Kind, String, String?)] = [
            ("created_at", .triggered, "Triggered", nil),
            ("acknowledged_at", .acknowledged, "Acknowledged", "acknowledged_by"),
            ("silenced_at", .annotated, "Silenced", nil),
            ("resolved_at", .resolved, "Resolved", "resolved_by"),
        ]
        for (field, kind, verb, actor) in steps where !group[field].isMissing {
            result.events.append(AlertEvent(
                at: try group[field].requireTime(), kind: kind, summary: "\(verb): \(title)",
                actor: actor.flatMap { group[$0].text }, alertKey: key, service: group["integration_id"].text, source: source))
        }
        let state = group["state"].text
        if state == "resolved", group["resolved_at"].isMissing {
            result.skipped.append(Skip(group["resolved_at"].location, "the alert group is resolved but has no 'resolved_at', so the resolve cannot be placed in time"))
        }
        if state == "acknowledged", group["acknowledged_at"].isMissing {
            result.skipped.append(Skip(group["acknowledged_at"].location, "the alert group is acknowledged but has no 'acknowledged_at', so the acknowledgement cannot be placed in time"))
        }
    }

    private func alertEvent(_ alert: AlertJSON, index: Int) throws -> AlertEvent {
        let payload = alert["payload"]
        let title = payload["title"].text ?? payload["commonLabels"]["alertname"].text ?? payload["alerts"][0]["labels"]["alertname"].text ?? "alert"
        // Grafana Alerting and Alertmanager payloads say whether the alert fired or resolved.
        let status = (payload["status"].text ?? payload["state"].text)?.lowercased()
        let kind: AlertEvent.Kind = status == "resolved" || status == "ok" ? .resolved : .triggered
        return AlertEvent(at: try alert["created_at"].requireTime(), kind: kind, summary: "Alert: \(title)",
                          alertKey: alert["alert_group_id"].text, source: alert.reference(index: index))
    }
}
