import Foundation
import RetroModel

/// A bot's chat post of an alert the alert log also holds ("[RESOLVED] WebhookLagHigh" next to
/// PagerDuty's resolve entry) is the same event seen twice: it is folded into the alert event,
/// whose sources gain the chat post.
enum AlertEcho {
    /// A bot post this close to an alert transition of the same kind echoes it.
    static let window: TimeInterval = 3 * 60

    static func fold(_ chatEvents: [TimelineEvent], into alertEvents: inout [TimelineEvent], bots: Set<SourceRef>) -> [TimelineEvent] {
        guard !alertEvents.isEmpty, !bots.isEmpty else { return chatEvents }
        return chatEvents.filter { event in
            guard let source = event.sources.first, bots.contains(source) else { return true }
            let echoed = alertEvents.indices.filter { alertEvents[$0].kind == event.kind && abs(alertEvents[$0].at.timeIntervalSince(event.at)) <= window }
            guard let nearest = echoed.min(by: { abs(alertEvents[$0].at.timeIntervalSince(event.at)) < abs(alertEvents[$1].at.timeIntervalSince(event.at)) }) else { return true }
            alertEvents[nearest].sources.append(contentsOf: event.sources)
            return false
        }
    }
}
