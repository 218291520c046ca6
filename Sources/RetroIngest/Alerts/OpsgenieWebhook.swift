import Foundation
import RetroModel

/// Opsgenie outgoing webhooks: `{"action": "Create", "alert": {"alertId", "message", "createdAt", "updatedAt", ...}}`,
/// one per file, an array of them, or JSON lines.
///
/// `createdAt` is epoch milliseconds and `updatedAt` epoch nanoseconds in the same object, and
/// legacy payloads send both as strings. A `Create` happens at `createdAt`; every later action
/// happens at `updatedAt`, the moment the alert last changed.
struct OpsgenieWebhook: SourceFormat {
    let name = "opsgenie"
    let kind = SourceKind.alerts

    static let kinds: [String: AlertEvent.Kind] = [
        "create": .triggered,
        "acknowledge": .acknowledged,
        "unacknowledge": .annotated,
        "close": .resolved,
        "delete": .resolved,
        "escalate": .escalated,
        "escalatetonext": .escalated,
        "addresponder": .escalated,
        "assignownership": .assigned,
        "takeownership": .assigned,
        "addnote": .annotated,
        "addtags": .annotated,
        "removetags": .annotated,
        "updatepriority": .annotated,
        "updatemessage": .annotated,
        "updatedescription": .annotated,
        "snooze": .annotated,
    ]

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return root["action"].text != nil && root["alert"]["alertId"].text != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        for (index, payload) in try AlertPayloads.all(input).enumerated() {
            let action = try payload["action"].requireText(what: "the Opsgenie action")
            let alert = payload["alert"]
            _ = try alert.requireObject(what: "the Opsgenie alert")
            guard let kind = Self.kinds[action.lowercased()] else {
                result.skipped.append(Skip(payload["action"].location, "Opsgenie action '\(action)' is not a transition retro reads"))
                continue
            }
            let at = try time(of: alert, kind: kind)
            let message = alert["message"].text ?? alert["alias"].text ?? "Opsgenie alert"
            var summary = "\(action): \(message)"
            if let note = alert["note"].text, kind == .annotated { summary += " (\(note))" }
            if let owner = alert["owner"].text, kind == .assigned { summary += " (owner: \(owner))" }
            result.events.append(AlertEvent(
                at: at, kind: kind, summary: summary,
                actor: alert["userFullName"].text ?? alert["username"].text ?? payload["source"]["name"].text,
                alertKey: alert["alertId"].text, service: alert["entity"].text ?? alert["team"].text, severity: alert["priority"].text,
                source: payload.reference(index: index)))
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func time(of alert: AlertJSON, kind: AlertEvent.Kind) throws -> Date {
        let created = alert["createdAt"]
        let updated = alert["updatedAt"]
        if kind != .triggered, let nanos = updated.int64 {
            return Timestamp.date(epochMilliseconds: nanos / 1_000_000)
        }
        guard !created.isMissing else { throw created.error("'createdAt' is missing; retro needs it to place the alert in time.") }
        guard let millis = created.int64 else {
            throw created.error("'\(created.string ?? created.describe())' is not epoch milliseconds.", hint: "Opsgenie sends createdAt as a whole number of milliseconds")
        }
        return Timestamp.date(epochMilliseconds: millis)
    }
}
