import Foundation
import RetroModel

/// One PagerDuty log entry (REST `log_entries` or inside a v2 webhook message) read as an alert event.
///
/// Notifications (`notify_log_entry`) page a person but change nothing about the incident, so they
/// are counted as skipped rather than shown as transitions.
enum PagerDutyLogEntry {
    enum Reading {
        case event(AlertEvent)
        case skip(Skip)
    }

    /// The event kind for each entry type retro reads; other types are skipped with their name.
    static let kinds: [String: AlertEvent.Kind] = [
        "trigger_log_entry": .triggered,
        "acknowledge_log_entry": .acknowledged,
        "escalate_log_entry": .escalated,
        "exhaust_escalation_path_log_entry": .escalated,
        "repeat_escalation_path_log_entry": .escalated,
        "responder_request_log_entry": .escalated,
        "assign_log_entry": .assigned,
        "reassign_log_entry": .assigned,
        "delegate_log_entry": .assigned,
        "annotate_log_entry": .annotated,
        "unacknowledge_log_entry": .annotated,
        "snooze_log_entry": .annotated,
        "urgency_change_log_entry": .annotated,
        "priority_change_log_entry": .annotated,
        "status_update_log_entry": .annotated,
        "resolve_log_entry": .resolved,
    ]

    static func read(_ entry: AlertJSON, index: Int, fallbackIncident: AlertJSON? = nil) throws -> Reading {
        _ = try entry.requireObject(what: "a log entry")
        let type = try entry["type"].requireText(what: "the log entry type")
        guard let kind = kinds[type] else {
            let reason = type == "notify_log_entry"
                ? "a notification sent to a responder ('\(entry["summary"].text ?? type)'), not a change to the incident"
                : "log entry type '\(type)' is not an incident transition retro reads"
            return .skip(Skip(entry.location, reason))
        }
        let at = try entry["created_at"].requireTime()
        let incident = entry["incident"].isMissing ? (fallbackIncident ?? entry["incident"]) : entry["incident"]
        let agent = entry["agent"]
        let actor = agent["summary"].text ?? agent["name"].text
        return .event(AlertEvent(
            at: at, kind: kind, summary: summary(entry, kind: kind, incident: incident), actor: actor,
            alertKey: incident["id"].text, service: entry["service"]["summary"].text ?? incident["service"]["summary"].text,
            severity: incident["urgency"].text, source: entry.reference(index: index, url: entry["html_url"].text)))
    }

    /// The entry's own summary ("Acknowledged by Laura Haley"), with the note or trigger subject
    /// appended when PagerDuty keeps it elsewhere.
    private static func summary(_ entry: AlertJSON, kind: AlertEvent.Kind, incident: AlertJSON) -> String {
        var text = entry["summary"].text ?? kind.rawValue.capitalized
        let detail: String?
        switch kind {
        case .triggered: detail = entry["channel"]["summary"].text ?? incident["summary"].text ?? incident["title"].text
        case .annotated: detail = entry["type"].text == "annotate_log_entry" ? entry["channel"]["summary"].text : nil
        case .resolved: detail = entry["note"].text
        default: detail = nil
        }
        if let detail, !text.contains(detail) { text += ": \(detail)" }
        return text
    }
}
