/// An entry of the incident file that names no derived timeline event, so it does nothing: an
/// `exclude:` entry that drops nothing, or a hand-written event's `source` that replaces nothing.
public struct UnmatchedReference: Sendable, Equatable {
    public enum Entry: Sendable, Equatable {
        /// `exclude[i]`.
        case exclusion(Int)
        /// `timeline[i].source`.
        case override(Int)
    }

    public var entry: Entry
    /// What retro compared the entry with, as a clause ("no source read for this incident is a
    /// file ending in 'chat/histroy.json' (read: …)").
    public var tried: String

    public init(entry: Entry, tried: String) {
        self.entry = entry
        self.tried = tried
    }
}
