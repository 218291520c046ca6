import Foundation
import RetroModel

/// Opsgenie Alert API answers: `GET /v2/alerts` (`{"data": [alert, …], "paging"}`),
/// `GET /v2/alerts/{id}` (`{"data": alert}`) and `GET /v2/alerts/{id}/logs`
/// (`{"data": [{log, type, owner, createdAt, offset}]}`), one per file, an array of pages, or JSON lines.
///
/// An alert is triggered at `createdAt`; `report.ackTime` and `report.closeTime` are durations in
/// milliseconds since creation, so the acknowledgement and the close are placed from them. A log
/// line's words say what it records ("Alert acknowledged via web").
struct OpsgenieAlertAPI: SourceFormat {
    let name = "opsgenie-api"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input) else { return false }
        let data = root["data"]
        if data.object != nil { return Self.isAlert(data) }
        guard let first = data[0].object, data[0].object != nil else { return false }
        return Self.isAlert(data[0]) || (first["log"] != nil && first["createdAt"] != nil && first["offset"] != nil)
    }

    static func isAlert(_ node: AlertJSON) -> Bool {
        node["tinyId"].text != nil && node["createdAt"].text != nil && (node["message"].text != nil || node["status"].text != nil)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        for page in try AlertPayloads.all(input) {
            let data = page["data"]
            let records = data.object != nil ? [data] : try data.requireItems(what: "the alerts or log lines under 'data'")
            for record in records {
                defer { index += 1 }
                _ = try record.requireObject(what: "an Opsgenie alert or log line")
                if record["log"].string != nil {
                    result.events.append(try logEvent(record, index: index))
                } else {
                    try alertEvents(record, index: index, into: &result)
                }
            }
        }
        result.events = AlertPayloads.sorted(result.events)
        return result
    }

    private func alertEvents(_ alert: AlertJSON, index: Int, into result: inout IngestResult) throws {
        let created = try alert["createdAt"].requireTime()
        let message = alert["message"].text ?? alert["alias"].text ?? "Opsgenie alert"
        let key = alert["id"].text ?? alert["tinyId"].text
        let service = alert["entity"].text ?? alert["source"].text
        let source = alert.reference(index: index)
        result.events.append(AlertEvent(
            at: created, kind: .triggered, summary: "Created: \(message)", actor: alert["integration"]["name"].text ?? alert["source"].text,
            alertKey: key, service: service, source: source))
        let report = alert["report"]
        if let ack = report["ackTime"].int64, ack > 0 {
            result.events.append(AlertEvent(
                at: created.addingTimeInterval(Double(ack) / 1000), kind: .acknowledged, summary: "Acknowledged: \(message)",
                actor: report["acknowledgedBy"].text, alertKey: key, service: service, source: source))
        } else if alert["acknowledged"].value as? Bool == true {
            result.skipped.append(Skip(report.location, "the alert is acknowledged but 'report.ackTime' is missing, so the acknowledgement cannot be placed in time"))
        }
        if let close = report["closeTime"].int64, close > 0 {
            result.events.append(AlertEvent(
                at: created.addingTimeInterval(Double(close) / 1000), kind: .resolved, summary: "Closed: \(message)",
                actor: report["closedBy"].text, alertKey: key, service: service, source: source))
        } else if alert["status"].text == "closed" {
            result.skipped.append(Skip(report.location, "the alert is closed but 'report.closeTime' is missing, so the close cannot be placed in time"))
        }
    }

    private func logEvent(_ line: AlertJSON, index: Int) throws -> AlertEvent {
        let at = try line["createdAt"].requireTime()
        let text = line["log"].text ?? "Opsgenie log entry"
        return AlertEvent(at: at, kind: Self.kind(of: text), summary: text, actor: line["owner"].text, source: line.reference(index: index))
    }

    /// What a log line records, from its words; anything else is a note on the alert.
    static func kind(of log: String) -> AlertEvent.Kind {
        let words = log.lowercased()
        if words.contains("unacknowledged") { return .annotated }
        if words.hasPrefix("alert created") || words.contains("alert is created") { return .triggered }
        if words.contains("acknowledged") { return .acknowledged }
        if words.contains("closed") { return .resolved }
        if words.contains("escalat") { return .escalated }
        if words.contains("assigned") || words.contains("took ownership") || words.contains("owner") { return .assigned }
        return .annotated
    }
}
