import Foundation
import RetroModel

/// A bot's chat post of an alert the alert log also holds ("[RESOLVED] WebhookLagHigh" next to
/// PagerDuty's resolve entry) is the same event seen twice: it is folded into the alert event,
/// whose sources gain the chat post. The post must read as the same transition (a trigger, a
/// resolve; also when the alert's own row is a note, as for a warning that paged nobody or a flap's
/// close), within minutes, and name
/// something the alert names (its alert name, a host); a support ticket posted next to the page
/// stays its own event.
enum AlertEcho {
    /// A bot post this close to an alert transition of the same kind echoes it.
    static let window: TimeInterval = 3 * 60

    /// `alertEvents[i]` is the event of `alerts[i]`.
    static func fold(_ chatEvents: [TimelineEvent], into alertEvents: inout [TimelineEvent], alerts: [AlertEvent], bots: Set<SourceRef>) -> [TimelineEvent] {
        guard !alertEvents.isEmpty, !bots.isEmpty else { return chatEvents }
        // A resolve entry often says only "Resolved by timeout": the words of every transition of
        // the same alert name it.
        var byKey: [String: Set<String>] = [:]
        for alert in alerts { if let key = alert.alertKey { byKey[key, default: []].formUnion(names(alert.summary)) } }
        let alertWords = alerts.map { alert in names(alert.summary).union(alert.alertKey.flatMap { byKey[$0] } ?? []) }
        return chatEvents.filter { event in
            guard let source = event.sources.first, bots.contains(source) else { return true }
            let words = names(event.text)
            let echoed = alertEvents.indices.filter {
                AlertTimelineMapping.kind(alerts[$0].kind) == event.kind && abs(alertEvents[$0].at.timeIntervalSince(event.at)) <= window
                    && !alertWords[$0].isDisjoint(with: words)
            }
            guard let nearest = echoed.min(by: { abs(alertEvents[$0].at.timeIntervalSince(event.at)) < abs(alertEvents[$1].at.timeIntervalSince(event.at)) }) else { return true }
            alertEvents[nearest].sources.append(contentsOf: event.sources)
            return false
        }
    }

    /// The distinctive words of a text: five letters or more, or holding a digit or a hyphen.
    private static func names(_ text: String) -> Set<String> {
        Set(TimelineText(text).sentences.flatMap(\.tokens).filter { token in
            !common.contains(token) && (token.count >= 5 || token.contains { $0.isNumber || $0 == "-" })
        })
    }

    private static let common: Set<String> = [
        "triggered", "resolved", "acknowledged", "through", "alert", "alerts", "firing", "fired", "incident", "by", "timeout", "error", "errors",
    ]
}
