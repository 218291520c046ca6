import Foundation

/// The incident timeline built from chat, alerts and monitoring annotations, merged with the
/// incident file's hand-written events, with the window and durations that follow from it.
public struct DerivedTimeline: Sendable, Equatable {
    /// Classified events, hand-written ones included, sorted by time.
    public var events: [TimelineEvent]
    /// Human messages that were not classified, for a collapsible "chatter" part of internal versions.
    public var chatter: [Message]
    public var signals: [CommunicationSignal]
    /// Roles as the incident file lists them, then as they were taken and handed over in chat.
    public var roles: [RoleAssignment]
    /// The window with every milestone filled in where the sources allow.
    public var window: IncidentWindow
    /// Each milestone, in order, with where its value came from.
    public var milestones: [Milestone]
    public var durations: IncidentDurations
    /// When a customer's report first reached a chat source, a milestone-like moment of its own.
    public var firstReport: Date?
    /// Bot messages that matched nothing; they are neither events nor chatter.
    public var ignoredBotMessages: Int
    /// Derived events the incident file's `exclude:` dropped.
    public var excludedEvents: Int
    /// `exclude:` entries and hand-written `source`s that name no derived event.
    public var unmatched: [UnmatchedReference]

    public init(
        events: [TimelineEvent] = [], chatter: [Message] = [], signals: [CommunicationSignal] = [], roles: [RoleAssignment] = [],
        window: IncidentWindow = IncidentWindow(), milestones: [Milestone] = [], firstReport: Date? = nil,
        ignoredBotMessages: Int = 0, excludedEvents: Int = 0, unmatched: [UnmatchedReference] = []
    ) {
        self.events = events
        self.chatter = chatter
        self.signals = signals
        self.roles = roles
        self.window = window
        self.milestones = milestones
        self.durations = IncidentDurations(window)
        self.firstReport = firstReport
        self.ignoredBotMessages = ignoredBotMessages
        self.excludedEvents = excludedEvents
        self.unmatched = unmatched
    }
}
