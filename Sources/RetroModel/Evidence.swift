/// One `evidence` entry of a contributing factor, and what it was found to cite.
public struct Evidence: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// The event at this index of the retrospective's timeline events.
        case event(Int)
        /// The monitoring panel at this index.
        case panel(Int)
        /// Nothing in the timeline or the monitoring matches; shown as plain text.
        case unresolved
    }

    /// As written in the incident file.
    public var text: String
    public var target: Target

    public init(text: String, target: Target) {
        self.text = text
        self.target = target
    }
}
