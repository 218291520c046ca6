import Foundation
import RetroModel

/// Telegram Desktop's JSON export: one chat (`{"name","type","id","messages":[…]}`), or the full
/// account export (`{"about", "chats": {"list": [chat, …]}, "left_chats": {…}}`), whose chats are
/// all read (`--channel NAME` picks one). Messages are `{type,date_unixtime,from,text}`, where
/// `text` is a string or an array of runs (`{type,text}` objects and plain strings).
struct TelegramFormat: SourceFormat {
    let name = "telegram"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else { return false }
        if let chats = object.object("chats"), chats["list"] is [Any] { return true }
        guard let first = object.objects("messages").first else { return false }
        return first["date_unixtime"] != nil || (first["date"] != nil && first["from"] != nil)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let root = try ChatJSON.load(input) as? [String: Any] else {
            throw InputError(path: path, jsonPath: "$", "A Telegram export must be a JSON object.")
        }
        var chats: [(chat: [String: Any], base: String)] = []
        if let list = root.object("chats")?.array("list") {
            for (index, chat) in list.enumerated() {
                guard let chat = chat as? [String: Any] else { continue }
                chats.append((chat, "$.chats.list[\(index)]"))
            }
            for (index, chat) in (root.object("left_chats")?.array("list") ?? []).enumerated() {
                guard let chat = chat as? [String: Any] else { continue }
                chats.append((chat, "$.left_chats.list[\(index)]"))
            }
            if let wanted = options.channel {
                let names = chats.compactMap { $0.chat.text("name") }
                chats = chats.filter { $0.chat.text("name") == wanted }
                if chats.isEmpty {
                    throw InputError(path: path, jsonPath: "$.chats.list", "The export has no chat named '\(wanted)'.", hint: "its chats: \(names.prefix(20).map { "'\($0)'" }.joined(separator: ", "))")
                }
            }
        } else {
            guard root.array("messages") != nil else {
                throw InputError(path: path, jsonPath: "$.messages", "A Telegram export must have a 'messages' array.")
            }
            chats = [(root, "$")]
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        var index = 0
        for (chat, base) in chats {
            for (position, element) in (chat.array("messages") ?? []).enumerated() {
                defer { index += 1 }
                let jsonPath = "\(base).messages[\(position)]"
                guard let m = element as? [String: Any] else {
                    throw InputError(path: path, jsonPath: jsonPath, "Each message must be a JSON object.")
                }
                guard let seconds = m.int64("date_unixtime") else {
                    result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath + ".date_unixtime"), "The message has no 'date_unixtime' in epoch seconds."))
                    continue
                }
                let from = m.text("from") ?? m.text("actor") ?? "unknown"
                let files = Self.attachment(m).map { [$0] } ?? []
                messages.append(Message(
                    id: m["id"].map { "\($0)" } ?? "\(index)", at: Timestamp.date(epochMilliseconds: seconds * 1000),
                    author: Message.Author(id: m.text("from_id") ?? m.text("actor_id") ?? from, name: from),
                    text: FileMention.text(Self.text(m["text"]), files: files),
                    edited: m["edited"] != nil, channel: chat.text("name"), kind: m.string("type") == "service" ? .system : .message,
                    files: files, source: SourceRef(file: path, index: index)))
            }
        }
        if chats.count > 1 {
            result.notes.append("A full Telegram account export: read \(chats.count) chats; pass --channel NAME to read one.")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    /// The name of what a message shared: a document's file name, else the exported file's or
    /// photo's name; Telegram writes "(File not included…)" where the export left the file out.
    static func attachment(_ m: [String: Any]) -> String? {
        if let name = m.text("file_name") { return name }
        for key in ["file", "photo"] {
            guard let value = m.text(key) else { continue }
            return value.hasPrefix("(") ? key : (value as NSString).lastPathComponent
        }
        return nil
    }

    static func text(_ value: Any?) -> String {
        if let text = value as? String { return text }
        guard let runs = value as? [Any] else { return "" }
        return runs.map { run in (run as? String) ?? ((run as? [String: Any])?.string("text") ?? "") }.joined()
    }
}
