import RetroModel

/// The sentences that say what `TimelineLimits` left out of a document, and where to find it.
public enum OmittedText {
    static func events(_ omitted: TimelineSection.Omitted) -> String? {
        guard omitted.eventCount > 0 else { return nil }
        let kinds = TimelineEvent.Kind.allCases.compactMap { kind in
            omitted.events[kind].map { "\(number($0)) \(kind.rawValue)" }
        }
        let shown = omitted.totalEvents - omitted.eventCount
        return "This table lists \(number(shown)) of the \(number(omitted.totalEvents)) events: every hand-written event and every event a factor cites, then key events, shared between kinds and spread over the whole incident. "
            + "Not listed: \(NarrativeText.list(kinds)) event\(omitted.eventCount == 1 ? "" : "s"). "
            + "`retro timeline` lists every event, and `retro build --timeline-limit all` keeps them all here."
    }

    static func signals(_ omitted: TimelineSection.Omitted) -> String? {
        guard omitted.signals > 0 else { return nil }
        let shown = omitted.totalSignals - omitted.signals
        return "These are \(number(shown)) of \(number(omitted.totalSignals)) signals, shared between kinds and spread over the incident; `retro timeline` lists them all."
    }

    static func chatter(_ omitted: TimelineSection.Omitted) -> String? {
        guard omitted.chatter > 0 else { return nil }
        let shown = omitted.totalChatter - omitted.chatter
        return "\(number(shown)) of \(number(omitted.totalChatter)) such messages are shown, evenly spaced over the incident; the export holds the rest, and `retro build --chatter-limit all` keeps them all here."
    }

    /// One line for stderr: what the document leaves out, or nil when it leaves out nothing.
    public static func summary(_ omitted: TimelineSection.Omitted) -> String? {
        var parts: [String] = []
        if omitted.eventCount > 0 { parts.append("\(number(omitted.totalEvents - omitted.eventCount)) of \(number(omitted.totalEvents)) timeline events") }
        if omitted.signals > 0 { parts.append("\(number(omitted.totalSignals - omitted.signals)) of \(number(omitted.totalSignals)) communication signals") }
        if omitted.chatter > 0 { parts.append("\(number(omitted.totalChatter - omitted.chatter)) of \(number(omitted.totalChatter)) chatter messages") }
        guard !parts.isEmpty else { return nil }
        return "the retrospective lists \(NarrativeText.list(parts)); the document states each count. Use --timeline-limit all and --chatter-limit all to keep everything."
    }

    /// 33860 → "33,860".
    static func number(_ n: Int) -> String { NarrativeText.thousands(String(n)) }
}
