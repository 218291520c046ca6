import Foundation

/// The thresholds timeline extraction uses, in seconds. Defaults suit a typical chat-driven incident.
public struct TimelineSettings: Sendable, Equatable {
    /// A derived event this close to a hand-written one of the same kind is the same event.
    public var mergeWindow: TimeInterval = 5 * 60
    /// Two people announcing the same action this close together is duplicated work.
    public var duplicateWindow: TimeInterval = 10 * 60
    /// A question with no reply from someone else this long is unanswered.
    public var replyWindow: TimeInterval = 10 * 60
    /// No message or event this long while the incident is open is a long silence.
    public var silence: TimeInterval = 30 * 60
    /// Impact unnoticed this long (time to detect) is a monitoring gap.
    public var detectionGap: TimeInterval = 15 * 60
    /// Longest event text taken from a chat message, in characters.
    public var maximumTextLength = 280

    public init() {}
}
