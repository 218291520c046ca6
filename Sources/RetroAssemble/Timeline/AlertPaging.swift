import RetroModel

/// Which alert transitions count for the window: pages, not warnings, and real closes, not flaps.
enum AlertPaging {
    /// Severities and priorities that notify a channel but page nobody.
    static let nonPaging: Set<String> = ["warning", "warn", "info", "informational", "notice", "low", "minor", "none", "p3", "p4", "p5", "3", "4", "5"]

    /// An alert pages when its log says someone was notified; where the log could say but does
    /// not (`paging: .unstated`), it is not taken as a page. Otherwise it pages unless its tool
    /// marks it as a warning or a low priority; one without a severity is taken to page, as most
    /// alert logs hold only pages.
    static func isPaging(_ alert: AlertEvent) -> Bool {
        switch alert.paging {
        case .paged: return true
        case .notPaged, .unstated: return false
        case nil: break
        }
        guard let severity = alert.severity?.lowercased() else { return true }
        return !nonPaging.contains(severity)
    }

    /// The log says this alert paged nobody: a warning or low priority, or no notification sent.
    static func pagesNobody(_ alert: AlertEvent) -> Bool {
        alert.paging != .unstated && !isPaging(alert)
    }

    /// The log does not say whether anyone was paged.
    static func isUnstated(_ alert: AlertEvent) -> Bool { alert.paging == .unstated }

    /// Said in the event, instead of asserting a page.
    static let unstatedNote = "the alert log does not say whether anyone was paged"

    /// Positions of resolves after which the same alert fires again: a flapping alert closing
    /// mid-incident, not the end of anything.
    static func flappingCloses(_ alerts: [AlertEvent]) -> Set<Int> {
        var lastTrigger: [String: Int64] = [:]
        for alert in alerts where alert.kind == .triggered {
            guard let key = alert.alertKey else { continue }
            lastTrigger[key] = max(lastTrigger[key] ?? .min, Timestamp.epochMilliseconds(alert.at))
        }
        var closes = Set<Int>()
        for (index, alert) in alerts.enumerated() where alert.kind == .resolved {
            guard let key = alert.alertKey, let refire = lastTrigger[key] else { continue }
            if refire > Timestamp.epochMilliseconds(alert.at) { closes.insert(index) }
        }
        return closes
    }
}
