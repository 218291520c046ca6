import Foundation
import RetroModel

/// PagerDuty REST `GET /incidents/{id}/log_entries` (or `/log_entries`): `{"log_entries": [...]}`,
/// newest first as the API returns them.
struct PagerDutyLogEntries: SourceFormat {
    let name = "pagerduty-log-entries"
    let kind = SourceKind.alerts

    func matches(_ input: SourceInput) -> Bool {
        guard let root = AlertPayloads.first(input), let entries = root["log_entries"].items else { return false }
        return entries.first.map { $0["type"].text?.hasSuffix("_log_entry") ?? false } ?? true
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        var result = IngestResult(format: name, kind: kind)
        var index = 0
        var notifications = PagerDutyNotifications()
        for payload in try AlertPayloads.all(input) {
            let entries = try payload["log_entries"].requireItems(what: "the PagerDuty log entries")
            for entry in entries { notifications.note(entry) }
            // The API lists newest first; reading oldest first keeps same-second entries in the
            // order they happened (trigger before assign).
            let newestFirst = entries.count > 1 && (entries.first.flatMap { Timestamp.parse($0["created_at"].string ?? "") } ?? .distantPast)
                > (entries.last.flatMap { Timestamp.parse($0["created_at"].string ?? "") } ?? .distantPast)
            for (offset, entry) in (newestFirst ? Array(entries.enumerated().reversed()) : Array(entries.enumerated())) {
                switch try PagerDutyLogEntry.read(entry, index: index + offset) {
                case .event(let event): result.events.append(event)
                case .skip(let skip): result.skipped.append(skip)
                }
            }
            index += entries.count
        }
        if result.events.isEmpty, !result.skipped.isEmpty {
            result.notes.append("No log entry changed the incident's state; only notifications were found.")
        }
        result.events = AlertPayloads.sorted(notifications.paging(result.events))
        return result
    }
}
