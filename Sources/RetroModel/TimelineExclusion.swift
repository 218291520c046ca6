/// A derived timeline event the reviewers dropped in the incident file (`exclude:`): by the source
/// record it came from, or by a piece of its text.
public struct TimelineExclusion: Sendable, Equatable {
    /// `chat/history.json#12`, `war-room.log:40`: matches a derived event taken from that record.
    public var source: SourceRef?
    /// Matches a derived event whose text contains it, ignoring case.
    public var text: String?

    public init(source: SourceRef? = nil, text: String? = nil) {
        self.source = source
        self.text = text
    }
}
