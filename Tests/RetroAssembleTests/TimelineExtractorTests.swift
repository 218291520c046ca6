import Foundation
import RetroAssemble
import RetroModel
import Testing

@Suite("Timeline extraction")
struct TimelineExtractorTests {
    typealias S = TimelineScenario
    let timeline = TimelineExtractor().derive(incident: S.incident, messages: S.messages, alerts: S.alerts)

    @Test("events are classified, merged with the hand-written one and sorted")
    func events() {
        let summary = timeline.events.map { "\(Timestamp.iso($0.at).dropFirst(11).prefix(5)) \($0.kind.rawValue) \($0.origin.rawValue)" }
        #expect(summary == [
            "09:15 detection chat", "09:19 detection alert", "09:20 role chat", "09:23 acknowledgement alert",
            "09:40 action chat", "09:43 action chat", "09:50 handover chat",
            "10:40 mitigation incident-file", "11:07 resolution alert",
        ])
        // The chat message "errors back to normal" a minute after the hand-written mitigation is the same event.
        let mitigation = timeline.events.filter { $0.kind == .mitigation }
        #expect(mitigation.count == 1)
        #expect(mitigation.first?.text == "Rolled back payments-api 4.18.2")
        #expect(mitigation.first?.sources == [SourceRef(file: "chat.json", index: 10)])
    }

    @Test("actors are named from the incident file's people, by id or alias")
    func actors() {
        #expect(timeline.events.first { $0.kind == .role }?.actor == "Ana Lima")
        #expect(timeline.events.last?.actor == "Ben Ito")
        #expect(timeline.events.first?.actor == "Cy Park")
    }

    @Test("key events: alert transitions, the handover, the step that fixed it, recovery, resolution; not roles, other steps or symptoms")
    func keys() {
        let keyed = timeline.events.filter(\.key).map { "\($0.kind.rawValue)@\(Timestamp.iso($0.at).dropFirst(11).prefix(5))" }
        // Two steps at 09:40 and 09:43; the later one is the last before the recovery, so only it is key.
        #expect(keyed == [
            "detection@09:19", "acknowledgement@09:23", "action@09:43", "handover@09:50", "mitigation@10:40", "resolution@11:07",
        ])
    }

    @Test("chatter holds unclassified human messages only: no bots, no system messages")
    func chatter() {
        // m9, Ben's "I'm IC" a minute after Ana handed IC to him, confirms the handover: not a new role event.
        #expect(timeline.chatter.map(\.id) == ["m3", "m4", "m9"])
        #expect(timeline.ignoredBotMessages == 1)
    }

    @Test("missing milestones are derived and say from what; given ones are kept")
    func window() throws {
        let w = timeline.window
        #expect(w.started == S.at(2))
        #expect(w.detected == S.at(15))  // the chat report comes before the alert
        #expect(w.acknowledged == S.at(23))
        #expect(w.mitigated == S.at(100))
        #expect(w.resolved == S.at(127))
        let origins = timeline.milestones.map(\.origin)
        #expect(origins == [.given, .derived, .derived, .derived, .derived])
        let detected = try #require(timeline.milestones.first { $0.name == "detected" })
        #expect(detected.basis.hasPrefix("derived from the first detection message by Cy Park at 2026-03-14 09:15 UTC"))
        #expect(detected.sources == [SourceRef(file: "chat.json", index: 0)])
        let mitigated = try #require(timeline.milestones.first { $0.name == "mitigated" })
        #expect(mitigated.basis.contains("hand-written mitigation event"))
        let resolved = try #require(timeline.milestones.first { $0.name == "resolved" })
        #expect(resolved.basis.contains("last alert resolve"))
    }

    @Test("durations follow from the window")
    func durations() {
        let d = timeline.durations
        #expect(d.timeToDetect == 13 * 60)  // 09:15 − 09:02
        #expect(d.timeToAcknowledge == 8 * 60)  // 09:23 − 09:15
        #expect(d.timeToMitigate == 98 * 60)  // 10:40 − 09:02
        #expect(d.timeToResolve == 125 * 60)  // 11:07 − 09:02
    }

    @Test("communication signals, in time order")
    func signals() {
        let kinds = timeline.signals.map { "\($0.kind.rawValue)@\(Timestamp.iso($0.at).dropFirst(11).prefix(5))" }
        #expect(kinds == ["monitoring_gap@09:15", "unanswered_question@09:25", "duplicate_work@09:43", "handoff@09:50", "long_silence@09:51"])
        let texts = Dictionary(timeline.signals.map { ($0.kind, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(texts[.duplicateWork]?.hasPrefix("Two responders announced the same restart 3 minutes apart") == true)
        #expect(texts[.handoff] == "The incident commander role passed from Ana Lima to Ben Ito at 09:50 UTC.")
        #expect(texts[.unansweredQuestion]?.contains("A request to the team had no related reply within 10 minutes") == true)
        #expect(texts[.longSilence]?.contains("49 minutes (09:51 UTC–10:40 UTC)") == true)
        #expect(texts[.monitoringGap]?.contains("4 minutes before any alert fired") == true)
        let duplicate = timeline.signals.first { $0.kind == .duplicateWork }
        #expect(duplicate?.sources == [SourceRef(file: "chat.json", index: 6), SourceRef(file: "chat.json", index: 7)])
    }

    @Test("roles: the incident file's, then declarations and handovers in chat")
    func roles() {
        let roles = timeline.roles.map { "\($0.role) \($0.person) \($0.from.map { String(Timestamp.iso($0).dropFirst(11).prefix(5)) } ?? "-")" }
        #expect(roles == ["incident_commander Ana Lima -", "incident_commander Ben Ito 09:50"])
    }
}
