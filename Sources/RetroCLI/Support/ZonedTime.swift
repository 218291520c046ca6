import Foundation
import RetroModel
import RetroRender

/// Times in the text output of `retro timeline` and `retro inspect`: ISO 8601 with milliseconds,
/// in the zone `--tz` (or the incident file) names, with that zone's offset at each moment, so
/// every line is unambiguous across a daylight-saving change. UTC keeps its `Z`.
struct ZonedTime {
    let zone: TimeZone

    static let utc = ZonedTime(zone: TimeZone(identifier: "UTC")!)

    var isUTC: Bool { zone.secondsFromGMT() == 0 && (zone.identifier == "UTC" || zone.identifier == "GMT") }

    /// `2026-03-14T10:19:00.000+01:00`; in UTC, `2026-03-14T09:19:00.000Z`.
    func stamp(_ date: Date) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let utc = Timestamp.iso(date.addingTimeInterval(TimeInterval(offset)))
        guard !isUTC else { return Timestamp.iso(date) }
        return String(utc.dropLast()) + Self.offset(offset)
    }

    /// `UTC`, or `Europe/Berlin (UTC+01:00)` at `date`: the heading of a text output.
    func label(at date: Date?) -> String {
        isUTC ? "UTC" : DisplayTime(zone: zone).zoneLabel(at: date ?? Date(timeIntervalSince1970: 0))
    }

    /// `+01:00`, `-05:00`, `+05:30`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }
}
