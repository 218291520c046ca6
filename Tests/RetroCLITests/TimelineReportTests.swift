import Foundation
import RetroModel
import RetroRender
import Testing

@testable import RetroCLI

@Suite("Timeline report")
struct TimelineReportTests {
    static let t0 = Timestamp.date(epochMilliseconds: 1_773_479_940_000)  // 2026-03-14T09:19:00Z

    static var timeline: DerivedTimeline {
        DerivedTimeline(
            events: [TimelineEvent(at: t0, kind: .detection, text: "Triggered", actor: "PagerDuty", key: true, origin: .alert, sources: [SourceRef(file: "pd.json", index: 0)])],
            signals: [CommunicationSignal(kind: .handoff, at: t0.addingTimeInterval(60), text: "The incident commander role passed.", sources: [SourceRef(file: "chat.json", index: 2)])],
            window: IncidentWindow(started: t0.addingTimeInterval(-940.5), detected: t0),
            milestones: [
                Milestone(name: "started", at: t0.addingTimeInterval(-940.5), origin: .given, basis: "given in the incident file"),
                Milestone(name: "detected", at: t0, origin: .derived, basis: "derived from the first alert trigger", sources: [SourceRef(file: "pd.json", index: 0)]),
            ])
    }

    @Test("JSON has the keys of docs/output-formats.md, in order, with UTC milliseconds and null for unknowns")
    func json() throws {
        let text = TimelineReport.json(for: Self.timeline).serialized(pretty: false)
        #expect(text.hasPrefix(#"{"window":{"started":"2026-03-14T09:03:19.500Z","detected":"2026-03-14T09:19:00.000Z","acknowledged":null,"mitigated":null,"resolved":null},"durations":{"time_to_detect_s":940,"time_to_acknowledge_s":null,"time_to_mitigate_s":null,"time_to_resolve_s":null},"#))
        #expect(text.contains(#""events":[{"at":"2026-03-14T09:19:00.000Z","kind":"detection","text":"Triggered","actor":"PagerDuty","key":true,"sources":[{"file":"pd.json","index":0}]}]"#))
        #expect(text.contains(#""signals":[{"kind":"handoff","at":"2026-03-14T09:20:00.000Z","text":"The incident commander role passed.","events":[{"file":"chat.json","index":2}]}]"#))
        #expect(text.hasSuffix(#""derived":{"started":{"origin":"given","basis":"given in the incident file","sources":[]},"detected":{"origin":"derived","basis":"derived from the first alert trigger","sources":[{"file":"pd.json","index":0}]}}}"#))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test("durations are written one way everywhere", arguments: [
        (45, "45 s"), (59, "59 s"), (89, "1 min"), (940, "15 min"), (3900, "1 h 5 min"), (3600, "1 h"), (7550, "2 h 5 min"),
        (3599, "59 min"), (-20, "−20 s"), (-940, "−15 min"), (0, "0 s"), (90_000, "1 d 1 h"), (88_199, "1 d"),
    ])
    func short(seconds: Int, text: String) {
        #expect(DurationText.short(TimeInterval(seconds)) == text)
        #expect(DisplayTime.duration(seconds) == text)
    }

    @Test("durations in sentences", arguments: [
        (1, "1 second"), (45, "45 seconds"), (60, "1 minute"), (170, "2 minutes"), (940, "15 minutes"), (5400, "1 hour 30 minutes"), (3600, "1 hour"), (90_000, "25 hours"),
    ])
    func long(seconds: Int, text: String) {
        #expect(DurationText.long(TimeInterval(seconds)) == text)
    }

    @Test("text form, in UTC by default")
    func text() {
        let text = TimelineReport.text(for: Self.timeline)
        #expect(text.hasPrefix("window (times in UTC):"))
        #expect(text.contains("  detected      2026-03-14T09:19:00.000Z  derived from the first alert trigger"))
        #expect(text.contains("  * 2026-03-14T09:19:00.000Z detection       [alert] Triggered (PagerDuty)"))
        #expect(text.contains("time to detect       15 min\n"))
    }

    @Test("text form in a zone: the offset in force at each time")
    func zoned() throws {
        let clock = ZonedTime(zone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let text = TimelineReport.text(for: Self.timeline, clock: clock)
        #expect(text.hasPrefix("window (times in Europe/Berlin (UTC+01:00)):"))
        #expect(text.contains("  detected      2026-03-14T10:19:00.000+01:00  derived from the first alert trigger"))
        #expect(text.contains("  * 2026-03-14T10:19:00.000+01:00 detection       [alert] Triggered (PagerDuty)"))
        // After the change to summer time on 29 March 2026 (01:00 UTC), Berlin is two hours ahead.
        #expect(clock.stamp(Date(timeIntervalSince1970: 1_774_746_000)) == "2026-03-29T03:00:00.000+02:00")
        #expect(clock.stamp(Date(timeIntervalSince1970: 1_774_745_999)) == "2026-03-29T01:59:59.000+01:00")
        #expect(ZonedTime(zone: try #require(TimeZone(identifier: "America/St_Johns"))).stamp(Date(timeIntervalSince1970: 0)) == "1969-12-31T20:30:00.000-03:30")
    }
}
