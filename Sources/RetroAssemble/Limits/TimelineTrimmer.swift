import Foundation
import RetroModel

/// Applies `TimelineLimits` to a timeline section.
///
/// Past a limit, the section keeps every hand-written event and every event a factor cites, then
/// key events, then the others. Within each of those tiers the kept entries are shared evenly
/// between kinds (a flood of one kind of message cannot crowd out the rest) and spread evenly in
/// time (the whole incident stays visible, not only its first hour). What is left out is counted
/// in `TimelineSection.omitted`.
enum TimelineTrimmer {
    /// The order kinds get any share left over after the even split: what changed the course of the incident first.
    static let eventKindOrder: [TimelineEvent.Kind] = [
        .resolution, .mitigation, .breakthrough, .detection, .decision, .handover, .acknowledgement, .escalation, .role, .communication,
        .action, .hypothesis, .note,
    ]

    /// `timeline` within `limits`, and the evidence with its event indices moved to the kept events.
    static func trim(
        _ timeline: TimelineSection, limits: TimelineLimits, evidence: [String: [Evidence]]
    ) -> (timeline: TimelineSection, evidence: [String: [Evidence]]) {
        var pinned = Set(timeline.events.indices.filter { timeline.events[$0].origin == .incidentFile })
        for item in evidence.values.joined() {
            if case .event(let index) = item.target { pinned.insert(index) }
        }
        let keptEvents = events(timeline.events, limit: limits.events, pinned: pinned)
        let keptSignals = spread(Array(timeline.signals.indices), kind: { timeline.signals[$0].kind.rawValue }, order: [], budget: limits.signals)
        let keptChatter = spread(Array(timeline.chatter.indices), kind: { _ in "" }, order: [], budget: limits.chatter)

        var result = timeline
        result.events = keptEvents.map { timeline.events[$0] }
        result.signals = keptSignals.map { timeline.signals[$0] }
        result.chatter = keptChatter.map { timeline.chatter[$0] }
        var omittedKinds: [TimelineEvent.Kind: Int] = [:]
        let keptSet = Set(keptEvents)
        for index in timeline.events.indices where !keptSet.contains(index) { omittedKinds[timeline.events[index].kind, default: 0] += 1 }
        result.omitted = TimelineSection.Omitted(
            events: omittedKinds, signals: timeline.signals.count - keptSignals.count, chatter: timeline.chatter.count - keptChatter.count)

        guard keptEvents.count < timeline.events.count else { return (result, evidence) }
        let newIndex = Dictionary(uniqueKeysWithValues: keptEvents.enumerated().map { ($1, $0) })
        let moved = evidence.mapValues { items in
            items.map { item -> Evidence in
                guard case .event(let old) = item.target else { return item }
                var copy = item
                copy.target = newIndex[old].map(Evidence.Target.event) ?? .unresolved
                return copy
            }
        }
        return (result, moved)
    }

    /// Indices of the events to keep, ascending (so still in time order).
    static func events(_ events: [TimelineEvent], limit: Int?, pinned: Set<Int>) -> [Int] {
        guard let limit, events.count > limit else { return Array(events.indices) }
        var kept = pinned.sorted()
        let others = events.indices.filter { !pinned.contains($0) }
        let key = others.filter { events[$0].key }
        let rest = others.filter { !events[$0].key }
        for tier in [key, rest] {
            kept += spread(tier, kind: { events[$0].kind }, order: eventKindOrder, budget: max(0, limit - kept.count))
        }
        return kept.sorted()
    }

    /// Up to `budget` of `indices` (in time order): an equal share for each kind, with what a
    /// small kind cannot use handed on, earliest in `order` first; within a kind, evenly spaced
    /// from its first entry. `nil` keeps everything.
    static func spread<Kind: Hashable>(_ indices: [Int], kind: (Int) -> Kind, order: [Kind], budget: Int?) -> [Int] {
        guard let budget, indices.count > budget else { return indices }
        guard budget > 0 else { return [] }
        var groups: [Kind: [Int]] = [:]
        var kinds: [Kind] = []
        for index in indices {
            let k = kind(index)
            if groups[k] == nil { kinds.append(k) }
            groups[k, default: []].append(index)
        }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        kinds.sort { (rank[$0] ?? order.count) < (rank[$1] ?? order.count) }

        var quota = Dictionary(uniqueKeysWithValues: kinds.map { ($0, 0) })
        var remaining = budget
        while remaining > 0 {
            let open = kinds.filter { quota[$0, default: 0] < groups[$0, default: []].count }
            if open.isEmpty { break }
            let share = max(1, remaining / open.count)
            for k in open where remaining > 0 {
                let give = min(share, groups[k, default: []].count - quota[k, default: 0], remaining)
                quota[k, default: 0] += give
                remaining -= give
            }
        }
        return kinds.flatMap { k in evenlySpaced(groups[k, default: []], count: quota[k, default: 0]) }.sorted()
    }

    /// `count` entries of `items`, evenly spaced, the first included.
    static func evenlySpaced(_ items: [Int], count: Int) -> [Int] {
        guard count < items.count else { return items }
        return (0..<count).map { items[$0 * items.count / count] }
    }
}
