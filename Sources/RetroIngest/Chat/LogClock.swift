import Foundation
import RetroModel

/// Turns the wall-clock times of a text log (no zone, often no date) into instants.
///
/// The date comes from the line itself, else from the last day-change line, else from a
/// `YYYY-MM-DD` in the file name, else from a fixed fallback (1970-01-01) that the notes state.
/// When only times are known, a time earlier than the one before it by over an hour is read as
/// the next day, the way a log that runs past midnight reads.
struct LogClock {
    /// A calendar day.
    struct Day: Equatable {
        var year: Int, month: Int, day: Int
        var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    }

    static let fallbackDay = Day(year: 1970, month: 1, day: 1)
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    let zone: TimeZone?
    private(set) var day: Day?
    private(set) var usedFileDate = false
    private(set) var usedFallback = false
    private(set) var rollovers = 0
    private let fileDay: Day?
    private var lastSeconds: Int?

    init(zone: TimeZone?, fileName: String) {
        self.zone = zone
        fileDay = Self.isoDay(in: fileName)
    }

    /// A day-change or log-opened line sets the day for the lines after it.
    mutating func setDay(_ day: Day) {
        self.day = day
        lastSeconds = nil
    }

    /// The instant of a line. `date` is the line's own date when it has one; `year` alone fills in a partial one.
    mutating func instant(date: Day?, hour: Int, minute: Int, second: Int) -> Date? {
        let seconds = hour * 3600 + minute * 60 + second
        var resolved: Day
        if let date {
            resolved = date
            day = date
            lastSeconds = seconds
        } else {
            if day == nil {
                if let fileDay { day = fileDay; usedFileDate = true } else { day = Self.fallbackDay; usedFallback = true }
            }
            resolved = day ?? Self.fallbackDay
            if let last = lastSeconds, seconds + 3600 < last, let next = Self.adding(1, to: resolved) {
                resolved = next
                day = next
                rollovers += 1
            }
            lastSeconds = seconds
        }
        let text = "\(resolved.iso)T" + String(format: "%02d:%02d:%02d", hour, minute, second)
        return Timestamp.parse(text, zone: zone)
    }

    /// The year for dates that give only day and month (dircproxy's `[14 Jan 10:36]`).
    mutating func yearForPartialDates() -> Int {
        if let day { return day.year }
        if let fileDay { usedFileDate = true; return fileDay.year }
        usedFallback = true
        return Self.fallbackDay.year
    }

    /// What the reader should know about how times were read.
    func notes(fileName: String) -> [String] {
        var notes: [String] = []
        if let zone {
            notes.append("Times carry no zone; read in \(zone.identifier) (--tz).")
        } else {
            notes.append("Times carry no zone; read as UTC; pass --tz to read them in the zone the log was written in.")
        }
        if usedFileDate, let fileDay { notes.append("Lines without a date were dated \(fileDay.iso), from the file name '\(fileName)'.") }
        if usedFallback {
            notes.append("The log has times but no date; lines without a date were dated \(Self.fallbackDay.iso) (name the file with its date, e.g. 2025-01-10.log, to date them).")
        }
        if rollovers > 0 { notes.append("Times that went backwards were read as the next day (\(rollovers) time(s)).") }
        return notes
    }

    static func isoDay(in name: String) -> Day? {
        guard let match = name.firstMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let y = Int(match.1), let m = Int(match.2), let d = Int(match.3),
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
