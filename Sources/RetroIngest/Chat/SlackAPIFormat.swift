import Foundation
import RetroModel

/// Slack messages outside a workspace export: Web API `conversations.history` / `replies` pages
/// (`{"ok":true,"messages":[…]}` or `{"cursor":…,"messages":[…]}`, alone or as an array of pages), slackdump's dump
/// (`{"channel_id","name","messages"}` with `slackdump_thread_replies`), a bare array of message
/// objects such as one day file, or a single message object.
struct SlackAPIFormat: SourceFormat {
    let name = "slack-api"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        guard let json = input.json else {
            let head = ChatJSON.head(input.data)
            return ChatJSON.looksLikeJSON(input.data) && head.contains("\"ts\"") && (head.contains("\"type\": \"message\"") || head.contains("\"type\":\"message\"") || head.contains("\"ok\""))
        }
        if let list = json as? [Any] {
            guard let first = list.first as? [String: Any] else { return false }
            return Self.isPage(first) || Self.isMessage(first)
        }
        guard let object = json as? [String: Any] else { return false }
        return Self.isPage(object) || Self.isMessage(object)
    }

    /// A page of messages: with `ok` or slackdump's `channel_id`, or, as paging tools save them,
    /// `{cursor, messages}` / `{has_more, response_metadata, messages}` without `ok`.
    static func isPage(_ object: [String: Any]) -> Bool {
        if (object["ok"] != nil || object["channel_id"] != nil) && (object["messages"] != nil || object["error"] is String) { return true }
        guard let list = object["messages"] as? [Any] else { return false }
        let paged = object["cursor"] != nil || object["next_cursor"] != nil || object["has_more"] != nil || object["response_metadata"] != nil
        guard let first = list.first as? [String: Any] else { return paged && list.isEmpty }
        return isMessage(first) && (paged || object.keys.count <= 3)
    }

    static func isMessage(_ object: [String: Any]) -> Bool {
        guard let ts = object["ts"] as? String, Timestamp.parseEpochSeconds(ts) != nil else { return false }
        return object["type"] as? String == "message" || object["user"] != nil || object["text"] != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let json = try ChatJSON.load(input)
        let path = input.displayPath
        var records: [(object: [String: Any], jsonPath: String)] = []
        var channel: String?
        var channelID: String?
        func addMessages(_ list: [Any], at base: String) throws {
            for (index, element) in list.enumerated() {
                guard let object = element as? [String: Any] else {
                    throw InputError(path: path, jsonPath: "\(base)[\(index)]", "Each message must be a JSON object.", hint: "save the API response unchanged")
                }
                records.append((object, "\(base)[\(index)]"))
                for (reply, value) in object.objects("slackdump_thread_replies").enumerated() {
                    records.append((value, "\(base)[\(index)].slackdump_thread_replies[\(reply)]"))
                }
            }
        }
        func addPage(_ page: [String: Any], at base: String) throws {
            if page["ok"] as? Bool == false || page["ok"] as? NSNumber == 0 {
                let error = page.string("error") ?? "unknown"
                throw InputError(path: path, jsonPath: "\(base).ok", "The Slack API answered with an error ('\(error)'), not messages.", hint: "save a response whose 'ok' is true")
            }
            guard let list = page.array("messages") else {
                throw InputError(path: path, jsonPath: "\(base).messages", "'messages' is missing or is not an array.", hint: "save the API response unchanged: 'messages' holds a list of message objects")
            }
            channel = channel ?? page.text("name")
            channelID = channelID ?? page.text("channel_id") ?? page.text("channel")
            try addMessages(list, at: "\(base).messages")
        }
        if let object = json as? [String: Any] {
            if Self.isPage(object) { try addPage(object, at: "$") } else { try addMessages([object], at: "$") }
        } else if let list = json as? [Any] {
            if let first = list.first as? [String: Any], Self.isPage(first) {
                for (index, page) in list.enumerated() {
                    guard let page = page as? [String: Any] else {
                        throw InputError(path: path, jsonPath: "$[\(index)]", "Each page must be a JSON object.", hint: "save the API responses unchanged, as one JSON array of pages")
                    }
                    try addPage(page, at: "$[\(index)]")
                }
            } else {
                try addMessages(list, at: "$")
            }
        } else {
            throw InputError(path: path, jsonPath: "$", "Slack messages must be a JSON object or array.", hint: "save the API response unchanged")
        }
        var directory = SlackDirectory()
        for record in records {
            if let id = record.object.text("user"), let profile = record.object.object("user_profile"),
               let name = SlackDirectory.name(of: profile) { directory.users[id] = directory.users[id] ?? name }
        }
        let reader = SlackMessageReader(markup: directory.markup, channel: channel, channelID: channelID, file: path, workspaceURL: options.workspaceURL)
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        var seen = Set<String>()
        for (index, record) in records.enumerated() {
            switch reader.read(record.object, index: index, jsonPath: record.jsonPath) {
            case .message(let message):
                if seen.insert(message.id).inserted {
                    messages.append(message)
                } else {
                    result.skipped.append(Skip(SourceLocation(path: path, jsonPath: record.jsonPath), "Message '\(message.id)' appears twice; the first copy is kept."))
                }
            case .skip(let skip): result.skipped.append(skip)
            }
        }
        if records.isEmpty { result.notes.append("The file holds no messages.") }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) records is a readable Slack message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
