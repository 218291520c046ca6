import Foundation
import RetroModel

/// IRC logs as irssi, ZNC, dircproxy, irclog2html and bouncers write them:
/// `[HH:MM] <nick> text`, `YYYY-MM-DDTHH:MM:SS  <nick> text`, `[14 Jan 10:36] <nick!user@host> +text`,
/// `* nick action`, and join/part/quit lines (`***`, `-->`, `<--`, `-!-`) kept as system messages.
struct IRCFormat: SourceFormat {
    let name = "irc"
    let kind = SourceKind.chat

    /// Optional bracket, optional date (ISO, `DD-Mon-YYYY`, `Mon DD`, `DD Mon`), then the time.
    nonisolated(unsafe) static let stamp = #/^\[?(?:(\d{4})-(\d{2})-(\d{2})[T ]|(\d{2})-([A-Za-z]{3})-(\d{4}) |([A-Za-z]{3}) (\d{1,2}) |(\d{1,2}) ([A-Za-z]{3}) )?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+(.*)$/#
    nonisolated(unsafe) static let said = #/^<([^>!\s]+)(!([^>]*))?> ?(.*)$/#
    nonisolated(unsafe) static let dayChange = #/(?i)(day changed|log opened|begin logging|session start)/#

    func matches(_ input: SourceInput) -> Bool {
        let lines = TextLog.sample(input)
        guard !lines.isEmpty else { return false }
        var stamped = 0, spoken = 0
        for line in lines {
            guard let match = line.wholeMatch(of: Self.stamp) else { continue }
            stamped += 1
            if match.14.wholeMatch(of: Self.said) != nil { spoken += 1 }
        }
        return spoken > 0 && stamped * 2 >= lines.count
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        guard let data = input.data else { throw InputError(path: input.displayPath, "An IRC log must be a file.") }
        let log = TextLog(data)
        let fileName = input.url.lastPathComponent
        var clock = LogClock(zone: options.zone, fileName: fileName, date: try options.logDay())
        var result = IngestResult(format: name, kind: kind)
        var messages: [Message] = []
        for line in log.lines where !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let match = line.text.wholeMatch(of: Self.stamp) else {
                if line.text.firstMatch(of: Self.dayChange) != nil, let day = Self.day(in: line.text) {
                    clock.setDay(day)
                } else {
                    result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The line has no time stamp."))
                }
                continue
            }
            let at: Date
            do {
                var date: LogClock.Day?
                if let y = Int(match.1 ?? ""), let m = Int(match.2 ?? ""), let d = Int(match.3 ?? "") {
                    date = LogClock.Day(year: y, month: m, day: d)
                } else if let d = Int(match.4 ?? ""), let m = match.5.flatMap(LogClock.month), let y = Int(match.6 ?? "") {
                    date = LogClock.Day(year: y, month: m, day: d)
                } else if let m = match.7.flatMap(LogClock.month), let d = Int(match.8 ?? "") {
                    date = LogClock.Day(year: try clock.yearForPartialDates(), month: m, day: d)
                } else if let d = Int(match.9 ?? ""), let m = match.10.flatMap(LogClock.month) {
                    date = LogClock.Day(year: try clock.yearForPartialDates(), month: m, day: d)
                }
                guard let hour = Int(match.11), let minute = Int(match.12), hour < 24, minute < 60,
                      let instant = try clock.instant(date: date, hour: hour, minute: minute, second: Int(match.13 ?? "0") ?? 0) else {
                    result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The time stamp is not a valid time."))
                    continue
                }
                at = instant
            } catch {
                throw LogClock.undated(path: input.displayPath, line: line.number)
            }
            guard let body = Self.body(String(match.14)) else {
                result.skipped.append(Skip(SourceLocation(path: input.displayPath, line: line.number), "The line is neither speech (<nick>), an action (* nick), a notice (-nick-) nor a channel event (***, -->, <--, -!-)."))
                continue
            }
            messages.append(Message(
                id: "\(line.number)", at: at, author: Message.Author(id: body.author, name: body.author), text: body.text,
                bot: body.kind == .notice, kind: body.kind == .event ? .system : .message,
                source: SourceRef(file: input.displayPath, line: line.number)))
        }
        result.notes = clock.notes(fileName: fileName)
        if let note = log.encodingNote { result.notes.append(note) }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "No line of this file looks like an IRC log line (a time, then <nick>, * nick or a join/part marker)." , hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    /// What a line after its time stamp is.
    struct Body: Equatable {
        enum Kind { case speech, notice, event }
        var author: String
        var text: String
        var kind: Kind
    }

    /// Who said what: speech and actions, notices (`-nick- text`, which bots and services send), and
    /// channel events. An event names the nick it is about (`*** Joins: dana (~d@host)` is dana's).
    static func body(_ rest: String) -> Body? {
        if let said = rest.wholeMatch(of: Self.said) {
            var text = String(said.4)
            // dircproxy marks each line with + or - (identified or not) after a full hostmask.
            if said.2 != nil, let first = text.first, first == "+" || first == "-" { text.removeFirst() }
            return Body(author: String(said.1), text: text, kind: .speech)
        }
        if rest.hasPrefix("* ") {
            let words = rest.dropFirst(2).split(separator: " ", maxSplits: 1)
            return Body(author: words.first.map(String.init) ?? "unknown", text: words.count > 1 ? String(words[1]) : "", kind: .speech)
        }
        if let notice = notice(rest) { return notice }
        let markers = ["***", "-->", "<--", "-!-", "--", "==="]
        guard let marker = markers.first(where: { rest.hasPrefix($0) }) else { return nil }
        let stripped = rest.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
        var words = stripped.split(separator: " ")
        // ZNC: `*** Joins: nick (ident@host)`, `*** Quits: …`, `*** Parts: …`, `*** Kicks: …`.
        if let verb = words.first, verb.hasSuffix(":"), verb.count > 1, words.count > 1 { words.removeFirst() }
        return Body(author: words.first.map(String.init) ?? "unknown", text: stripped, kind: .event)
    }

    /// `-nick- text` (ZNC and irssi write notices this way; `-!-` is irssi's event marker, not a nick).
    private static func notice(_ rest: String) -> Body? {
        guard rest.first == "-", let end = rest.dropFirst().firstIndex(of: "-") else { return nil }
        let nick = rest[rest.index(after: rest.startIndex)..<end]
        guard !nick.isEmpty, nick != "!", !nick.contains(" "), !nick.hasPrefix(">"), nick.first != "-" else { return nil }
        let after = rest[rest.index(after: end)...]
        guard after.isEmpty || after.first == " " else { return nil }
        return Body(author: String(nick), text: after.trimmingCharacters(in: .whitespaces), kind: .notice)
    }

    /// The day named in a day-change line: `Mon Jan 01 2024`, `Tue Jan 09 09:00:00 2024`, or ISO.
    static func day(in line: String) -> LogClock.Day? {
        if let iso = LogClock.isoDay(in: line) { return iso }
        guard let match = line.firstMatch(of: /([A-Za-z]{3}) +(\d{1,2})(?: [\d:]+)? (\d{4})/),
              let month = LogClock.month(match.1), let d = Int(match.2), let y = Int(match.3) else { return nil }
        return LogClock.Day(year: y, month: month, day: d)
    }
}
