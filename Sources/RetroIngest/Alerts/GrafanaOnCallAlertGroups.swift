import Foundation
import RetroModel

/// Grafana OnCall alert groups (`GET /api/v1/alert_groups/`, `{"count", "next", "results": [...]}`,
/// or one group from `GET /api/v1/alert_groups/{id}/`), one page per file, an array of pages, or JSON lines.
///
/// A group is triggered at `created_at`, acknowledged at `acknowledged_at`, silenced at
/// `silenced_at` and resolved at `resolved_at`; the `*_by` fields name users by id only.
struct GrafanaOnCallAlertGroups: SourceFormat {
    let name = "grafana-oncall"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return Self.isGroup(root["results"][0]) || Self.isGroup(root)
    }

    static func isGroup(_ node: AlertJSON) -> Bool {
        node["alerts_count"].int64 != nil && node["integration_id"].text != nil && node["created_at"].text != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input) {
            let groups = Self.isGroup(page) ? [page] : try page["results"].requireItems(what: "the alert groups under 'results'")
            for group in groups {
                defer { index += 1 }
                _ = try group.requireObject(what: "an alert group")
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
                if group["state"].text == "resolved", group["resolved_at"].isMissing {
                    result.skipped.append(Skip(group["resolved_at"].location, "the alert group is resolved but has no 'resolved_at', so the resolve cannot be placed in time"))
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }
}
