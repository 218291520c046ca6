import RetroModel

/// The sentences that say what `TimelineLimits` left out of a document, and where to find it.
public enum OmittedText {
    static func events(_ timeline: TimelineSection) -> String? {
        let omitted = timeline.omitted
        guard omitted.eventCount > 0 else { return nil }
        let kinds = TimelineEvent.Kind.allCases.compactMap { kind in
            omitted.events[kind].map { "\(number($0)) \(kind.rawValue)" }
        }
        return "This table lists \(number(timeline.events.count)) of the \(number(timeline.totalEvents)) events: every hand-written event and every event a factor cites, then key events, shared between kinds and spread over the whole incident. "
            + "Not listed: \(NarrativeText.list(kinds)) event\(omitted.eventCount == 1 ? "" : "s"). "
            + "`retro timeline` lists every event, and `retro build --timeline-limit all` keeps them all here."
    }

    static func signals(_ timeline: TimelineSection) -> String? {
        let omitted = timeline.omitted
        guard omitted.signals > 0 else { return nil }
        return "These are \(number(timeline.signals.count)) of \(number(timeline.totalSignals)) signals, shared between kinds and spread over the incident; `retro timeline` lists them all."
    }

    static func chatter(_ timeline: TimelineSection) -> String? {
        let omitted = timeline.omitted
        guard omitted.chatter > 0 else { return nil }
        return "\(number(timeline.chatter.count)) of \(number(timeline.totalChatter)) such messages are shown, evenly spaced over the incident; the export holds the rest, and `retro build --chatter-limit all` keeps them all here."
    }

    /// One line for stderr: what the document leaves out, or nil when it leaves out nothing.
    public static func summary(_ timeline: TimelineSection) -> String? {
        let omitted = timeline.omitted
        var parts: [String] = []
        if omitted.eventCount > 0 { parts.append("\(number(timeline.events.count)) of \(number(timeline.totalEvents)) timeline events") }
        if omitted.signals > 0 { parts.append("\(number(timeline.signals.count)) of \(number(timeline.totalSignals)) communication signals") }
        if omitted.chatter > 0 { parts.append("\(number(timeline.chatter.count)) of \(number(timeline.totalChatter)) chatter messages") }
        guard !parts.isEmpty else { return nil }
        return "the retrospective lists \(NarrativeText.list(parts)); the document states each count. Use --timeline-limit all and --chatter-limit all to keep everything."
    }

    /// 33860 → "33,860".
    static func number(_ n: Int) -> String { NarrativeText.thousands(String(n)) }
}
