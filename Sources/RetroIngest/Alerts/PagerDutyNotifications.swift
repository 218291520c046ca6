import RetroModel

/// Whether a PagerDuty incident paged anyone, from its log entries: the incident's `urgency` when
/// the entry embeds it (the severity then decides, as before), else the `notify_log_entry` entries
/// of the same incident (`channel.notification`: how, and whether it was delivered). A trigger with
/// neither is marked `unstated`: the log does not say whether anyone was paged.
struct PagerDutyNotifications {
    /// Per incident id (empty when the entries name none): each notification's type and status.
    private var sent: [String: [(type: String, status: String?)]] = [:]

    mutating func note(_ entry: AlertJSON) {
        guard entry["type"].text == "notify_log_entry" else { return }
        let notification = entry["channel"]["notification"]
        sent[entry["incident"]["id"].text ?? "", default: []].append((notification["type"].text ?? "notification", notification["status"].text))
    }

    /// `events` with `paging` set on the triggers that carry no urgency.
    func paging(_ events: [AlertEvent]) -> [AlertEvent] {
        events.map { event in
            guard event.kind == .triggered, event.severity == nil else { return event }
            var marked = event
            let notes = sent[event.alertKey ?? ""] ?? []
            let delivered = notes.filter { $0.status == nil || $0.status == "success" }
            if !delivered.isEmpty {
                marked.paging = .paged(Self.list(delivered.map(\.type)))
            } else if !notes.isEmpty {
                marked.paging = .notPaged("its notifications were not delivered (\(Self.list(notes.compactMap(\.status))))")
            } else {
                marked.paging = .unstated
            }
            return marked
        }
    }

    /// `phone, push_notification`, each once, in the order first seen.
    private static func list(_ items: [String]) -> String {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
