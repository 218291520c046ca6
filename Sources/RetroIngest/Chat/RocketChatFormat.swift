import Foundation
import RetroModel

/// Rocket.Chat messages: REST answers of `channels.history`, `groups.history`, `im.history` and
/// `chat.getThreadMessages` (`{"messages": [...], "success": true}`), a bare array of messages, or a
/// `mongoexport` of the `rocketchat_message` collection (one message per line, `{"$date": ms}` times).
///
/// A message is `{_id, rid, msg, ts, u: {_id, username, name}}`; `t` marks system messages (joins,
/// topic changes), `bot` an integration, `tmid` the thread's first message, `attachments` the cards
/// that integrations post, and `file` an upload.
struct RocketChatFormat: SourceFormat {
    let name = "rocketchat"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        if let object = input.json as? [String: Any] {
            guard let first = object.objects("messages").first else { return false }
            return Self.isMessage(first)
        }
        if let list = input.json as? [Any] { return (list.first as? [String: Any]).map(Self.isMessage) ?? false }
        guard input.json == nil, let data = input.data, ChatJSON.looksLikeJSON(data) else { return false }
        let firstLine = data.prefix(while: { $0 != 0x0A })
        guard let object = (try? JSONSerialization.jsonObject(with: Data(firstLine))) as? [String: Any] else { return false }
        return Self.isMessage(object)
    }

    static func isMessage(_ m: [String: Any]) -> Bool {
        m["rid"] is String && m["u"] is [String: Any] && m["ts"] != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        var records: [(Any, SourceLocation)] = []
        if let json = input.json {
            if let object = json as? [String: Any] {
                if object["success"] as? Bool == false {
                    throw InputError(path: path, jsonPath: "$.error", "The Rocket.Chat API answered with an error: '\(object.string("error") ?? "")'.", hint: "fetch the history again with a token that may read the room")
                }
                guard let list = object.array("messages") else { throw InputError(path: path, jsonPath: "$.messages", "'messages' must be an array.") }
                records = list.enumerated().map { ($1, SourceLocation(path: path, jsonPath: "$.messages[\($0)]")) }
            } else if let list = json as? [Any] {
                records = list.enumerated().map { ($1, SourceLocation(path: path, jsonPath: "$[\($0)]")) }
            }
        } else if let data = input.data {
            for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where line.contains(where: { $0 > 0x20 }) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else {
                    throw InputError(path: path, line: number + 1, "This line is not a JSON object.", hint: "export the collection with mongoexport, one message per line")
                }
                records.append((object, SourceLocation(path: path, line: number + 1)))
            }
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for (index, (element, location)) in records.enumerated() {
            guard let m = element as? [String: Any] else {
                result.skipped.append(Skip(location, "A message must be a JSON object."))
                continue
            }
            guard let at = Self.time(m["ts"]) else {
                result.skipped.append(Skip(location, "The message's 'ts' is not an ISO-8601 time or {\"$date\": …}."))
                continue
            }
            let user = m.object("u") ?? [:]
            let author = m.text("alias") ?? user.text("name") ?? user.text("username") ?? "unknown"
            let files = ([m.object("file")] + m.objects("files").map(Optional.some)).compactMap { $0?.text("name") }
            var text = m.string("msg") ?? ""
            // An upload also appears as an attachment of type "file"; the other attachments are cards.
        let cards = m.objects("attachments").filter { $0.string("type") != "file" }.compactMap { a in
                [a.text("title"), a.text("text"), a.text("description")].compactMap { $0 }.joined(separator: " — ")
            }.filter { !$0.isEmpty && !text.contains($0) }
            if !cards.isEmpty { text = ([text] + cards).filter { !$0.isEmpty }.joined(separator: "\n") }
            let system = m.text("t")
            if system != nil, text.isEmpty { text = "Rocket.Chat event: \(system ?? "")" }
            messages.append(Message(
                id: m.text("_id") ?? "\(index)", at: at, author: Message.Author(id: user.text("_id") ?? author, name: author),
                text: FileMention.text(text, files: Array(Set(files)).sorted()), thread: m.text("tmid"),
                edited: m["editedAt"] != nil, bot: m["bot"] is [String: Any] || m["bot"] as? Bool == true, channel: m.text("rid"),
                kind: system == nil ? .message : .system, reactions: ((m.object("reactions") ?? [:]).keys).sorted(),
                pinned: m.bool("pinned"), files: Array(Set(files)).sorted(), source: SourceRef(file: path, index: index, line: location.line)))
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    /// `"2024-03-08T09:14:02.118Z"`, or mongoexport's `{"$date": 1709889242118}` / `{"$date": "…"}`.
    static func time(_ value: Any?) -> Date? {
        if let text = value as? String { return Timestamp.parse(text) }
        guard let object = value as? [String: Any], let date = object["$date"] else { return nil }
        if let text = date as? String { return Timestamp.parse(text) }
        if let number = date as? NSNumber, !JSONBool.isBool(number) { return Timestamp.date(epochMilliseconds: number.int64Value) }
        if let long = (date as? [String: Any])?["$numberLong"] as? String, let ms = Int64(long) { return Timestamp.date(epochMilliseconds: ms) }
        return nil
    }
}
