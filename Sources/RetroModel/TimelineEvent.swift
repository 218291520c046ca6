import Foundation

/// One entry of the incident timeline, hand-written or derived from chat and alerts.
public struct TimelineEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case detection, acknowledgement, escalation, role, hypothesis, action, breakthrough
        case mitigation, resolution, communication, note
        /// The responders commit to a course ("let's roll back to 2.30.4").
        case decision
        /// A role or the on-call duty passes from one person to another.
        case handover
    }

    public enum Origin: String, Sendable, Codable {
        /// Written in the incident file; always wins over what is derived.
        case incidentFile = "incident-file"
        case chat, alert, monitoring
    }

    public var at: Date
    public var kind: Kind
    public var text: String
    public var actor: String?
    /// A key event: shown in the main timeline and as a chart marker.
    public var key: Bool
    public var origin: Origin
    public var sources: [SourceRef]
    /// For a step taken in the chat: when the same person undid it ("reverted replicas to 6"), so
    /// the story can say what was tried and did not stay.
    public var revertedAt: Date?

    public init(
        at: Date, kind: Kind, text: String, actor: String? = nil, key: Bool = false,
        origin: Origin = .incidentFile, sources: [SourceRef] = []
    ) {
        self.at = at
        self.kind = kind
        self.text = text
        self.actor = actor
        self.key = key
        self.origin = origin
        self.sources = sources
    }
}
