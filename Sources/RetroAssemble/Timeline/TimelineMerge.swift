import Foundation
import RetroModel

/// Merges hand-written events with derived ones, and sorts the result.
///
/// A derived event of the same kind as a hand-written one, within `window` seconds of it, is the
/// same event seen twice: the hand-written one wins and gains the derived one's sources. A
/// hand-written event is never dropped.
enum TimelineMerge {
    static func merge(handWritten: [TimelineEvent], derived: [TimelineEvent], window: TimeInterval) -> [TimelineEvent] {
        var written = handWritten
        var kept: [TimelineEvent] = []
        for event in derived {
            let candidates = written.indices.filter { written[$0].kind == event.kind && abs(written[$0].at.timeIntervalSince(event.at)) <= window }
            if let nearest = candidates.min(by: { abs(written[$0].at.timeIntervalSince(event.at)) < abs(written[$1].at.timeIntervalSince(event.at)) }) {
                for source in event.sources where !written[nearest].sources.contains(source) {
                    written[nearest].sources.append(source)
                }
            } else {
                kept.append(event)
            }
        }
        return sorted(written + kept)
    }

    /// By time; at the same instant hand-written events first, then alerts, monitoring and chat,
    /// each in input order.
    static func sorted(_ events: [TimelineEvent]) -> [TimelineEvent] {
        func rank(_ origin: TimelineEvent.Origin) -> Int {
            switch origin {
            case .incidentFile: 0
            case .alert: 1
            case .monitoring: 2
            case .chat: 3
            }
        }
        return events.enumerated().sorted { a, b in
            if a.element.at != b.element.at { return a.element.at < b.element.at }
            if a.element.origin != b.element.origin { return rank(a.element.origin) < rank(b.element.origin) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
