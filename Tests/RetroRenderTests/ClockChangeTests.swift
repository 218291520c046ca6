import Foundation
import Testing
import RetroAssemble
@testable import RetroRender
import RetroModel

@Suite("Clock changes")
struct ClockChangeTests {
    static let la = DisplayTime(zone: TimeZone(identifier: "America/Los_Angeles")!)
    static func utc(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test("a span across the end of daylight saving time names both offsets and the change")
    func spanAcrossTheChange() throws {
        // 2026-11-01 09:00 UTC: clocks in Los Angeles go back from 02:00 PDT to 01:00 PST.
        let change = try #require(Self.la.clockChange(from: Self.utc("2026-11-01T08:40:00Z"), to: Self.utc("2026-11-01T10:20:00Z")))
        #expect(change.at == Self.utc("2026-11-01T09:00:00Z"))
        #expect(change.before == -7 * 3600 && change.after == -8 * 3600)
        #expect(
            Self.la.zoneLabel(from: Self.utc("2026-11-01T08:40:00Z"), to: Self.utc("2026-11-01T10:20:00Z"))
                == "America/Los_Angeles (UTC-07:00 until the clocks went back from 02:00 to 01:00 on 2026-11-01, then UTC-08:00)")
        #expect(Self.la.abbreviation(Self.utc("2026-11-01T08:58:00Z")) == "PDT")
        #expect(Self.la.abbreviation(Self.utc("2026-11-01T09:12:00Z")) == "PST")
    }

    @Test("a span without a change keeps the plain label")
    func noChange() {
        #expect(Self.la.clockChange(from: Self.utc("2026-11-02T08:00:00Z"), to: Self.utc("2026-11-02T12:00:00Z")) == nil)
        #expect(Self.la.zoneLabel(from: Self.utc("2026-11-02T08:00:00Z"), to: Self.utc("2026-11-02T12:00:00Z")) == "America/Los_Angeles (UTC-08:00)")
    }

    @Test("timeline rows name the offset where it changes and mark the change")
    func timelineRows() throws {
        var incident = Incident(id: "BILL-1", title: "t", severity: "SEV2")
        incident.timezone = "America/Los_Angeles"
        incident.window = IncidentWindow(started: Self.utc("2026-11-01T08:41:00Z"), resolved: Self.utc("2026-11-01T10:20:00Z"))
        incident.timeline = [
            TimelineEvent(at: Self.utc("2026-11-01T08:58:00Z"), kind: .action, text: "one"),
            TimelineEvent(at: Self.utc("2026-11-01T09:12:00Z"), kind: .action, text: "two"),
            TimelineEvent(at: Self.utc("2026-11-01T09:31:00Z"), kind: .action, text: "three"),
        ]
        let retro = Assembler.assemble(incident)
        let rows = try #require(RetrospectiveView(retro, sourceFile: "incident.yaml").timeline()["events"] as? [[String: Any]])
        #expect(rows.map { $0["time"] as? String } == ["2026-11-01 01:58 PDT", "01:12 PST (clocks changed)", "01:31"])
    }
}
