import Foundation
import RetroModel

/// Mattermost bulk export (`mmctl export`): JSON lines `{"type":X, X:{…}}`; posts, direct posts and
/// their nested replies (which may be out of order) become messages. A single pretty-printed
/// `post` or `direct_post` object is read too.
struct MattermostFormat: SourceFormat {
    let name = "mattermost"
    let kind = SourceKind.chat

    static let lineTypes: Set<String> = ["version", "team", "channel", "user", "bot", "direct_channel", "post", "direct_post", "emoji", "role", "scheme"]

    func matches(_ input: SourceInput) -> Bool {
        if let object = input.json as? [String: Any] {
            guard let type = object.string("type") else { return false }
            return (type == "post" || type == "direct_post") && object[type] is [String: Any]
        }
        guard input.json == nil, let data = input.data else { return false }
        let firstLine = data.prefix(4096).split(separator: 0x0A, maxSplits: 1).first ?? Data()
        guard let object = (try? JSONSerialization.jsonObject(with: Data(firstLine))) as? [String: Any], let type = object.string("type") else { return false }
        return Self.lineTypes.contains(type)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        var records: [(object: [String: Any], line: Int)] = []
        if let object = input.json as? [String: Any] {
            records = [(object, 1)]
        } else {
            guard let data = input.data else { throw InputError(path: path, "A Mattermost export must be a file.") }
            for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                let parsed: Any
                do {
                    parsed = try ChatJSON.load(Data(line), path: path)
                } catch let error as InputError {
                    throw InputError(path: path, line: offset + 1, error.message, hint: error.hint)
                }
                guard let object = parsed as? [String: Any] else {
                    throw InputError(path: path, line: offset + 1, "Each line of a Mattermost export must be a JSON object.", hint: "export again with 'mmctl export'; each line holds one record")
                }
                records.append((object, offset + 1))
            }
        }
        var names: [String: String] = [:]
        for record in records where record.object.string("type") == "user" {
            guard let user = record.object.object("user"), let handle = user.text("username") else { continue }
            let full = [user.text("first_name"), user.text("last_name")].compactMap { $0 }.joined(separator: " ")
            names[handle] = full.isEmpty ? user.text("nickname") ?? handle : full
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for record in records {
            guard let type = record.object.string("type"), type == "post" || type == "direct_post" else { continue }
            guard let post = record.object.object(type) else {
                throw InputError(path: path, line: record.line, jsonPath: "$.\(type)", "The '\(type)' line has no '\(type)' object.")
            }
            let channel = post.text("channel") ?? (post.array("channel_members") as? [String])?.joined(separator: ", ")
            guard let parent = message(post, jsonPath: "$.\(type)", line: record.line, channel: channel, thread: nil, names: names, path: path, result: &result) else { continue }
            messages.append(parent)
            for (index, reply) in post.objects("replies").enumerated() {
                if let message = self.message(reply, jsonPath: "$.\(type).replies[\(index)]", line: record.line, channel: channel, thread: parent.id, names: names, path: path, result: &result) {
                    messages.append(message)
                }
            }
        }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) posts is a readable Mattermost message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    private func message(
        _ post: [String: Any], jsonPath: String, line: Int, channel: String?, thread: String?, names: [String: String], path: String,
        result: inout IngestResult
    ) -> Message? {
        guard let created = post.int64("create_at") else {
            result.skipped.append(Skip(SourceLocation(path: path, line: line, jsonPath: jsonPath + ".create_at"), "The post has no 'create_at' in epoch milliseconds."))
            return nil
        }
        let user = post.text("user") ?? ""
        let props = post.object("props") ?? [:]
        var text = post.string("message") ?? ""
        // Webhook and bot posts put their content in Slack-style attachments under `props`.
        let cards = props.objects("attachments").map { card in
            ([card.text("pretext"), card.text("title"), card.text("text")].compactMap { $0 }
                + card.objects("fields").map { "\($0.string("title") ?? ""): \($0.string("value") ?? "")" })
                .joined(separator: " — ")
        }.filter { !$0.isEmpty && !text.contains($0) }
        if !cards.isEmpty { text = ([text] + cards).filter { !$0.isEmpty }.joined(separator: "\n") }
        let type = post.string("type") ?? ""
        let isSystem = type.hasPrefix("system_") || (type.isEmpty && Self.isOldSystemText(text))
        let name = props.text("override_username") ?? names[user] ?? (user.isEmpty ? "unknown" : user)
        let files = post.objects("attachments").compactMap { $0.text("path").map { String($0.split(separator: "/").last ?? Substring($0)) } }
        let reactions = post.objects("reactions").compactMap { $0.text("emoji_name") }
        return Message(
            id: "\(created)", at: Timestamp.date(epochMilliseconds: created),
            author: Message.Author(id: user, name: name), text: FileMention.text(text, files: files), thread: thread,
            edited: (post.int64("edit_at") ?? 0) > 0, bot: props.bool("from_webhook") || props.bool("from_bot"), channel: channel,
            kind: isSystem ? .system : .message, reactions: SlackMessageReader.distinct(reactions), pinned: post.bool("is_pinned"),
            files: files, source: SourceRef(file: path, line: line))
    }

    /// Older exports keep join and leave notices as plain posts ("ron joined the channel.").
    static func isOldSystemText(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 8, !text.contains("\n") else { return false }
        let rest = words.dropFirst().joined(separator: " ")
        return ["joined the channel.", "joined the team.", "left the channel.", "left the team.", "removed from the channel."].contains(rest)
            || rest.hasPrefix("added to the channel by ") || rest.hasPrefix("added to the team by ")
    }
}
