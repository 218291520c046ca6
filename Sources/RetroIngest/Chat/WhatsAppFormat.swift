import Foundation
import RetroModel

/// WhatsApp (and Signal) text exports: `12/31/23, 9:41 PM - Name: text`,
/// `[31.12.23, 21:41:05] Name: text`, `2019/01/01, 11:25 - Name: text`; lines without a prefix
/// continue the message before; prefixed lines without `Name:` are system notices.
struct WhatsAppFormat: SourceFormat {
    let name = "whatsapp"
    let kind = SourceKind.chat

    nonisolated(unsafe) static let header = #/^\[?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \u{202F}\u{00A0}]?([aApP])\.? ?[mM]\.?)?(?:\] | - )(.*)$/#

    private struct Entry {
        var first: Int, second: Int, third: Int, firstWidth: Int
        var hour: Int, minute: Int, second_: Int
        var meridiem: Character?
        var rest: String
        var line: Int
        var continuation: [String] = []
    }

    func matches(_ input: SourceInput) -> Bool {
        let lines = TextLog.sample(input)
        guard let first = lines.first else { return false }
        return first.wholeMatch(of: Self.header) != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        guard let data = input.data else { throw InputError(path: input.displayPath, "A WhatsApp export must be a file.") }
        let log = TextLog(data)
        var result = IngestResult(format: name, kind: kind)
        var entries: [Entry] = []
        for line in log.lines {
            let text = line.text.replacingOccurrences(of: "\u{200E}", with: "")
            if let m = text.wholeMatch(of: Self.header), let a = Int(m.1), let b = Int(m.2), let c = Int(m.3), let h = Int(m.4), let mi = Int(m.5) {
                entries.append(Entry(
                    first: a, second: b, third: c, firstWidth: m.1.count, hour: h, minute: mi, second_: Int(m.6 ?? "0") ?? 0,
                    meridiem: m.7.map { Character($0.lowercased()) }, rest: String(m.8), line: line.number))
            } else if !entries.isEmpty {
                entries[entries.count - 1].continuation.append(text)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The line comes before the first dated message."))
            }
        }
        let dayFirst = entries.contains { $0.firstWidth < 4 && $0.first > 12 }
        let monthFirst = entries.contains { $0.firstWidth < 4 && $0.second > 12 }
        if !dayFirst, !monthFirst, entries.contains(where: { $0.firstWidth < 4 }) {
            result.notes.append("Dates could be day/month or month/day; they were read as day/month.")
        } else if dayFirst, monthFirst {
            result.notes.append("Dates mix day/month and month/day orders; they were read as day/month.")
        }
        var messages: [Message] = []
        var gaps = ClockGaps(zone: options.zone)
        for entry in entries {
            let year: Int, month: Int, day: Int
            if entry.firstWidth == 4 {
                (year, month, day) = (entry.first, entry.second, entry.third)
            } else {
                year = entry.third < 100 ? 2000 + entry.third : entry.third
                (day, month) = monthFirst && !dayFirst ? (entry.second, entry.first) : (entry.first, entry.second)
            }
            var hour = entry.hour
            if entry.meridiem == "p", hour < 12 { hour += 12 }
            if entry.meridiem == "a", hour == 12 { hour = 0 }
            let stamp = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, entry.minute, entry.second_)
            guard (1...12).contains(month), (1...31).contains(day), hour < 24, let at = Timestamp.parse(stamp, zone: options.zone) else {
                result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: entry.line), "'\(stamp)' is not a valid date and time."))
                continue
            }
            if entry.second_ < 60 { gaps.check(at, secondsOfDay: hour * 3600 + entry.minute * 60 + entry.second_, written: stamp) }
            var author = "", text = entry.rest
            if let colon = entry.rest.firstIndex(of: ":") {
                author = String(entry.rest[..<colon])
                text = String(entry.rest[entry.rest.index(after: colon)...])
                if text.hasPrefix(" ") { text.removeFirst() }
            }
            if !entry.continuation.isEmpty { text += "\n" + entry.continuation.joined(separator: "\n") }
            messages.append(Message(
                id: "\(entry.line)", at: at, author: Message.Author(id: author, name: author.isEmpty ? "system" : author), text: text,
                edited: text.hasSuffix("<This message was edited>"), deleted: text == "This message was deleted",
                kind: author.isEmpty ? .system : .message, source: SourceRef(file: input.displayPath, line: entry.line)))
        }
        result.notes.insert(options.zone.map { "Times carry no zone; read in \($0.identifier) (--tz)." }
            ?? "Times carry no zone; read as UTC; pass --tz to read them in the zone of the phone that exported them.", at: 0)
        if let note = gaps.note { result.notes.append(note) }
        if let note = log.encodingNote { result.notes.append(note) }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "No line of this file looks like a WhatsApp or Signal message line (a date and time, then Name: text)." , hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
