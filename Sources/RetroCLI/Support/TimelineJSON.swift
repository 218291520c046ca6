import Foundation
import RetroModel

/// The stable JSON shape of `retro timeline --json` (docs/output-formats.md), and its readable text form.
enum TimelineReport {
    /// `{"window", "durations", "events", "signals", "derived"}`: times in UTC with milliseconds,
    /// durations in whole seconds, `null` where unknown.
    static func json(for timeline: DerivedTimeline) -> JSONValue {
        let window = timeline.window.milestones.map { ($0.name, JSONValue.optional($0.at.map(Timestamp.iso))) }
        let d = timeline.durations
        let durations: [(String, JSONValue)] = [
            ("time_to_detect_s", seconds(d.timeToDetect)), ("time_to_acknowledge_s", seconds(d.timeToAcknowledge)),
            ("time_to_mitigate_s", seconds(d.timeToMitigate)), ("time_to_resolve_s", seconds(d.timeToResolve)),
        ]
        let events = timeline.events.map { event -> JSONValue in
            .object([
                ("at", .string(Timestamp.iso(event.at))), ("kind", .string(event.kind.rawValue)), ("text", .string(event.text)),
                ("actor", .optional(event.actor)), ("key", .bool(event.key)),
                ("sources", .array(event.sources.map(IngestJSON.source))),
            ])
        }
        let signals = timeline.signals.map { signal -> JSONValue in
            .object([
                ("kind", .string(signal.kind.rawValue)), ("at", .string(Timestamp.iso(signal.at))), ("text", .string(signal.text)),
                ("events", .array(signal.sources.map(IngestJSON.source))),
            ])
        }
        let derived = timeline.milestones.map { milestone -> (String, JSONValue) in
            (milestone.name, .object([
                ("origin", .string(milestone.origin.rawValue)), ("basis", .string(milestone.basis)),
                ("sources", .array(milestone.sources.map(IngestJSON.source))),
            ]))
        }
        return .object([
            ("window", .object(window)), ("durations", .object(durations)), ("events", .array(events)),
            ("signals", .array(signals)), ("derived", .object(derived)),
        ])
    }

    /// The readable form: window with provenance, durations, events (key ones starred), roles,
    /// signals, with times in `clock`'s zone.
    static func text(for timeline: DerivedTimeline, clock: ZonedTime = .utc) -> String {
        let width = clock.isUTC ? 24 : 29
        var lines = ["window (times in \(clock.label(at: timeline.window.started ?? timeline.events.first?.at))):"]
        for milestone in timeline.milestones {
            let at = milestone.at.map(clock.stamp) ?? "unknown".padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(milestone.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(at)  \(TerminalText.value(milestone.basis))")
        }
        let d = timeline.durations
        lines.append("durations:")
        for (name, value) in [("time to detect", d.timeToDetect), ("time to acknowledge", d.timeToAcknowledge),
                              ("time to mitigate", d.timeToMitigate), ("time to resolve", d.timeToResolve)] {
            lines.append("  \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(value.map { DurationText.short(TimeInterval($0)) } ?? "unknown")")
        }
        let keyCount = timeline.events.filter(\.key).count
        lines.append("events: \(timeline.events.count) (\(keyCount) key, marked *)")
        for event in timeline.events {
            let actor = event.actor.map { " (\(TerminalText.value($0)))" } ?? ""
            let kind = event.kind.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
            lines.append("  \(event.key ? "*" : " ") \(clock.stamp(event.at)) \(kind) [\(event.origin.rawValue)] \(TerminalText.value(event.text))\(actor)")
        }
        if !timeline.roles.isEmpty {
            lines.append("roles:")
            for role in timeline.roles {
                let since = role.from.map { " from \(clock.stamp($0))" } ?? " (incident file)"
                lines.append("  \(role.role.replacingOccurrences(of: "_", with: " ")): \(TerminalText.value(role.person))\(since)")
            }
        }
        lines.append("signals: \(timeline.signals.count)")
        for signal in timeline.signals {
            lines.append("  \(clock.stamp(signal.at)) \(signal.kind.rawValue): \(TerminalText.value(signal.text))")
        }
        lines.append("chatter: \(timeline.chatter.count) message\(timeline.chatter.count == 1 ? "" : "s") (a collapsible part of internal versions)")
        if timeline.excludedEvents > 0 {
            lines.append("derived events dropped by 'exclude': \(timeline.excludedEvents)")
        }
        if timeline.ignoredBotMessages > 0 {
            lines.append("bot messages left out: \(timeline.ignoredBotMessages)")
        }
        return lines.joined(separator: "\n")
    }

    private static func seconds(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }
}
