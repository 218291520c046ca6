import Foundation
import RetroModel

/// The simplest chat log: `HH:MM name: text` (seconds and an ISO date in front are optional),
/// with unprefixed lines continuing the message before.
struct PlainChatFormat: SourceFormat {
    let name = "plain-chat"
    let kind = SourceKind.chat

    nonisolated(unsafe) static let header = #/^\[?(?:(\d{4})-(\d{2})-(\d{2})[T ])?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:\s][^:]{0,63}?):\s?(.*)$/#

    func matches(_ input: SourceInput) -> Bool {
        let lines = TextLog.sample(input)
        guard let first = lines.first, first.wholeMatch(of: Self.header) != nil else { return false }
        return lines.filter { $0.wholeMatch(of: Self.header) != nil }.count * 2 >= lines.count
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        guard let data = input.data else { throw InputError(path: input.displayPath, "A chat log must be a file.") }
        let log = TextLog(data)
        let fileName = input.url.lastPathComponent
        var clock = LogClock(zone: options.zone, fileName: fileName, date: try options.logDay())
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for line in log.lines {
            guard let m = line.text.wholeMatch(of: Self.header) else {
                if !messages.isEmpty {
                    messages[messages.count - 1].text += "\n" + line.text
                } else if !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The line comes before the first timed message."))
                }
                continue
            }
            var date: LogClock.Day?
            if let y = Int(m.1 ?? ""), let mo = Int(m.2 ?? ""), let d = Int(m.3 ?? "") { date = LogClock.Day(year: y, month: mo, day: d) }
            var instant: Date?
            if let hour = Int(m.4), let minute = Int(m.5), hour < 24, minute < 60 {
                do {
                    instant = try clock.instant(date: date, hour: hour, minute: minute, second: Int(m.6 ?? "0") ?? 0)
                } catch {
                    throw LogClock.undated(path: input.displayPath, line: line.number)
                }
            }
            guard let at = instant else {
                result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The time is not valid."))
                continue
            }
            let author = String(m.7)
            messages.append(Message(
                id: "\(line.number)", at: at, author: Message.Author(id: author, name: author), text: String(m.8),
                source: SourceRef(file: input.displayPath, line: line.number)))
        }
        while let last = messages.last?.text, last.hasSuffix("\n") { messages[messages.count - 1].text.removeLast() }
        result.notes = clock.notes(fileName: fileName)
        if let note = log.encodingNote { result.notes.append(note) }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "No line of this file looks like a chat line ('HH:MM name: text')." , hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
