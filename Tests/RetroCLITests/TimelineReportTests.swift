import Foundation
import RetroModel
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

    @Test("text marks key events and spells durations", arguments: [(45, "45s"), (940, "15m 40s"), (3900, "1h 05m 00s"), (-20, "-20s")])
    func span(seconds: Int, text: String) {
        #expect(TimelineReport.span(seconds) == text)
    }

    @Test("text form")
    func text() {
        let text = TimelineReport.text(for: Self.timeline)
        #expect(text.contains("  detected      2026-03-14T09:19:00.000Z  derived from the first alert trigger"))
        #expect(text.contains("  * 2026-03-14T09:19:00.000Z detection       [alert] Triggered (PagerDuty)"))
        #expect(text.contains("time to detect       15m 40s"))
    }
}
