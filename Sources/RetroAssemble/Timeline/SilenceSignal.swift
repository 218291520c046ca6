import Foundation
import RetroModel

/// Long stretches with no message and no event while customers were still affected (from the
/// start until mitigation, or resolution when there is no mitigation).
enum SilenceSignal {
    static func find(messages: [ClassifiedMessage], events: [TimelineEvent], window: IncidentWindow, longerThan limit: TimeInterval) -> [CommunicationSignal] {
        var times = events.map(\.at)
        for index in messages.indices where messages[index].isHuman { times.append(messages[index].message.at) }
        times.sort()
        guard let first = times.first, let last = times.last else { return [] }
        let start = window.started ?? first
        let end = window.mitigated ?? window.resolved ?? last
        guard start < end else { return [] }
        times = [start] + times.filter { $0 > start && $0 < end } + [end]
        var signals: [CommunicationSignal] = []
        for (a, b) in zip(times, times.dropFirst()) where b.timeIntervalSince(a) > limit {
            signals.append(CommunicationSignal(
                kind: .longSilence, at: a,
                text: "No messages or events were recorded for \(TimelineClock.span(b.timeIntervalSince(a))) (\(TimelineClock.time(a))–\(TimelineClock.time(b))) while the impact continued."))
        }
        return signals
    }
}
