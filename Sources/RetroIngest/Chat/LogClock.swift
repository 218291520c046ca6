import Foundation
import RetroModel

/// Turns the wall-clock times of a text log (no zone, often no date) into instants.
///
/// The date comes from the line itself, else from the last day-change line, else from `--date`,
/// else from a date in the file name (`2025-01-10.log`, ZNC's `#chan_20250110.log`). A log whose
/// lines cannot be dated is refused (`NoDate`), never placed on an invented day. When only times
/// are known, a time earlier than the one before it by over an hour is read as the next day, the
/// way a log that runs past midnight reads.
struct LogClock {
    /// A calendar day.
    struct Day: Equatable, Sendable {
        var year: Int, month: Int, day: Int
        var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    }

    /// Thrown by `instant` for a line that has a time but no findable date.
    struct NoDate: Error {}

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    let zone: TimeZone?
    private(set) var day: Day?
    private(set) var usedFileDate = false
    private(set) var usedGivenDate = false
    private(set) var rollovers = 0
    /// Local times that do not exist in `zone` (a daylight-saving gap).
    private(set) var gaps: ClockGaps
    private let fileDay: Day?
    private let givenDay: Day?
    private var lastSeconds: Int?

    init(zone: TimeZone?, fileName: String, date: Day? = nil) {
        self.zone = zone
        gaps = ClockGaps(zone: zone)
        givenDay = date
        fileDay = Self.isoDay(in: fileName) ?? Self.compactDay(in: fileName)
    }

    /// The day a file name gives, for tests and messages.
    func instantDay() -> String? { fileDay?.iso }

    /// The error for a text log whose lines cannot be dated, at the first such line.
    static func undated(path: String, line: Int) -> InputError {
        InputError(
            SourceLocation(path: path, line: line),
            "The log has times but no date, so retro cannot place its lines in time.",
            hint: "pass --date YYYY-MM-DD (retro inspect, retro init), give the chat source a 'date' in the incident file, or put the date in the file name (such as #inc_20250110.log or 2025-01-10.log)")
    }

    /// A day-change or log-opened line sets the day for the lines after it.
    mutating func setDay(_ day: Day) {
        self.day = day
        lastSeconds = nil
    }

    /// The instant of a line. `date` is the line's own date when it has one.
    mutating func instant(date: Day?, hour: Int, minute: Int, second: Int) throws(NoDate) -> Date? {
        let seconds = hour * 3600 + minute * 60 + second
        var resolved: Day
        if let date {
            resolved = date
            day = date
            lastSeconds = seconds
        } else {
            if day == nil {
                if let givenDay {
                    day = givenDay
                    usedGivenDate = true
                } else if let fileDay {
                    day = fileDay
                    usedFileDate = true
                } else {
                    throw NoDate()
                }
            }
            guard let current = day else { throw NoDate() }
            resolved = current
            if let last = lastSeconds, seconds + 3600 < last, let next = Self.adding(1, to: resolved) {
                resolved = next
                day = next
                rollovers += 1
            }
            lastSeconds = seconds
        }
        let text = "\(resolved.iso)T" + String(format: "%02d:%02d:%02d", hour, minute, second)
        guard let at = Timestamp.parse(text, zone: zone) else { return nil }
        if second < 60 { gaps.check(at, secondsOfDay: seconds, written: text) }
        return at
    }

    /// The year for dates that give only day and month (dircproxy's `[14 Jan 10:36]`).
    mutating func yearForPartialDates() throws(NoDate) -> Int {
        if let day { return day.year }
        if let givenDay { usedGivenDate = true; return givenDay.year }
        if let fileDay { usedFileDate = true; return fileDay.year }
        throw NoDate()
    }

    /// What the reader should know about how times were read.
    func notes(fileName: String) -> [String] {
        var notes: [String] = []
        if let zone {
            notes.append("Times carry no zone; read in \(zone.identifier) (--tz).")
        } else {
            notes.append("Times carry no zone; read as UTC; pass --tz to read them in the zone the log was written in.")
        }
        if usedGivenDate, let givenDay { notes.append("Lines without a date were dated \(givenDay.iso) (--date).") }
        if usedFileDate, let fileDay { notes.append("Lines without a date were dated \(fileDay.iso), from the file name '\(fileName)'.") }
        if let note = gaps.note { notes.append(note) }
        if rollovers > 0 { notes.append("Times that went backwards were read as the next day (\(rollovers) time(s)).") }
        return notes
    }

    static func isoDay(in name: String) -> Day? {
        guard let match = name.firstMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let y = Int(match.1), let m = Int(match.2), let d = Int(match.3),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `YYYYMMDD` standing alone in a file name, as ZNC writes it (`#chan_20250110.log`).
    static func compactDay(in name: String) -> Day? {
        guard let match = name.firstMatch(of: /(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^0-9]|$)/),
              let y = Int(match.1), let m = Int(match.2), let d = Int(match.3),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static func month(_ name: Substring) -> Int? {
        months.firstIndex(of: name.prefix(3).lowercased()).map { $0 + 1 }
    }

    static func adding(_ days: Int, to day: Day) -> Day? {
        guard let midnight = Timestamp.parse(day.iso) else { return nil }
        let iso = Timestamp.iso(midnight.addingTimeInterval(TimeInterval(days * 86_400)))
        return isoDay(in: String(iso.prefix(10)))
    }
}
