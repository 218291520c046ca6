import Foundation

/// How many timeline rows, communication signals and chatter messages a document reproduces.
///
/// A busy channel yields tens of thousands of derived events; a document that lists them all is
/// neither readable nor fast to build. Past a limit the document keeps the most significant
/// entries and states how many it left out (`TimelineSection.Omitted`); `retro timeline` still
/// lists everything, and `nil` (`--timeline-limit all`) keeps everything in the document too.
public struct TimelineLimits: Sendable, Equatable {
    /// Timeline events, counted separately from the phases table. Hand-written and cited events are always kept.
    public var events: Int?
    /// Communication signals (duplicated work, unanswered questions, handoffs, silences).
    public var signals: Int?
    /// Chatter messages in the internal document's collapsible part.
    public var chatter: Int?

    public init(events: Int? = nil, signals: Int? = nil, chatter: Int? = nil) {
        self.events = events
        self.signals = signals
        self.chatter = chatter
    }

    /// Everything is kept.
    public static let unlimited = TimelineLimits()
    /// What `retro build` uses unless told otherwise: far above what a hand-run incident produces.
    public static let standard = TimelineLimits(events: 500, signals: signals(forEvents: 500), chatter: 300)

    /// The signal limit that goes with an event limit: a fifth of it.
    public static func signals(forEvents events: Int) -> Int { events / 5 }
}
