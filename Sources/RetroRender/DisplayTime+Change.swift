import Foundation

extension DisplayTime {
    /// The first change of the zone's offset within `[start, end]`: when it happened and the
    /// offsets before and after (seconds east of UTC).
    public func clockChange(from start: Date, to end: Date) -> (at: Date, before: Int, after: Int)? {
        guard end > start, let next = zone.nextDaylightSavingTimeTransition(after: start), next <= end else { return nil }
        let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
        let after = zone.secondsFromGMT(for: next)
        return before == after ? nil : (next, before, after)
    }

    /// `PDT`, `CET`, or `UTC-07:00` for a zone without a common abbreviation.
    public func abbreviation(_ date: Date) -> String { ZoneNames(zone: zone).abbreviation(at: date) }

    /// `America/Los_Angeles (UTC-07:00 until the clocks went back from 02:00 to 01:00 on
    /// 2026-11-01, then UTC-08:00)` for a span across a change; the plain label otherwise.
    public func zoneLabel(from start: Date, to end: Date?) -> String {
        guard let end, let change = clockChange(from: start, to: end) else { return zoneLabel(at: start) }
        let wallBefore = DisplayTime(zone: TimeZone(secondsFromGMT: change.before) ?? zone).time(change.at)
        let wallAfter = time(change.at)
        let direction = change.after < change.before ? "back" : "forward"
        return "\(zone.identifier) (\(Self.offset(change.before)) until the clocks went \(direction) from \(wallBefore) to \(wallAfter) on \(day(change.at)), then \(Self.offset(change.after)))"
    }
}
