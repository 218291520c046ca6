import Foundation
import RetroModel

/// AWS CloudWatch `describe-alarm-history` output: `{"AlarmHistoryItems": [{"Timestamp", "HistoryItemType",
/// "AlarmName", "HistoryData", "HistorySummary"}]}`.
///
/// State updates are the transitions: entering `ALARM` triggers, leaving it for `OK` resolves, and
/// `INSUFFICIENT_DATA` is kept as a note. Configuration updates and executed actions (notifications)
/// are counted as skipped, and read for whether each trigger notified anyone (`CloudWatchActions`).
struct CloudWatchAlarmHistory: SourceFormat {
    let name = "cloudwatch-alarm-history"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        AlertPayloads.first(input)?["AlarmHistoryItems"].items != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        var actions = CloudWatchActions()
        for payload in try AlertPayloads.all(input) {
            for item in try payload["AlarmHistoryItems"].requireItems(what: "the alarm history items") {
                defer { index += 1 }
                let type = try item["HistoryItemType"].requireText(what: "the history item type")
                guard type == "StateUpdate" else {
                    actions.note(item, type: type)
                    let reason = type == "Action"
                        ? "an alarm action ('\(item["HistorySummary"].text ?? "no summary")'), not a state change; it tells whether the alarm notified anyone"
                        : "history item type '\(type)' is not a state change"
                    result.skipped.append(Skip(item.location, reason))
                    continue
                }
                let at = try item["Timestamp"].requireTime()
                let alarm = item["AlarmName"].text ?? "unnamed alarm"
                let (old, new) = try states(item)
                let kind: AlertEvent.Kind
                switch new {
                case "ALARM": kind = .triggered
                case "OK" where old == "ALARM": kind = .resolved
                default: kind = .annotated
                }
                let summary = item["HistorySummary"].text ?? "Alarm updated from \(old ?? "unknown") to \(new)"
                result.events.append(AlertEvent(
                    at: at, kind: kind, summary: "\(alarm): \(summary)", actor: "CloudWatch", alertKey: alarm,
                    source: item.reference(index: index)))
            }
        }
        result.events = AlertPayloads.sorted(actions.paging(result.events))
        return result
    }

    /// The old and new state, from `HistoryData` (a JSON document inside a string) or, failing that,
    /// from the summary's "Alarm updated from OK to ALARM".
    private func states(_ item: AlertJSON) throws -> (String?, String) {
        if let raw = item["HistoryData"].string, let data = raw.data(using: .utf8),
           let inner = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            let history = AlertJSON(inner, path: item["HistoryData"].path, file: item.file, line: item.line)
            if let new = history["newState"]["stateValue"].text {
                return (history["oldState"]["stateValue"].text, new)
            }
        }
        if let summary = item["HistorySummary"].text, let range = summary.range(of: " from ") {
            let parts = summary[range.upperBound...].components(separatedBy: " to ")
            if parts.count == 2, !parts[1].isEmpty { return (parts[0], parts[1]) }
        }
        throw item.error("The state update names no new state in 'HistoryData' or 'HistorySummary'.", hint: "export the history with 'aws cloudwatch describe-alarm-history --output json'")
    }
}
