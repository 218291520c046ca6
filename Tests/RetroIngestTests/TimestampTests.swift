import Foundation
import RetroModel
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-03-14T09:02:00Z", "2026-03-14T09:02:00.000Z"),
        ("2026-03-14T09:02:00.5Z", "2026-03-14T09:02:00.500Z"),
        ("2026-03-14T09:02:00.123456789Z", "2026-03-14T09:02:00.123Z"),
        ("2026-03-14T10:02:00+01:00", "2026-03-14T09:02:00.000Z"),
        ("2026-03-14T10:02:00+0100", "2026-03-14T09:02:00.000Z"),
        ("2026-03-14T04:02:00-05", "2026-03-14T09:02:00.000Z"),
        ("2026-03-14 09:02:00Z", "2026-03-14T09:02:00.000Z"),
        ("2026-03-14T09:02Z", "2026-03-14T09:02:00.000Z"),
        ("2020-02-29T23:59:59.999Z", "2020-02-29T23:59:59.999Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59.000Z"),
        ("2026-03-14", "2026-03-14T00:00:00.000Z"),
    ])
    func parses(input: String, expected: String) throws {
        let date = try #require(Timestamp.parse(input))
        #expect(Timestamp.iso(date) == expected)
    }

    @Test(arguments: ["", "2026-13-01T00:00:00Z", "2026-03-14T09:02:00ZZ", "14/03/2026", "2026-03-14T9:02Z", "2026-03-14T09:02:00.Z", "2026-03-14T09:02:00+2500"])
    func rejects(input: String) {
        #expect(Timestamp.parse(input) == nil)
    }

    @Test func zoneLessTimesUseTheGivenZoneAcrossDaylightSaving() throws {
        let berlin = TimeZone(identifier: "Europe/Berlin")
        #expect(Timestamp.iso(try #require(Timestamp.parse("2026-01-15T12:00:00", zone: berlin))) == "2026-01-15T11:00:00.000Z")
        #expect(Timestamp.iso(try #require(Timestamp.parse("2026-07-15T12:00:00", zone: berlin))) == "2026-07-15T10:00:00.000Z")
    }

    @Test(arguments: [("1736554636.807919", "2025-01-11T00:17:16.807Z"), ("1736554636", "2025-01-11T00:17:16.000Z"), ("1736554636.8", "2025-01-11T00:17:16.800Z")])
    func parsesEpochSecondsExactly(input: String, expected: String) throws {
        #expect(Timestamp.iso(try #require(Timestamp.parseEpochSeconds(input))) == expected)
    }
}
