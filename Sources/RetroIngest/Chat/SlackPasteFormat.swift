import Foundation
import RetroModel

/// Text copied from the Slack client when no export is at hand: the author and time on a line of
/// their own ("Sam Okoye  1:54 AM", apps with an "APP" badge, older clients "[1:54 AM]"), the
/// message on the lines below, and a time alone ("1:55") for the same author's next message.
///
/// The copy carries no date and no zone: the day comes from day separators that name one
/// ("Monday, March 3rd"), `--date` or the file name, the zone from `--tz` (see `LogClock`).
struct SlackPasteFormat: SourceFormat {
    let name = "slack-paste"
    let kind = SourceKind.chat

    nonisolated(unsafe) static let header = #/^(\S(?:.{0,78}?\S)?)(\s+APP)?\s{2,}\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp][Mm])?\]?$/#
    nonisolated(unsafe) static let timeOnly = #/^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp][Mm])?\]?$/#
    nonisolated(unsafe) static let daySeparator = #/^(?:Today|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?)$/#

    func matches(_ input: SourceInput) -> Bool {
        let lines = TextLog.sample(input)
        guard let first = lines.first(where: { $0.wholeMatch(of: Self.daySeparator) == nil }), first.wholeMatch(of: Self.header) != nil else { return false }
        let headers = lines.filter { $0.wholeMatch(of: Self.header) != nil }.count
        // Speech lines outnumber headers; a log of "HH:MM name: text" lines has no header at all.
        return headers >= 1 && headers * 2 <= lines.count + 1
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        guard let data = input.data else { throw InputError(path: input.displayPath, "Text copied from Slack must be a file.") }
        let log = TextLog(data)
        let path = input.displayPath
        var clock = LogClock(zone: options.zone, fileName: input.url.lastPathComponent, date: try options.logDay())
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        var author: String?
        /// Slack marks apps and integrations with an "APP" badge after their name.
        var isApp = false
        var pending: (at: Date, line: Int)?
        var body: [String] = []

        func flush() {
            guard let (at, line) = pending, let author else { return }
            var lines = body
            while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
            while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
            messages.append(Message(
                id: "\(line)", at: at, author: Message.Author(id: author, name: author), text: lines.joined(separator: "\n"),
                bot: isApp, source: SourceRef(file: path, line: line)))
            pending = nil
            body = []
        }
        func instant(_ h: Substring, _ m: Substring, _ s: Substring?, _ ampm: Substring?, line: Int) throws -> Date? {
            guard var hour = Int(h), let minute = Int(m), minute < 60 else { return nil }
            if let ampm {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (ampm.lowercased() == "pm" ? 12 : 0)
            }
            guard hour < 24 else { return nil }
            do {
                return try clock.instant(date: nil, hour: hour, minute: minute, second: s.flatMap { Int($0) } ?? 0)
            } catch {
                throw LogClock.undated(path: path, line: line)
            }
        }

        for line in log.lines {
            let text = line.text.trimmingCharacters(in: CharacterSet(charactersIn: "\u{200E}\u{FEFF}"))
            if let day = text.wholeMatch(of: Self.daySeparator) {
                flush()
                if let month = day.1.flatMap(LogClock.month), let d = day.2.flatMap({ Int($0) }),
                   let year = day.3.flatMap({ Int($0) }) ?? (try? clock.yearForPartialDates()) {
                    clock.setDay(LogClock.Day(year: year, month: month, day: d))
                } else {
                    result.skipped.append(Skip(SourceLocation(path: path, line: line.number), "The day separator '\(text)' names no calendar day; the lines after it keep the day before it."))
                }
                continue
            }
            if let header = text.wholeMatch(of: Self.header) {
                flush()
                guard let at = try instant(header.3, header.4, header.5, header.6, line: line.number) else {
                    result.skipped.append(Skip(SourceLocation(path: path, line: line.number), "The time is not valid."))
                    author = nil
                    continue
                }
                author = String(header.1)
                isApp = header.2 != nil
                pending = (at, line.number)
                continue
            }
            if author != nil, let time = text.wholeMatch(of: Self.timeOnly) {
                flush()
                if let at = try instant(time.1, time.2, time.3, time.4, line: line.number) { pending = (at, line.number) }
                continue
            }
            if pending != nil {
                body.append(line.text)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                result.skipped.append(Skip(SourceLocation(path: path, line: line.number), "The line comes before the first 'Name  H:MM AM' line."))
            }
        }
        flush()
        result.notes = clock.notes(fileName: input.url.lastPathComponent)
        if let note = log.encodingNote { result.notes.append(note) }
        result.messages = MessageOrder.sorted(messages)
        return result
    }
}
