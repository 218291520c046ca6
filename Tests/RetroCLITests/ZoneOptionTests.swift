import Foundation
import Testing

/// `--tz` on `retro timeline` and `retro inspect`: text in the zone with its offset, JSON in UTC.
@Suite struct ZoneOptionTests {
    static let sample = "samples/payments-pool-exhaustion/incident.yaml"
    static let alerts = "samples/payments-pool-exhaustion/alerts/pagerduty.json"

    @Test func timelineShowsTheIncidentsZoneUnlessTzNamesAnother() throws {
        let own = try RetroBinary.run(["timeline", Self.sample])
        #expect(own.status == 0)
        // The sample's window starts at 09:02Z; its timezone is Europe/Berlin (UTC+01:00 in March).
        #expect(own.stdout.hasPrefix("window (times in Europe/Berlin (UTC+01:00)):\n  started       2026-03-14T10:02:00.000+01:00"), "\(own.stdout.prefix(200))")
        let utc = try RetroBinary.run(["timeline", Self.sample, "--tz", "UTC"])
        #expect(utc.stdout.hasPrefix("window (times in UTC):\n  started       2026-03-14T09:02:00.000Z"))
        let tokyo = try RetroBinary.run(["timeline", Self.sample, "--tz", "Asia/Tokyo"])
        #expect(tokyo.stdout.contains("  started       2026-03-14T18:02:00.000+09:00"))
        #expect(tokyo.stdout.contains("  time to detect       17 min\n"))
        let json = try RetroBinary.run(["timeline", Self.sample, "--json", "--tz", "Asia/Tokyo"])
        #expect(json.stdout.contains(#""started": "2026-03-14T09:02:00.000Z""#))
    }

    @Test func inspectShowsTextTimesInTz() throws {
        let text = try RetroBinary.run(["inspect", Self.alerts, "--tz", "America/New_York"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("time range: 2026-03-14T05:19:30.000-04:00 to 2026-03-14T07:07:02.000-04:00 (America/New_York (UTC-04:00))"), "\(text.stdout)")
        let plain = try RetroBinary.run(["inspect", Self.alerts])
        #expect(plain.stdout.contains("time range: 2026-03-14T09:19:30.000Z to 2026-03-14T11:07:02.000Z (UTC)"))
        let json = try RetroBinary.run(["inspect", Self.alerts, "--json", "--tz", "America/New_York"])
        #expect(json.stdout.contains(#""at": "2026-03-14T09:19:30.000Z""#))
    }

    @Test func anUnknownZoneIsBadInput() throws {
        let result = try RetroBinary.run(["timeline", Self.sample, "--tz", "Mars/Olympus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("retro: error: --tz: 'Mars/Olympus' is not a time zone retro knows."))
    }
}
