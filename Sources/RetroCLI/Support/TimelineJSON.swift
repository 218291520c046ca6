import Foundation
import RetroModel

/// The stable JSON shape of `retro timeline --json` (DESIGN.md), and its readable text form.
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

    /// The readable form: window with provenance, durations, events (key ones starred), roles, signals.
    static func text(for timeline: DerivedTimeline) -> String {
        var lines = ["window (UTC):"]
        for milestone in timeline.milestones {
            let at = milestone.at.map(Timestamp.iso) ?? "unknown".padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append("  \(milestone.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(at)  \(milestone.basis)")
        }
        let d = timeline.durations
        lines.append("durations:")
        for (name, value) in [("time to detect", d.timeToDetect), ("time to acknowledge", d.timeToAcknowledge),
                              ("time to mitigate", d.timeToMitigate), ("time to resolve", d.timeToResolve)] {
            lines.append("  \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(value.map(span) ?? "unknown")")
        }
        let keyCount = timeline.events.filter(\.key).count
        lines.append("events: \(timeline.events.count) (\(keyCount) key, marked *)")
        for event in timeline.events {
            let actor = event.actor.map { " (\($0))" } ?? ""
            let kind = event.kind.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
            lines.append("  \(event.key ? "*" : " ") \(Timestamp.iso(event.at)) \(kind) [\(event.origin.rawValue)] \(event.text)\(actor)")
        }
        if !timeline.roles.isEmpty {
            lines.append("roles:")
            for role in timeline.roles {
                let since = role.from.map { " from \(Timestamp.iso($0))" } ?? " (incident file)"
                lines.append("  \(role.role.replacingOccurrences(of: "_", with: " ")): \(role.person)\(since)")
            }
        }
        lines.append("signals: \(timeline.signals.count)")
        for signal in timeline.signals {
            lines.append("  \(Timestamp.iso(signal.at)) \(signal.kind.rawValue): \(signal.text)")
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

    /// `1h 05m 00s`, `17m 00s`, `45s`; negative spans keep their sign so contradictions show.
    static func span(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let s = abs(seconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if s >= 3600 { return "\(sign)\(s / 3600)h \(two(s % 3600 / 60))m \(two(s % 60))s" }
        if s >= 60 { return "\(sign)\(s / 60)m \(two(s % 60))s" }
        return "\(sign)\(s)s"
    }
}
