import Foundation
import RetroModel

/// FireHydrant API v1: incidents (`GET /v1/incidents` → `{"data": [...], "pagination"}`, or one from
/// `GET /v1/incidents/{id}`) with their `milestones`, and incident events (`GET /v1/incidents/{id}/events`
/// → `{"data": [{occurred_at, type, author, data}]}`); one answer per file, an array of answers or
/// records, or JSON lines.
///
/// A milestone (`type`, `occurred_at`) is one event: `started` and `detected` trigger, `acknowledged`
/// acknowledges, `resolved` resolves, the others (`investigating`, `identified`, `mitigated`, …) are
/// notes. A role assignment is an assignment at its `created_at`. An incident event is read by its
/// `type` and the text of its `data`.
struct FireHydrantIncidents: SourceFormat {
    let name = "firehydrant"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return [root, root["data"][0]].contains { Self.isIncident($0) || Self.isEvent($0) } || Self.isOtherList(root)
    }

    /// A page of FireHydrant's API (its `pagination` has `pages` and `last`) whose records are not
    /// incidents or incident events: teams, users, services and the like, which hold no timeline.
    static func isOtherList(_ page: AlertJSON) -> Bool {
        guard page["pagination"]["pages"].int64 != nil, page["pagination"]["last"].value != nil, let records = page["data"].items else { return false }
        return !records.contains { isIncident($0) || isEvent($0) }
    }

    static func isIncident(_ node: AlertJSON) -> Bool {
        node["milestones"].items != nil && node["created_at"].text != nil && (node["current_milestone"].text != nil || node["started_at"].text != nil)
    }

    static func isEvent(_ node: AlertJSON) -> Bool {
        node["incident_id"].text != nil && node["occurred_at"].text != nil && node["type"].text != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input) {
            if Self.isOtherList(page) {
                throw page.error("This is a page of FireHydrant records that are neither incidents nor incident events (teams, users, services or the like); retro cannot build a timeline from it.",
                                 hint: "save GET /v1/incidents/{id} (its milestones) or GET /v1/incidents/{id}/events instead")
            }
            let records = Self.isIncident(page) || Self.isEvent(page) ? [page] : try page["data"].requireItems(what: "the incidents or events under 'data'")
            for record in records {
                defer { index += 1 }
                _ = try record.requireObject(what: "a FireHydrant incident or incident event")
                if Self.isEvent(record) {
                    result.events.append(try incidentEvent(record, index: index, title: nil))
                } else if Self.isIncident(record) {
                    try incidentEvents(record, index: index, into: &result)
                } else {
                    throw record.error("Expected a FireHydrant incident (with 'milestones') or an incident event (with 'occurred_at' and 'type') here.")
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func incidentEvents(_ incident: AlertJSON, index: Int, into result: inout IngestResult) throws {
        let title = incident["name"].text.map { name in incident["number"].string.map { "\(name) (#\($0))" } ?? name } ?? "incident \(incident["id"].text ?? "")"
        let source = incident.reference(index: index, url: incident["incident_url"].text)
        let severity = incident["severity"].text.flatMap { $0.uppercased() == "UNSET" ? nil : $0 } ?? incident["priority"].text
        let key = incident["id"].text
        let service = incident["services"][0]["name"].text
        let milestones = try incident["milestones"].requireItems(what: "the incident's milestones")
        for milestone in milestones {
            let type = try milestone["type"].requireText(what: "the milestone")
            let (kind, verb) = Self.milestone(type)
            result.events.append(AlertEvent(at: try milestone["occurred_at"].requireTime(), kind: kind, summary: "\(verb): \(title)",
                                            alertKey: key, service: service, severity: severity, source: source))
        }
        if milestones.isEmpty {
            result.events.append(AlertEvent(at: try incident["started_at"].requireTime(), kind: .triggered, summary: "Started: \(title)",
                                            actor: incident["created_by"]["name"].text, alertKey: key, service: service, severity: severity, source: source))
        }
        for assignment in incident["role_assignments"].items ?? [] {
            let role = assignment["incident_role"]["name"].text ?? "role"
            let person = assignment["user"]["name"].text ?? "someone"
            result.events.append(AlertEvent(at: try assignment["created_at"].requireTime(), kind: .assigned, summary: "\(role): \(person) on \(title)",
                                            actor: person, alertKey: key, service: service, severity: severity, source: source))
        }
        // The Faros exporter puts the incident's events inside it.
        for event in incident["events"].items ?? [] {
            result.events.append(try incidentEvent(event, index: index, title: title))
        }
    }

    private func incidentEvent(_ event: AlertJSON, index: Int, title: String?) throws -> AlertEvent {
        let type = try event["type"].requireText(what: "the event type")
        let data = event["data"]
        let milestone = data["milestone"].text ?? data["current_milestone"].text ?? data["type"].text.flatMap { Self.isMilestoneName($0) ? $0 : nil }
        let text = data["body"].text ?? data["message"].text ?? data["description"].text ?? data["summary"].text ?? data["name"].text
        var kind = AlertEvent.Kind.annotated
        var summary = text ?? type.replacingOccurrences(of: "_", with: " ")
        if let milestone, type.contains("milestone") || type.contains("status") {
            let (milestoneKind, verb) = Self.milestone(milestone)
            kind = milestoneKind
            summary = text.map { "\(verb): \($0)" } ?? verb
        } else if type.contains("role") || type.contains("assign") {
            kind = .assigned
        }
        if let title { summary += " — \(title)" }
        return AlertEvent(at: try event["occurred_at"].requireTime(), kind: kind, summary: summary, actor: event["author"]["name"].text,
                          alertKey: event["incident_id"].text, source: event.reference(index: index))
    }

    static func isMilestoneName(_ name: String) -> Bool {
        ["started", "detected", "acknowledged", "investigating", "identified", "mitigated", "resolved", "postmortem_started", "postmortem_completed", "closed"]
            .contains(name.lowercased())
    }

    /// What a milestone records.
    static func milestone(_ type: String) -> (kind: AlertEvent.Kind, verb: String) {
        switch type.lowercased() {
        case "started": (.triggered, "Started")
        case "detected": (.triggered, "Detected")
        case "acknowledged": (.acknowledged, "Acknowledged")
        case "resolved": (.resolved, "Resolved")
        default: (.annotated, type.prefix(1).uppercased() + type.dropFirst().replacingOccurrences(of: "_", with: " "))
        }
    }
}
