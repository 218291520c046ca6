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
    /// Bot messages that matched nothing; they are neither events nor chatter.
    public var ignoredBotMessages: Int

    public init(
        events: [TimelineEvent] = [], chatter: [Message] = [], signals: [CommunicationSignal] = [], roles: [RoleAssignment] = [],
        window: IncidentWindow = IncidentWindow(), milestones: [Milestone] = [], ignoredBotMessages: Int = 0
    ) {
        self.events = events
        self.chatter = chatter
        self.signals = signals
        self.roles = roles
        self.window = window
        self.milestones = milestones
        self.durations = IncidentDurations(window)
        self.ignoredBotMessages = ignoredBotMessages
    }
}

/// One milestone of the window (`started`, `detected`, …) and where its value came from.
public struct Milestone: Sendable, Equatable {
    public enum Origin: String, Sendable, Codable {
        /// Written in the incident file.
        case given
        /// Derived from the sources; `basis` says from what.
        case derived
        /// Neither given nor derivable.
        case missing
    }

    public var name: String
    public var at: Date?
    public var origin: Origin
    /// A sentence such as "derived from the first alert trigger ('…', alerts/pd.json#6)".
    public var basis: String
    public var sources: [SourceRef]

    public init(name: String, at: Date?, origin: Origin, basis: String, sources: [SourceRef] = []) {
        self.name = name
        self.at = at
        self.origin = origin
        self.basis = basis
        self.sources = sources
    }
}

/// The standard incident durations, in whole seconds; nil when a milestone they need is unknown.
///
/// A negative value is kept rather than hidden: it means two milestones contradict each other.
public struct IncidentDurations: Sendable, Equatable {
    /// Time to detect: `detected − started`, how long the impact went unnoticed.
    public var timeToDetect: Int?
    /// Time to acknowledge: `acknowledged − detected`, how long a detected incident waited for a responder.
    public var timeToAcknowledge: Int?
    /// Time to mitigate: `mitigated − started`, how long customers felt the impact.
    public var timeToMitigate: Int?
    /// Time to resolve: `resolved − started`, the whole incident.
    public var timeToResolve: Int?

    public init(_ window: IncidentWindow) {
        timeToDetect = Self.seconds(from: window.started, to: window.detected)
        timeToAcknowledge = Self.seconds(from: window.detected, to: window.acknowledged)
        timeToMitigate = Self.seconds(from: window.started, to: window.mitigated)
        timeToResolve = Self.seconds(from: window.started, to: window.resolved)
    }

    /// Whole seconds between two instants, computed from milliseconds so no Double rounding creeps in.
    static func seconds(from start: Date?, to end: Date?) -> Int? {
        guard let start, let end else { return nil }
        let ms = Timestamp.epochMilliseconds(end) - Timestamp.epochMilliseconds(start)
        return Int(ms / 1000)
    }
}

extension IncidentDurations {
    /// The whole incident, started to resolved (the same span as time to resolve).
    public var total: Int? { timeToResolve }
}
