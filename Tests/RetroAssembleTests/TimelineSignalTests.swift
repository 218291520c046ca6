import Foundation
import RetroAssemble
import RetroModel
import Testing

@Suite("Timeline signals")
struct TimelineSignalTests {
    typealias S = TimelineScenario

    func signals(_ messages: [Message], alerts: [AlertEvent] = [], window: IncidentWindow = IncidentWindow()) -> [CommunicationSignal] {
        var incident = Incident(id: "INC-4", title: "t", severity: "SEV3")
        incident.people = S.people
        incident.window = window
        return TimelineExtractor().derive(incident: incident, messages: messages, alerts: alerts).signals
    }

    @Test("duplicate work needs two people, the same action and target, within the window", arguments: [
        (["restarting payments-api pods", "restarted the payments-api pods"], ["U1", "U2"], [0, 3], 1),
        (["restarting payments-api pods", "restarted the payments-api pods"], ["U1", "U1"], [0, 3], 0),
        (["restarting payments-api pods", "restarted the payments-api pods"], ["U1", "U2"], [0, 11], 0),
        (["restarting payments-api pods", "restarting the ledger workers"], ["U1", "U2"], [0, 3], 0),
        (["restarting payments-api pods", "rolling back payments-api"], ["U1", "U2"], [0, 3], 0),
        (["should we restart payments-api?", "restarting payments-api"], ["U1", "U2"], [0, 3], 0),
    ])
    func duplicateWork(texts: [String], authors: [String], minutes: [Int64], expected: Int) {
        let messages = (0..<2).map { S.message($0, 30 + minutes[$0], authors[$0], texts[$0]) }
        #expect(signals(messages).filter { $0.kind == .duplicateWork }.count == expected)
    }

    @Test("a question is answered by someone else in the channel or its thread within the window", arguments: [
        // (reply author, reply minute, reply thread) → unanswered?
        ("U2", Int64(5), String?.none, false),
        ("U1", Int64(5), String?.none, true),  // the asker talking again is not a reply
        ("U2", Int64(12), String?.none, true),  // too late
        ("U2", Int64(5), String?.some("m0"), false),  // a reply in the question's thread
        ("U2", Int64(5), String?.some("other"), true),  // a message in some other thread
    ])
    func unanswered(author: String, minute: Int64, thread: String?, unanswered: Bool) {
        let messages = [
            S.message(0, 30, "U1", "does anyone know who owns the pool config?"),
            S.message(1, 30 + minute, author, "the platform team owns it", thread: thread),
        ]
        #expect(signals(messages).contains { $0.kind == .unansweredQuestion } == unanswered)
    }

    @Test("two people declaring the same role is a handoff; the same person twice is not")
    func implicitHandoff() {
        let handoffs = signals([
            S.message(0, 20, "U1", "I'm IC"), S.message(1, 25, "U1", "still IC, I'm IC"), S.message(2, 60, "U3", "taking over as IC"),
        ]).filter { $0.kind == .handoff }
        #expect(handoffs.map(\.text) == ["The incident commander role passed from Ana Lima to Cy Park at 10:00 UTC."])
    }

    @Test("a role the incident file gives one person is theirs from the start")
    func seededRole() {
        var incident = Incident(id: "INC-5", title: "t", severity: "SEV3")
        incident.people = S.people
        let timeline = TimelineExtractor().derive(incident: incident, messages: [S.message(0, 30, "U2", "I'm IC")], alerts: [])
        #expect(timeline.signals.filter { $0.kind == .handoff }.map(\.text) == ["The incident commander role passed from Ana Lima to Ben Ito at 09:30 UTC."])
        #expect(timeline.roles.map(\.person) == ["Ana Lima", "Ben Ito"])
    }

    @Test("a handover to someone the file does not list is one handoff, not two")
    func unknownRecipient() {
        let handoffs = signals([
            S.message(0, 20, "U1", "I'm IC"), S.message(1, 50, "U1", "handing IC to dana"), S.message(2, 51, "U7", "I'm IC"),
        ]).filter { $0.kind == .handoff }
        #expect(handoffs.map(\.text) == ["The incident commander role passed from Ana Lima to dana at 09:50 UTC."])
    }

    @Test("a long detection delay is a monitoring gap")
    func detectionDelay() {
        let gaps = signals([], alerts: [S.alert(0, 40, .triggered, "T")], window: IncidentWindow(started: S.at(0)))
            .filter { $0.kind == .monitoringGap }
        #expect(gaps.map(\.text) == ["The impact went undetected for 40 minutes before monitoring or a person noticed it."])
    }

    @Test("no silence signal when people keep talking")
    func noSilence() {
        let messages = (0..<10).map { S.message($0, Int64($0 * 10), $0 % 2 == 0 ? "U1" : "U2", "update \($0)") }
        #expect(!signals(messages).contains { $0.kind == .longSilence })
    }
}
