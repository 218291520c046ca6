import Foundation
import RetroModel

/// incident.io API v2: incidents (`GET /v2/incidents` → `{"incidents": [...], "pagination_meta"}`,
/// `GET /v2/incidents/{id}` → `{"incident": {...}}`) and incident updates (`GET /v2/incident_updates`
/// → `{"incident_updates": [...]}`); one answer per file, an array of answers or records, or JSON lines.
///
/// An incident is reported at its "Reported at" timestamp (`created_at` without one); every other
/// filled `incident_timestamp_values` entry is a milestone, named as the organisation named it. An
/// update is a status or severity change at its `created_at`, by its `updater`.
struct IncidentIOIncidents: SourceFormat {
    let name = "incident-io"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return [root, root["incident"], root["incidents"][0]].contains(where: Self.isIncident)
            || [root, root["incident_updates"][0]].contains(where: Self.isUpdate)
            || Self.refusal(root) != nil
    }

    static func isIncident(_ node: AlertJSON) -> Bool {
        node["reference"].text != nil && node["created_at"].text != nil
            && (node["incident_timestamp_values"].items != nil || node["incident_status"].object != nil)
    }

    static func isUpdate(_ node: AlertJSON) -> Bool {
        node["incident_id"].text != nil && node["created_at"].text != nil
            && (node["new_incident_status"].object != nil || node["updater"].object != nil)
    }

    /// Answers that hold settings, not an incident's history.
    static func refusal(_ node: AlertJSON) -> String? {
        if let first = node["incident_timestamps"][0].object, first["name"] != nil, first["value"] == nil {
            return "incident.io's timestamp definitions (GET /v2/incident_timestamps): the names of the timestamps, not their values for an incident"
        }
        if let first = node["incident_statuses"][0].object, first["category"] != nil {
            return "incident.io's incident statuses (GET /v1/incident_statuses): the statuses an incident can take, not an incident's history"
        }
        return nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input, refusing: Self.refusal, hint: "save GET /v2/incidents/{id} (its incident_timestamp_values hold the times) and GET /v2/incident_updates?incident_id={id}") {
            let records: [AlertJSON]
            if Self.isIncident(page) || Self.isUpdate(page) { records = [page] }
            else if !page["incident"].isMissing { records = [page["incident"]] }
            else if !page["incident_updates"].isMissing { records = try page["incident_updates"].requireItems(what: "the updates under 'incident_updates'") }
            else { records = try page["incidents"].requireItems(what: "the incidents under 'incidents'") }
            for record in records {
                defer { index += 1 }
                _ = try record.requireObject(what: "an incident.io incident or incident update")
                if Self.isUpdate(record) {
                    result.events.append(try updateEvent(record, index: index, title: nil))
                } else {
                    try incidentEvents(record, index: index, into: &result)
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func incidentEvents(_ incident: AlertJSON, index: Int, into result: inout IngestResult) throws {
        let reference = incident["reference"].text
        let title = [incident["name"].text, reference.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        let source = incident.reference(index: index, url: incident["permalink"].text)
        let severity = incident["severity"]["name"].text
        let key = incident["id"].text ?? reference
        var reported: Date?
        var milestones: [AlertEvent] = []
        for entry in incident["incident_timestamp_values"].items ?? [] {
            let value = entry["value"]["value"]
            guard !value.isMissing else { continue }  // a timestamp the incident never reached
            let label = try entry["incident_timestamp"]["name"].requireText(what: "the timestamp's name")
            let at = try value.requireTime()
            let kind = Self.kind(ofTimestamp: label)
            if kind == .triggered, reported == nil { reported = at; continue }
            milestones.append(AlertEvent(at: at, kind: kind, summary: "\(Self.verb(label)): \(title)", alertKey: key, severity: severity, source: source))
        }
        let creator = incident["creator"]["user"]["name"].text ?? incident["creator"]["api_key"]["name"].text
        result.events.append(AlertEvent(
            at: try reported ?? incident["created_at"].requireTime(), kind: .triggered, summary: "Reported: \(title)",
            actor: creator, alertKey: key, severity: severity, source: source))
        result.events += milestones
        // The singer tap and some exporters put the incident's updates inside it.
        for update in incident["updates"].items ?? [] {
            result.events.append(try updateEvent(update, index: index, title: title))
        }
    }

    private func updateEvent(_ update: AlertJSON, index: Int, title: String?) throws -> AlertEvent {
        let status = update["new_incident_status"]
        let severity = update["new_severity"]["name"].text
        var parts: [String] = []
        if let name = status["name"].text { parts.append("status \(name)") }
        if let severity { parts.append("severity \(severity)") }
        var summary = parts.isEmpty ? "Update" : "Update: " + parts.joined(separator: ", ")
        if let title { summary += " on \(title)" }
        if let message = update["message"].text { summary += " — \(message)" }
        let category = status["category"].text?.lowercased()
        let kind: AlertEvent.Kind = category == "closed" || category == "learning" ? .resolved : .annotated
        let actor = update["updater"]["user"]["name"].text ?? update["updater"]["api_key"]["name"].text
        return AlertEvent(at: try update["created_at"].requireTime(), kind: kind, summary: summary, actor: actor,
                          alertKey: update["incident_id"].text, severity: severity, source: update.reference(index: index))
    }

    /// What a timestamp records, from its name ("Reported at", "Accepted at", "Resolved at", …).
    static func kind(ofTimestamp name: String) -> AlertEvent.Kind {
        let words = name.lowercased()
        if words.hasPrefix("reported") { return .triggered }
        if words.hasPrefix("accepted") || words.hasPrefix("acknowledged") { return .acknowledged }
        if words.hasPrefix("resolved") { return .resolved }
        return .annotated
    }

    /// "Impact started at" → "Impact started".
    static func verb(_ name: String) -> String {
        name.hasSuffix(" at") ? String(name.dropLast(3)) : name
    }
}
