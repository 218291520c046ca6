import Foundation
import RetroModel

/// Datadog API responses that look like alert data but hold no alert transitions retro can place
/// in time. Recognised so the user learns what the file is and what to give instead, rather than
/// "unknown format"; parsing always fails with that explanation.
struct DatadogUnsupported: SourceFormat {
    let name = "datadog-unsupported"
    let kind = SourceKind.alerts

    enum Shape: Equatable {
        case monitor, incident, eventList, eventListV1, postedEvent
    }

    func matches(_ input: SourceInput) -> Bool {
        AlertPayloads.first(input).flatMap(shape) != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let root = AlertPayloads.first(input)
        guard let root, let shape = shape(root) else {
            throw InputError(path: input.displayPath, "This is not a Datadog monitor, incident or event response.")
        }
        let (what, hint) = explanation(shape, root)
        throw InputError(path: input.displayPath, jsonPath: "$", "This is \(what); retro does not read it as an alert log.", hint: hint)
    }

    func shape(_ root: AlertJSON) -> Shape? {
        if root["overall_state"].text != nil, root["query"].text != nil, root["options"].object != nil { return .monitor }
        if root["data"]["type"].text == "incidents", root["data"]["attributes"]["public_id"].string != nil { return .incident }
        if root["event"]["id_str"].text != nil, root["event"]["date_happened"].int64 != nil { return .postedEvent }
        if root["events"][0]["date_happened"].int64 != nil, root["events"][0]["alert_type"].text != nil || root["events"][0]["source_type_name"].text != nil {
            return .eventListV1
        }
        if let first = root["data"][0].object, first["type"] as? String == "event", root["data"][0]["attributes"]["attributes"]["evt"].object != nil {
            return .eventList
        }
        return nil
    }

    private func explanation(_ shape: Shape, _ root: AlertJSON) -> (String, String) {
        switch shape {
        case .monitor:
            let name = root["name"].text ?? "unnamed"
            return ("a Datadog monitor definition ('\(name)', GET /api/v1/monitor/{id}): its settings and current state, not the history of its alerts",
                    "copy the alert times into the incident file's 'window' and 'timeline', or give retro the PagerDuty/Opsgenie log the monitor paged through")
        case .incident:
            return ("a Datadog incident ('\(root["data"]["attributes"]["title"].text ?? "untitled")', GET /api/v2/incidents/{id}): a summary of the incident, not a log of alert transitions",
                    "copy its 'detected' and 'resolved' times into the incident file's 'window'")
        case .eventList:
            return ("a page of the Datadog event stream (GET /api/v2/events): free-form events whose meaning retro cannot tell from their structure",
                    "add the events that matter to the incident file's 'timeline'")
        case .eventListV1:
            let count = root["events"].items?.count ?? 0
            return ("a list of \(count) Datadog events (GET /api/v1/events): free-form posts from integrations and people, not the transitions of one alert, so retro cannot tell which of them detected, acknowledged or resolved the incident",
                    "give retro the monitor's notifications from the pager it paged through (PagerDuty log entries, Opsgenie, Alertmanager), or add the events that matter to the incident file's 'timeline'")
        case .postedEvent:
            return ("one Datadog event (GET /api/v1/events/{id}, or the answer to POST /api/v1/events): a single free-form event, not alert transitions",
                    "add the event to the incident file's 'timeline' if it matters")
        }
    }
}
