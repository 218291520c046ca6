import Foundation
import RetroModel

/// Google Chat in a Google Takeout export: `Google Chat/Groups/<Space or DM>/messages.json`,
/// `{"messages": [{creator: {name, email, user_type}, created_date, text, topic_id, message_id,
/// attached_files}]}`.
///
/// Takeout writes times as English prose ("Tuesday, February 11, 2025 at 10:04:31 PM UTC", newer
/// exports with a narrow no-break space before PM); `user_type` "Bot" marks apps. Messages of one
/// topic form a thread under the topic's first message.
struct GoogleChatFormat: SourceFormat {
    let name = "google-chat"
    let kind = SourceKind.chat

    nonisolated(unsafe) static let date = #/^[A-Za-z]+, ([A-Za-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d{2}):(\d{2})[\s\u{202F}\u{00A0}]*([AaPp][Mm]) (UTC|GMT)([+-]\d{1,2}(?::?\d{2})?)?$/#

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any], let first = object.objects("messages").first else { return false }
        return first["creator"] is [String: Any] && first["created_date"] is String
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let root = try ChatJSON.load(input) as? [String: Any], let list = root.array("messages") else {
            throw InputError(path: path, jsonPath: "$.messages", "A Google Chat export must have a 'messages' array.")
        }
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        var topicRoots: [String: String] = [:]
        for (index, element) in list.enumerated() {
            let jsonPath = "$.messages[\(index)]"
            guard let m = element as? [String: Any] else {
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath), "A message must be a JSON object."))
                continue
            }
            guard let raw = m.text("created_date"), let at = Self.time(raw) else {
                let reason = m.text("created_date").map { "'created_date' '\($0)' is not a time retro can read (expected 'Tuesday, February 11, 2025 at 10:04:31 PM UTC')." } ?? "The message has no 'created_date'."
                result.skipped.append(Skip(SourceLocation(path: path, jsonPath: jsonPath + ".created_date"), reason))
                continue
            }
            let creator = m.object("creator") ?? [:]
            let author = creator.text("name") ?? creator.text("email") ?? "unknown"
            let id = m.text("message_id") ?? "\(index)"
            var thread: String?
            if let topic = m.text("topic_id") {
                if let first = topicRoots[topic] { thread = first } else { topicRoots[topic] = id }
            }
            let files = m.objects("attached_files").compactMap { $0.text("original_name") ?? $0.text("export_name") }
            messages.append(Message(
                id: id, at: at, author: Message.Author(id: creator.text("email") ?? author, name: author),
                text: FileMention.text(m.string("text") ?? "", files: files), thread: thread,
                edited: m["updated_date"] != nil, bot: creator.string("user_type") == "Bot", files: files,
                source: SourceRef(file: path, index: index)))
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    /// A Takeout time; the zone is UTC or GMT with an optional offset.
    static func time(_ text: String) -> Date? {
        guard let m = text.wholeMatch(of: date), let month = LogClock.month(m.1), let day = Int(m.2), let year = Int(m.3),
              var hour = Int(m.4), let minute = Int(m.5), let second = Int(m.6), (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (m.7.lowercased() == "pm" ? 12 : 0)
        var offset = "Z"
        if let raw = m.9, let sign = raw.first {
            let digits = raw.dropFirst().filter(\.isNumber)
            let hours = digits.count <= 2 ? String(digits) : String(digits.dropLast(2))
            let minutes = digits.count <= 2 ? "00" : String(digits.suffix(2))
            offset = "\(sign)" + String(repeating: "0", count: max(0, 2 - hours.count)) + hours + ":" + minutes
        }
        return Timestamp.parse(String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second) + offset)
    }
}
