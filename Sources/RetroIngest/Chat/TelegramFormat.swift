import Foundation
import RetroModel

/// Telegram Desktop's JSON export: `{"messages":[{type,date_unixtime,from,text}]}`, where `text`
/// is a string or an array of runs (`{type,text}` objects and plain strings).
struct TelegramFormat: SourceFormat {
    let name = "telegram"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any], let first = object.objects("messages").first else { return false }
        return first["date_unixtime"] != nil || (first["date"] != nil && first["from"] != nil)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let root = try ChatJSON.load(input) as? [String: Any], let list = root.array("messages") else {
            throw InputError(path: path, jsonPath: "$.messages", "A Telegram export must have a 'messages' array.")
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for (index, element) in list.enumerated() {
            let jsonPath = "$.messages[\(index)]"
            guard let m = element as? [String: Any] else {
                throw InputError(path: path, jsonPath: jsonPath, "Each message must be a JSON object.")
            }
            guard let seconds = m.int64("date_unixtime") else {
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath + ".date_unixtime"), "The message has no 'date_unixtime' in epoch seconds."))
                continue
            }
            let from = m.text("from") ?? m.text("actor") ?? "unknown"
            messages.append(Message(
                id: m["id"].map { "\($0)" } ?? "\(index)", at: Timestamp.date(epochMilliseconds: seconds * 1000),
                author: Message.Author(id: m.text("from_id") ?? from, name: from), text: Self.text(m["text"]),
                edited: m["edited"] != nil, channel: root.text("name"), kind: m.string("type") == "service" ? .system : .message,
                source: SourceRef(file: path, index: index)))
        }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) records is a readable Telegram message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    static func text(_ value: Any?) -> String {
        if let text = value as? String { return text }
        guard let runs = value as? [Any] else { return "" }
        return runs.map { run in (run as? String) ?? ((run as? [String: Any])?.string("text") ?? "") }.joined()
    }
}
