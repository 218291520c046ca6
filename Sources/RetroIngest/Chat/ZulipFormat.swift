import Foundation
import RetroModel

/// Zulip messages: a REST API `GET /messages` response (`{result, messages: [...]}`, times in
/// epoch seconds, HTML or Markdown content) and a realm export's `messages-NNNNNN.json`
/// (`{zerver_message: [...]}`, float `date_sent`, senders by numeric id only).
///
/// A message's stream and topic become its channel ("ops > db failover"): a Zulip topic is the
/// thread an incident is discussed in. Bot accounts are told by Zulip's `-bot@` address convention.
struct ZulipFormat: SourceFormat {
    let name = "zulip"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else { return false }
        if object["zerver_message"] != nil { return true }
        guard object["messages"] is [Any], object["result"] is String || object["found_newest"] != nil || object["anchor"] != nil else { return false }
        guard let first = object.objects("messages").first else { return object["result"] is String && object["found_anchor"] != nil }
        return first["sender_full_name"] != nil || first["sender_email"] != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let root = try ChatJSON.load(input) as? [String: Any] else {
            throw InputError(path: path, jsonPath: "$", "A Zulip file must be a JSON object with 'messages' or 'zerver_message'.")
        }
        if root.string("result") == "error" {
            throw InputError(path: path, jsonPath: "$.msg", "The Zulip API answered with an error: '\(root.string("msg") ?? "")'.", hint: "fetch the messages again with a key that may read the stream")
        }
        let export = root["zerver_message"] != nil
        let key = export ? "zerver_message" : "messages"
        guard let list = root.array(key) else {
            throw InputError(path: path, jsonPath: "$.\(key)", "'\(key)' must be an array of messages.")
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for (index, element) in list.enumerated() {
            let jsonPath = "$.\(key)[\(index)]"
            guard let m = element as? [String: Any] else {
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath), "A message must be a JSON object."))
                continue
            }
            let seconds = (m["timestamp"] ?? m["date_sent"] ?? m["pub_date"]) as? NSNumber
            guard let seconds, !JSONBool.isBool(seconds), seconds.doubleValue.isFinite, abs(seconds.doubleValue) < 1e11 else {
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath + (export ? ".date_sent" : ".timestamp")), "The message has no time in epoch seconds."))
                continue
            }
            let at = Timestamp.date(epochMilliseconds: Int64((seconds.doubleValue * 1000).rounded(.down)))
            let senderID = (m["sender_id"] ?? m["sender"]).map { "\($0)" } ?? ""
            let email = m.text("sender_email") ?? ""
            let name = m.text("sender_full_name") ?? (senderID.isEmpty ? "unknown" : "user \(senderID)")
            let html = m.text("rendered_content") ?? ((m.string("content_type") ?? "text/html") == "text/html" ? m.text("content") : nil)
            let text = html.map(HTMLText.convert) ?? (m.string("content") ?? "")
            let stream = m["display_recipient"] as? String
            let topic = m.text("subject") ?? m.text("topic")
            let channel = [stream, topic].compactMap { $0 }.joined(separator: " > ")
            let reactions = m.objects("reactions").compactMap { $0.text("emoji_name") }
            messages.append(Message(
                id: m["id"].map { "\($0)" } ?? "\(index)", at: at, author: Message.Author(id: senderID, name: name),
                text: text, edited: m["last_edit_timestamp"] != nil || m["last_edit_time"] != nil,
                bot: email.contains("-bot@"), channel: channel.isEmpty ? nil : channel,
                reactions: SlackMessageReader.distinct(reactions), source: SourceRef(file: path, index: index)))
        }
        if export { result.notes.append("A Zulip realm export names senders by id only; their names are in the export's realm.json (map them with the incident file's 'people').") }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
