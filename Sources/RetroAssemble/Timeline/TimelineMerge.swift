import Foundation
import RetroModel

/// Merges hand-written events with derived ones, and sorts the result.
///
/// A hand-written event with a `source` reference replaces the derived event taken from that
/// record, whatever kinds either has: that is how a reviewer corrects a classification. Otherwise a
/// derived event of the same kind as a hand-written one, within `window` seconds of it, is the same
/// event seen twice. Either way the hand-written one wins and gains the derived one's sources (so
/// its link points at the record). A hand-written event is never dropped.
enum TimelineMerge {
    static func merge(handWritten: [TimelineEvent], derived: [TimelineEvent], window: TimeInterval) -> [TimelineEvent] {
        var written = handWritten
        // The references as written; a matched one gives way to the record's own reference.
        let references = handWritten.map(\.sources)
        var replaced = Set<Int>()
        var kept: [TimelineEvent] = []
        for event in derived {
            if let owner = written.indices.first(where: { i in references[i].contains { ref in event.sources.contains(where: ref.names) } }) {
                if !replaced.contains(owner) {
                    written[owner].sources.removeAll { written in references[owner].contains(written) }
                    replaced.insert(owner)
                }
                for source in event.sources where !written[owner].sources.contains(source) {
                    written[owner].sources.append(source)
                }
                continue
            }
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
