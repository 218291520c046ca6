import Foundation

/// One chat message, normalized from any chat export.
public struct Message: Sendable, Equatable, Codable {
    /// What a message is: ordinary content, or a channel event kept for the record.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case message
        /// Joins, leaves, topic and purpose changes, renames, and similar.
        case system
        /// The placeholder left where a thread parent was deleted.
        case tombstone
    }

    public struct Author: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The id the source gives (Slack `ts`, Teams id, …), kept as a string.
    public var id: String
    public var at: Date
    public var author: Author
    /// Readable plain text: markup such as `<@U123>` or HTML already turned into words.
    public var text: String
    /// The id of the thread's parent, when this message is in a thread (the parent has its own id).
    public var thread: String?
    public var edited: Bool
    public var deleted: Bool
    public var bot: Bool
    public var channel: String?
    public var kind: Kind
    /// Reaction names (`pushpin`, `stopwatch`, `📌`), one entry per distinct reaction.
    public var reactions: [String]
    public var pinned: Bool
    /// Names of attached files.
    public var files: [String]
    public var source: SourceRef

    public init(
        id: String, at: Date, author: Author, text: String, thread: String? = nil,
        edited: Bool = false, deleted: Bool = false, bot: Bool = false, channel: String? = nil,
        kind: Kind = .message, reactions: [String] = [], pinned: Bool = false, files: [String] = [],
        source: SourceRef
    ) {
        self.id = id
        self.at = at
        self.author = author
        self.text = text
        self.thread = thread
        self.edited = edited
        self.deleted = deleted
        self.bot = bot
        self.channel = channel
        self.kind = kind
        self.reactions = reactions
        self.pinned = pinned
        self.files = files
        self.source = source
    }
}
