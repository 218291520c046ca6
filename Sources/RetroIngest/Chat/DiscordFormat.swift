import Foundation
import RetroModel

/// DiscordChatExporter JSON: `{"guild","channel","messages":[…]}` with local-offset timestamps.
struct DiscordFormat: SourceFormat {
    let name = "discord"
    let kind = SourceKind.chat

    /// Message types that record an event in the channel rather than something said.
    static let systemTypes: Set<String> = [
        "RecipientAdd", "RecipientRemove", "Call", "ChannelNameChange", "ChannelIconChange", "ChannelPinnedMessage",
        "GuildMemberJoin", "ThreadCreated", "GuildBoost", "ChannelFollowAdd", "AutoModerationAction",
    ]

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else {
            let head = ChatJSON.head(input.data)
            return input.json == nil && ChatJSON.looksLikeJSON(input.data) && head.contains("\"guild\"") && head.contains("\"channel\"")
        }
        return object["guild"] is [String: Any] && object["channel"] is [String: Any] && object["messages"] is [Any]
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let root = try ChatJSON.load(input) as? [String: Any], let list = root.array("messages") else {
            throw InputError(path: path, jsonPath: "$.messages", "A DiscordChatExporter file must have a 'messages' array.")
        }
        let channel = root.object("channel")?.text("name")
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for (index, element) in list.enumerated() {
            let jsonPath = "$.messages[\(index)]"
            guard let m = element as? [String: Any] else {
                throw InputError(path: path, jsonPath: jsonPath, "Each message must be a JSON object.")
            }
            guard let stamp = m.string("timestamp"), let at = Timestamp.parse(stamp) else {
                let reason = m.string("timestamp").map { "'timestamp' '\($0)' is not an ISO-8601 time." } ?? "The message has no 'timestamp'."
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath + ".timestamp"), reason))
                continue
            }
            let author = m.object("author") ?? [:]
            let authorID = author.text("id") ?? ""
            let authorName = author.text("nickname") ?? author.text("name") ?? (authorID.isEmpty ? "unknown" : authorID)
            let type = m.string("type") ?? "Default"
            var lines = [m.string("content") ?? ""].filter { !$0.isEmpty }
            for embed in m.objects("embeds") {
                let parts = [embed.text("title"), embed.text("description")].compactMap { $0 }
                    + embed.objects("fields").map { "\($0.string("name") ?? ""): \($0.string("value") ?? "")" }
                if !parts.isEmpty { lines.append(parts.joined(separator: "\n")) }
            }
            let files = m.objects("attachments").compactMap { $0.text("fileName") }
            let reactions = m.objects("reactions").compactMap { $0.object("emoji")?.text("name") }
            messages.append(Message(
                id: m.text("id") ?? "\(index)", at: at, author: Message.Author(id: authorID, name: authorName),
                text: FileMention.text(lines.joined(separator: "\n"), files: files), thread: m.object("reference")?.text("messageId"),
                edited: m.text("timestampEdited") != nil, bot: author.bool("isBot"), channel: channel,
                kind: Self.systemTypes.contains(type) ? .system : .message, reactions: SlackMessageReader.distinct(reactions),
                pinned: m.bool("isPinned"), files: files, source: SourceRef(file: path, index: index)))
        }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) records is a readable DiscordChatExporter message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
