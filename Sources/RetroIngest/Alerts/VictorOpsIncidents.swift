import Foundation
import RetroModel

/// Splunk On-Call (VictorOps) incident history: `GET /api-public/v1/incidents` and
/// `GET /api-reporting/v2/incidents` (`{"incidents": [...]}`, each with `transitions`), the older
/// `GET /api-reporting/v1/incidents` (`startTime`, `ackTime`, `endTime`), and alert details from
/// `GET /api-public/v1/alerts/{uuid}`; one answer per file, an array of answers or incidents, or JSON lines.
///
/// A transition (`name`, `at`, `by`, `message`) is one event; the names are the phases, written
/// `triggered`/`acknowledged`/`resolved` or `UNACKED`/`ACKED`/`RESOLVED`. An incident without
/// transitions is placed from its own times. Alert details carry `timestamp` in epoch seconds.
struct VictorOpsIncidents: SourceFormat {
    let name = "victorops"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        return Self.isIncident(root["incidents"][0]) || Self.isIncident(root) || Self.isAlert(root) || Self.refusal(root) != nil
    }

    static func isIncident(_ node: AlertJSON) -> Bool {
        node["incidentNumber"].string != nil && (node["startTime"].text != nil || node["currentPhase"].text != nil)
    }

    static func isAlert(_ node: AlertJSON) -> Bool {
        node["messageType"].text != nil && node["entityId"].string != nil && node["timestamp"].int64 != nil
    }

    /// Answers that name incidents but hold no times: what they are, and what to export instead.
    static func refusal(_ node: AlertJSON) -> String? {
        guard let object = node.object else { return nil }
        if object["incidentNumber"] != nil, object["startTime"] == nil, object["currentPhase"] == nil, object["transitions"] == nil {
            return "the answer to creating a Splunk On-Call incident (POST /api-public/v1/incidents): an incident number, no times"
        }
        if node["statuses"][0]["incidentNumber"].value != nil, node["statuses"][0]["targetStatus"].value != nil {
            return "the answer to a reroute request (POST /api-public/v1/incidents/reroute): whether each reroute succeeded, no times"
        }
        if node["results"][0]["cmdAccepted"].value != nil, node["results"][0]["incidentNumber"].value != nil {
            return "the answer to an acknowledge or resolve request (PATCH /api-public/v1/incidents/ack or /resolve): whether each command was accepted, no times"
        }
        return nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input, refusing: Self.refusal, hint: "save the incident history instead: GET /api-reporting/v2/incidents (with its transitions) or GET /api-public/v1/incidents") {
            let records = Self.isIncident(page) || Self.isAlert(page) ? [page] : try page["incidents"].requireItems(what: "the incidents under 'incidents'")
            for record in records {
                defer { index += 1 }
                _ = try record.requireObject(what: "a Splunk On-Call incident or alert")
                if Self.isAlert(record) {
                    result.events.append(try alertEvent(record, index: index))
                } else {
                    try incidentEvents(record, index: index, into: &result)
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func incidentEvents(_ incident: AlertJSON, index: Int, into result: inout IngestResult) throws {
        let number = try incident["incidentNumber"].requireText(what: "the incident number")
        let title = incident["entityDisplayName"].text ?? incident["entityDispName"].text ?? incident["entityId"].text ?? "incident #\(number)"
        let service = incident["service"].text ?? incident["routingKey"].text
        let severity = incident["entityState"].text
        let source = incident.reference(index: index, url: incident["incidentLink"].text)
        func event(_ at: Date, _ kind: AlertEvent.Kind, _ verb: String, actor: String?, message: String?) -> AlertEvent {
            let summary = message.map { "\(verb): \(title) (\($0))" } ?? "\(verb): \(title)"
            return AlertEvent(at: at, kind: kind, summary: summary, actor: actor, alertKey: number, service: service, severity: severity, source: source)
        }
        if let transitions = incident["transitions"].items, !transitions.isEmpty {
            for transition in transitions {
                let phase = try transition["name"].requireText(what: "the transition's phase")
                let (kind, verb) = Self.phase(phase)
                result.events.append(event(try transition["at"].requireTime(), kind, verb, actor: transition["by"].text, message: transition["message"].text))
            }
            return
        }
        // No transitions (reporting v1, or an answer without them): the incident's own times.
        result.events.append(event(try incident["startTime"].requireTime(), .triggered, "Triggered", actor: nil, message: nil))
        let phase = incident["currentPhase"].text.map { Self.phase($0).kind }
        if !incident["ackTime"].isMissing {
            let by = incident["ackUser"]
            let name = [by["first"].text, by["last"].text].compactMap { $0 }.joined(separator: " ")
            result.events.append(event(try incident["ackTime"].requireTime(), .acknowledged, "Acknowledged", actor: name.isEmpty ? incident["ackUserId"].text : name, message: nil))
        } else if phase == .acknowledged {
            result.skipped.append(Skip(incident.location, "incident #\(number) is acknowledged but carries neither 'transitions' nor 'ackTime', so the acknowledgement cannot be placed in time"))
        }
        if !incident["endTime"].isMissing {
            result.events.append(event(try incident["endTime"].requireTime(), .resolved, "Resolved", actor: nil, message: nil))
        } else if phase == .resolved {
            result.skipped.append(Skip(incident.location, "incident #\(number) is resolved but carries neither 'transitions' nor 'endTime', so the resolve cannot be placed in time"))
        }
    }

    private func alertEvent(_ alert: AlertJSON, index: Int) throws -> AlertEvent {
        guard let seconds = alert["timestamp"].int64, let at = Timestamp.parseEpochSeconds(String(seconds)) else {
            throw alert["timestamp"].error("'timestamp' is not epoch seconds.")
        }
        let type = try alert["messageType"].requireText(what: "the alert's message type")
        let kind: AlertEvent.Kind = switch type.uppercased() {
        case "CRITICAL", "WARNING": .triggered
        case "ACKNOWLEDGEMENT": .acknowledged
        case "RECOVERY", "OK": .resolved
        default: .annotated
        }
        let title = alert["entityDisplayName"].text ?? alert["entityId"].text ?? "alert"
        let message = alert["stateMessage"].text ?? alert["ackMsg"].text
        return AlertEvent(
            at: at, kind: kind, summary: message.map { "\(type): \(title) (\($0))" } ?? "\(type): \(title)",
            actor: alert["ackAuthor"].text ?? alert["monitoringTool"].text, alertKey: alert["entityId"].text,
            severity: kind == .triggered ? type.lowercased() : nil, source: alert.reference(index: index))
    }

    /// What a phase name records.
    static func phase(_ name: String) -> (kind: AlertEvent.Kind, verb: String) {
        switch name.lowercased() {
        case "triggered", "unacked": (.triggered, "Triggered")
        case "acknowledged", "acked": (.acknowledged, "Acknowledged")
        case "resolved": (.resolved, "Resolved")
        default: (.annotated, name)
        }
    }
}
