import Foundation
import RetroModel

/// Turns one Slack message object (export day file, Web API, slackdump) into a `Message`.
struct SlackMessageReader: Sendable {
    var markup: SlackMarkup
    var channel: String?
    var channelID: String?
    var file: String
    var workspaceURL: String?

    enum Outcome {
        case message(Message)
        case skip(Skip)
    }

    /// Subtypes that record something happening to the channel rather than something said in it.
    static let systemSubtypes: Set<String> = [
        "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "channel_archive",
        "channel_unarchive", "group_join", "group_leave", "group_topic", "group_purpose", "group_name",
        "group_archive", "group_unarchive", "bot_add", "bot_remove", "bot_enable", "bot_disable", "pinned_item",
        "unpinned_item", "reminder_add", "channel_convert_to_private", "sh_room_created", "huddle_thread",
        "channel_posting_permissions", "app_conversation_leave",
    ]

    /// Members the reader seldom needs, which the day-file parser leaves unbuilt until asked
    /// (`DeferredJSON`): blocks are read when `text` is empty, attachments for bots and empty
    /// text, the profile when the author is not in `users.json`.
    static let deferredMembers: Set<String> = ["blocks", "attachments", "user_profile"]

    /// `jsonPath` is only built when a skip needs it: most messages are read without one.
    func read(_ object: [String: Any], index: Int, jsonPath: @autoclosure () -> String) -> Outcome {
        var location: SourceLocation { SourceLocation(path: file, jsonPath: jsonPath() + ".ts") }
        guard let ts = object["ts"] as? String else {
            let reason = object["ts"] == nil ? "The message has no 'ts'." : "The message's 'ts' is not a string."
            return .skip(Skip(location, reason))
        }
        guard let at = SlackTimestamp.date(ts) else {
            return .skip(Skip(location, "The message's 'ts' '\(ts)' is not epoch seconds."))
        }
        let subtype = object.string("subtype")
        if subtype == "message_changed", let inner = object.object("message") {
            var merged = inner
            if merged["ts"] == nil { merged["ts"] = ts }
            merged["edited"] = merged["edited"] ?? ["ts": ts]
            return read(merged, index: index, jsonPath: jsonPath() + ".message")
        }
        if subtype == "message_deleted" {
            return .skip(Skip(location, "A 'message_deleted' event records a deletion, not a message."))
        }
        let isBot = object["bot_id"] is String || subtype == "bot_message"
        let threadTS = object.string("thread_ts").flatMap { $0 == ts ? nil : $0 }
        let isTombstone = subtype == "tombstone"
        var kind = Message.Kind.message
        if isTombstone {
            kind = .tombstone
        } else if let subtype, Self.systemSubtypes.contains(subtype) {
            kind = .system
        }
        let reactions = object.objects("reactions").compactMap { $0.text("name") }
        var files = object.objects("files").compactMap { $0.text("name") ?? $0.text("title") }
        if let legacy = object.object("file"), let name = legacy.text("name") ?? legacy.text("title") { files.append(name) }
        var url: String?
        if let base = workspaceURL, let channelID {
            let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
            // `ts` parsed as epoch seconds, so it is ASCII: dropping the '.' byte is dropping the Character.
            url = "\(trimmed)/archives/\(channelID)/p\(String(decoding: ts.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self))"
        }
        return .message(Message(
            id: ts, at: at, author: author(of: object, isBot: isBot), text: FileMention.text(text(of: object, isBot: isBot), files: files),
            thread: threadTS, edited: object["edited"] is [String: Any], deleted: isTombstone, bot: isBot,
            channel: channel, kind: kind, reactions: Self.distinct(reactions),
            pinned: !(object.array("pinned_to") ?? []).isEmpty || subtype == "pinned_item", files: files,
            source: SourceRef(file: file, index: index, url: url)))
    }

    private func author(of object: [String: Any], isBot: Bool) -> Message.Author {
        // Legacy `file_comment` messages carry the commenter in `comment.user`, not at the top.
        let userID = object.text("user") ?? object.object("comment")?.text("user")
        let id = userID ?? object.text("bot_id") ?? ""
        var profileName: String? { (DeferredJSON.member(object, "user_profile") as? [String: Any]).flatMap(SlackDirectory.name(of:)) }
        let botName = object.text("username") ?? object.object("bot_profile")?.text("name")
        let known = userID.flatMap { markup.users[$0] }
        let name = isBot ? (botName ?? known ?? profileName) : (known ?? profileName ?? botName)
        return Message.Author(id: id, name: name ?? (id.isEmpty ? "unknown" : id))
    }

    /// The message text, else its blocks, else its attachments; a bot's attachments are added to short text.
    private func text(of object: [String: Any], isBot: Bool) -> String {
        let blocks = SlackBlocks(markup: markup)
        var text = object.string("text").map(markup.convert) ?? ""
        if text.isEmpty { text = blocks.text(of: Self.objects(DeferredJSON.member(object, "blocks"))) }
        guard text.isEmpty || isBot, object["attachments"] != nil else { return text }
        let attachments = Self.objects(DeferredJSON.member(object, "attachments"))
        if !attachments.isEmpty {
            let extra = blocks.text(ofAttachments: attachments)
            if !extra.isEmpty, !text.contains(extra) { text = text.isEmpty ? extra : text + "\n" + extra }
        }
        return text
    }

    /// The objects of a JSON array, as `objects(_:)` reads a member.
    private static func objects(_ value: Any?) -> [[String: Any]] {
        (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
