import Foundation
import RetroModel

/// Times and durations as a reader sees them: in the incident's display zone, named.
public struct DisplayTime: Sendable {
    public let zone: TimeZone
    private let calendar: Calendar

    public init(zone: TimeZone) {
        self.zone = zone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    /// `Europe/Berlin (UTC+01:00)` — the offset in force at `date`.
    public func zoneLabel(at date: Date) -> String {
        let id = zone.identifier
        let offset = Self.offset(zone.secondsFromGMT(for: date))
        return id == "UTC" || id == "GMT" ? "UTC" : "\(id) (\(offset))"
    }

    /// `UTC+01:00`, `UTC−05:00`, `UTC+05:30`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "UTC\(sign)\(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    /// `2026-03-14 10:02`
    public func dateTime(_ date: Date) -> String { "\(day(date)) \(time(date))" }

    /// `10:02`
    public func time(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return "\(Self.pad(c.hour ?? 0)):\(Self.pad(c.minute ?? 0))"
    }

    /// `2026-03-14`
    public func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.year ?? 0)-\(Self.pad(c.month ?? 0))-\(Self.pad(c.day ?? 0))"
    }

    /// `14 March 2026`
    public func longDay(_ date: Date) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.day ?? 0) \(months[((c.month ?? 1) - 1) % 12]) \(c.year ?? 0)"
    }

    /// `2 h 5 min`, `17 min`, `45 s`, `3 d 4 h`; a negative span keeps its sign.
    public static func duration(_ seconds: TimeInterval) -> String {
        let sign = seconds < 0 ? "−" : ""
        let total = Int(saturating: abs(seconds).rounded())
        let d = total / 86_400, h = (total % 86_400) / 3600, m = (total % 3600) / 60, s = total % 60
        let text: String
        if d > 0 { text = h > 0 ? "\(d) d \(h) h" : "\(d) d" }
        else if h > 0 { text = m > 0 ? "\(h) h \(m) min" : "\(h) h" }
        else if m > 0 { text = "\(m) min" }
        else { text = "\(s) s" }
        return sign + text
    }

    /// `duration` for whole seconds.
    public static func duration(_ seconds: Int) -> String { duration(TimeInterval(seconds)) }

    /// `2 hours 5 minutes`, for sentences a customer reads.
    public static func longDuration(_ seconds: TimeInterval) -> String {
        let total = Int(saturating: abs(seconds).rounded()) / 60
        let h = total / 60, m = total % 60
        func unit(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if h == 0 { return unit(m, "minute") }
        return m == 0 ? unit(h, "hour") : "\(unit(h, "hour")) \(unit(m, "minute"))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
