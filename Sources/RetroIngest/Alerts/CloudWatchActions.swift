import Foundation
import RetroModel

/// Whether a CloudWatch alarm's move to `ALARM` notified anyone, from the rest of its history:
///
/// - an `Action` item of the same alarm at or after the transition, before its next state change:
///   `Successfully executed action arn:…` (`actionState: Succeeded`) paged someone, a failed one
///   did not;
/// - else the alarm's configuration in a `ConfigurationUpdate` item (`alarmActions`,
///   `actionsEnabled`, wherever its `HistoryData` holds them): no actions, or actions disabled,
///   notified nobody; actions enabled notified them;
/// - else the history does not say (`unstated`): it may have been exported with
///   `--history-item-type StateUpdate`, which leaves the actions out.
struct CloudWatchActions {
    private struct Action {
        var at: Date
        var succeeded: Bool
        var resource: String
    }

    private var actions: [String: [Action]] = [:]
    /// The latest configuration seen per alarm: its actions, and whether they are enabled.
    private var configurations: [String: (at: Date, actions: [String], enabled: Bool)] = [:]

    mutating func note(_ item: AlertJSON, type: String) {
        guard let alarm = item["AlarmName"].text, let at = try? item["Timestamp"].requireTime() else { return }
        let data = Self.historyData(item)
        switch type {
        case "Action":
            let summary = item["HistorySummary"].text ?? ""
            let state = (data?["actionState"] as? String)?.lowercased()
            let succeeded = state.map { $0 == "succeeded" } ?? summary.hasPrefix("Successfully executed")
            let resource = (data?["notificationResource"] as? String) ?? summary.split(separator: " ").last.map(String.init) ?? "an action"
            actions[alarm, default: []].append(Action(at: at, succeeded: succeeded, resource: resource))
        case "ConfigurationUpdate":
            guard let data, let settings = Self.settings(in: data) else { return }
            if configurations[alarm].map({ $0.at <= at }) ?? true { configurations[alarm] = (at, settings.actions, settings.enabled) }
        default:
            break
        }
    }

    /// `events` with `paging` set on each trigger.
    func paging(_ events: [AlertEvent]) -> [AlertEvent] {
        var changes: [String: [Date]] = [:]
        for event in events { changes[event.alertKey ?? "", default: []].append(event.at) }
        return events.map { event in
            guard event.kind == .triggered, let alarm = event.alertKey else { return event }
            var marked = event
            let next = changes[alarm]?.filter { $0 > event.at }.min() ?? .distantFuture
            // CloudWatch logs the action in the same second as the transition, sometimes a little before it.
            let own = (actions[alarm] ?? []).filter { $0.at >= event.at.addingTimeInterval(-1) && $0.at < next }
            if let done = own.first(where: \.succeeded) {
                marked.paging = .paged(done.resource)
            } else if let failed = own.first {
                marked.paging = .notPaged("its notification action on \(failed.resource) failed")
            } else if let configuration = configurations[alarm] {
                if !configuration.enabled {
                    marked.paging = .notPaged("its actions are disabled")
                } else if configuration.actions.isEmpty {
                    marked.paging = .notPaged("the alarm has no alarm actions")
                } else {
                    marked.paging = .paged(configuration.actions.joined(separator: ", "))
                }
            } else {
                marked.paging = .unstated
            }
            return marked
        }
    }

    /// `HistoryData`, a JSON document inside a string.
    private static func historyData(_ item: AlertJSON) -> [String: Any]? {
        guard let raw = item["HistoryData"].string, let data = raw.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// `alarmActions` and `actionsEnabled` at the top of the configuration or one object down
    /// (the updated or created alarm), in either capitalisation.
    private static func settings(in data: [String: Any]) -> (actions: [String], enabled: Bool)? {
        for object in [data] + data.values.compactMap({ $0 as? [String: Any] }) {
            let actions = (object["alarmActions"] ?? object["AlarmActions"]) as? [Any]
            let enabled = (object["actionsEnabled"] ?? object["ActionsEnabled"]) as? Bool
            if actions != nil || enabled != nil {
                return ((actions ?? []).compactMap { $0 as? String }, enabled ?? true)
            }
        }
        return nil
    }
}
