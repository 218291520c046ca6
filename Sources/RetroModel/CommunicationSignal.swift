import Foundation

/// A pattern in how responders communicated, stated without blame: work done twice, a question
/// left unanswered, a role handed over, a stretch of silence, a gap in monitoring.
public struct CommunicationSignal: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case duplicateWork = "duplicate_work"
        case unansweredQuestion = "unanswered_question"
        case handoff
        case monitoringGap = "monitoring_gap"
        case longSilence = "long_silence"
        /// A remark that put the problem on a person; noted without the name or the words.
        case blamefulRemark = "blameful_remark"
    }

    public var kind: Kind
    public var at: Date
    /// One sentence about the system or the process, never a verdict on a person.
    public var text: String
    /// The messages, alerts or events the signal was drawn from.
    public var sources: [SourceRef]

    public init(kind: Kind, at: Date, text: String, sources: [SourceRef] = []) {
        self.kind = kind
        self.at = at
        self.text = text
        self.sources = sources
    }
}
