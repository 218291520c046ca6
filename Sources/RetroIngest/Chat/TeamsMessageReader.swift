import Foundation
import RetroModel

/// Reads Microsoft Teams `chatMessage` objects, in Graph's camelCase or the .NET exporters'
/// PascalCase (keys are matched ignoring case).
struct TeamsMessageReader {
    var format: String

    /// The message objects of a file: a Graph collection (`value`), an array, or one message.
    static func records(_ json: Any) -> (list: [Any], base: String)? {
        if let object = json as? [String: Any] {
            if let list = object.anyCase("value") as? [Any] { return (list, "$.value") }
            return isMessage(object) ? ([object], "$") : nil
        }
        if let list = json as? [Any] { return (list, "$") }
        return nil
    }

    static func isMessage(_ object: [String: Any]) -> Bool {
        object.anyCase("createdDateTime") != nil && object.anyCase("body") != nil
    }

    /// True when the first message's keys are PascalCase, as .NET serializers write them.
    static func isPascalCase(_ json: Any?) -> Bool? {
        guard let json, let (list, _) = records(json), let first = list.first as? [String: Any], isMessage(first) else { return nil }
        return first["CreatedDateTime"] != nil
    }

    func parse(_ input: SourceInput) throws -> IngestResult {
        let json = try ChatJSON.load(input)
        guard let (list, base) = Self.records(json) else {
            throw InputError(path: input.displayPath, jsonPath: "$", "A Teams export must hold chat messages (a 'value' array, an array, or one message).")
        }
        var result = IngestResult(format: format, kind: .chat)
        var messages: [Message] = []
        var index = 0
        for (position, element) in list.enumerated() {
            let jsonPath = "\(base)[\(position)]"
            guard let object = element as? [String: Any] else {
                throw InputError(path: input.displayPath, jsonPath: jsonPath, "Each message must be a JSON object.")
            }
            var root: String?
            switch read(object, index: index, jsonPath: jsonPath, file: input.displayPath, parent: nil) {
            case .message(let message):
                messages.append(message)
                root = message.id
            case .skip(let skip): result.skipped.append(skip)
            }
            index += 1
            // A Graph export made with `$expand=replies` nests each thread's replies in its root.
            guard let replies = object.anyCase("replies") as? [Any] else { continue }
            for (offset, reply) in replies.enumerated() {
                let replyPath = "\(jsonPath).replies[\(offset)]"
                defer { index += 1 }
                guard let replyObject = reply as? [String: Any] else {
                    result.skipped.append(Skip(SourceLocation(path: input.displayPath, jsonPath: replyPath), "A reply must be a JSON object."))
                    continue
                }
                let parent = root ?? (object.anyCase("id") as? String)
                switch read(replyObject, index: index, jsonPath: replyPath, file: input.displayPath, parent: parent) {
                case .message(let message): messages.append(message)
                case .skip(let skip): result.skipped.append(skip)
                }
            }
        }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) records is a readable Teams message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    private func read(_ m: [String: Any], index: Int, jsonPath: String, file: String, parent: String?) -> SlackMessageReader.Outcome {
        func string(_ key: String) -> String? { (m.anyCase(key) as? String).flatMap { $0.isEmpty ? nil : $0 } }
        func object(_ key: String) -> [String: Any]? { m.anyCase(key) as? [String: Any] }
        guard let created = string("createdDateTime"), let at = Timestamp.parse(created) else {
            let reason = string("createdDateTime").map { "'createdDateTime' '\($0)' is not an ISO-8601 time." } ?? "The message has no 'createdDateTime'."
            return .skip(Skip(SourceLocation(path: file, jsonPath: jsonPath + ".createdDateTime"), reason))
        }
        let messageType = string("messageType") ?? "message"
        if messageType == "typing" {
            return .skip(Skip(SourceLocation(path: file, jsonPath: jsonPath + ".messageType"), "A 'typing' indicator is not a message."))
        }
        let body = object("body") ?? [:]
        let content = (body.anyCase("content") as? String) ?? ""
        let isHTML = ((body.anyCase("contentType") as? String) ?? "text").lowercased() == "html"
        var text = isHTML ? HTMLText.convert(content) : content
        if let subject = string("subject") { text = text.isEmpty ? subject : subject + "\n" + text }
        let eventDetail = object("eventDetail")
        let isSystem = messageType == "systemEventMessage" || messageType == "chatEvent" || eventDetail != nil
            || content.contains("<systemEventMessage")
        if isSystem, text.isEmpty { text = Self.describe(eventDetail) }
        let from = object("from")
        let (author, bot) = Self.author(from: from, initiator: eventDetail?.anyCase("initiator") as? [String: Any], system: isSystem)
        let edited: Bool
        if m.anyCase("lastEditedDateTime") != nil || m.keys.contains(where: { $0.lowercased() == "lastediteddatetime" }) {
            edited = string("lastEditedDateTime") != nil
        } else {
            edited = string("lastModifiedDateTime").flatMap { Timestamp.parse($0) }.map { $0 != at } ?? false
        }
        let identity = object("channelIdentity")
        let channel = (identity?.anyCase("channelId") as? String) ?? string("chatId")
        let reactions = ((m.anyCase("reactions") as? [Any]) ?? []).compactMap { ($0 as? [String: Any])?.anyCase("reactionType") as? String }
        let files = ((m.anyCase("attachments") as? [Any]) ?? []).compactMap { element -> String? in
            guard let attachment = element as? [String: Any], (attachment.anyCase("contentType") as? String) == "reference" else { return nil }
            return attachment.anyCase("name") as? String
        }
        if text.isEmpty || bot {
            let cards = TeamsCards.text(of: (m.anyCase("attachments") as? [Any]) ?? [])
            if !cards.isEmpty, !text.contains(cards) { text = text.isEmpty ? cards : text + "\n" + cards }
        }
        let id = string("id") ?? "\(index)"
        let reply = (string("replyToId") ?? parent).flatMap { $0 == id ? nil : $0 }
        return .message(Message(
            id: id, at: at, author: author, text: FileMention.text(text, files: files), thread: reply, edited: edited,
            deleted: string("deletedDateTime") != nil, bot: bot, channel: channel, kind: isSystem ? .system : .message,
            reactions: SlackMessageReader.distinct(reactions), files: files,
            source: SourceRef(file: file, index: index, url: string("webUrl"))))
    }

    /// The sender: a user, or an application (bot, connector); system events name their initiator.
    /// Graph leaves `displayName` null on system events; their author is then named "Teams", not the
    /// initiator's GUID (the id is kept, so the incident file's `people` can still name them).
    private static func author(from: [String: Any]?, initiator: [String: Any]?, system: Bool) -> (Message.Author, Bool) {
        func name(_ identity: [String: Any], id: String) -> String {
            if let name = identity.anyCase("displayName") as? String, !name.isEmpty { return name }
            return system ? "Teams" : id
        }
        for identity in [from, initiator] {
            guard let identity else { continue }
            if let user = identity.anyCase("user") as? [String: Any], let id = user.anyCase("id") as? String {
                return (Message.Author(id: id, name: name(user, id: id)), false)
            }
            if let app = identity.anyCase("application") as? [String: Any], let id = app.anyCase("id") as? String {
                return (Message.Author(id: id, name: name(app, id: id)), true)
            }
        }
        return (Message.Author(id: "", name: system ? "Teams" : "unknown"), false)
    }

    /// Words for a system event whose body is empty: `membersAddedEventMessageDetail` → "members added".
    private static func describe(_ detail: [String: Any]?) -> String {
        guard let type = detail?["@odata.type"] as? String else { return "Teams system event" }
        let short = type.split(separator: ".").last.map(String.init) ?? type
        let core = short.replacingOccurrences(of: "EventMessageDetail", with: "")
        var words = ""
        for c in core {
            if c.isUppercase { words += " " + c.lowercased() } else { words.append(c) }
        }
        return "Teams event: " + words.trimmingCharacters(in: .whitespaces)
    }
}
