import Foundation

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
