import Foundation
import RetroModel
import Testing

@testable import RetroAssemble

/// `TimelineLimits`: what a document keeps of a busy channel, and that it counts what it leaves out.
@Suite struct TimelineTrimmerTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    /// `count` derived events, one a minute, cycling through `kinds`; every third one is a key event.
    static func events(_ count: Int, kinds: [TimelineEvent.Kind]) -> [TimelineEvent] {
        (0..<count).map { i in
            TimelineEvent(
                at: start.addingTimeInterval(Double(i) * 60), kind: kinds[i % kinds.count], text: "event \(i)", key: i % 3 == 0, origin: .chat)
        }
    }

    static func messages(_ count: Int) -> [Message] {
        (0..<count).map { i in
            Message(id: "m\(i)", at: start.addingTimeInterval(Double(i)), author: .init(id: "u", name: "U"), text: "message \(i)", source: SourceRef(file: "c.json"))
        }
    }

    @Test func underTheLimitNothingChanges() {
        let section = TimelineSection(phases: [], events: Self.events(10, kinds: [.action]), chatter: Self.messages(5))
        let (trimmed, _) = TimelineTrimmer.trim(section, limits: .standard, evidence: [:])
        #expect(trimmed.events == section.events)
        #expect(trimmed.chatter == section.chatter)
        #expect(trimmed.omitted.isEmpty)
    }

    @Test func overTheLimitKeepsHandWrittenThenKeyEventsAndCountsTheRest() {
        var events = Self.events(1_000, kinds: [.action, .hypothesis, .mitigation, .detection])
        events[997].origin = .incidentFile
        events[998].origin = .incidentFile
        let section = TimelineSection(phases: [], events: events)
        let (trimmed, _) = TimelineTrimmer.trim(section, limits: TimelineLimits(events: 100), evidence: [:])

        #expect(trimmed.events.count == 100)
        #expect(trimmed.events.filter { $0.origin == .incidentFile }.count == 2)
        // 334 key events compete for the 98 free places, so no plain event gets one.
        #expect(trimmed.events.allSatisfy { $0.key || $0.origin == .incidentFile })
        #expect(trimmed.events == trimmed.events.sorted { $0.at < $1.at })
        // Each kind gets a share, and the kept entries reach the end of the incident.
        for kind in [TimelineEvent.Kind.action, .hypothesis, .mitigation, .detection] {
            #expect(trimmed.events.filter { $0.kind == kind }.count >= 20, "kind \(kind)")
        }
        #expect(trimmed.events.filter { $0.origin != .incidentFile }.last.map { $0.at > Self.start.addingTimeInterval(900 * 60) } == true)

        #expect(trimmed.omitted.eventCount == 900)
        #expect(trimmed.totalEvents == 1_000)
        for kind in [TimelineEvent.Kind.action, .hypothesis, .mitigation, .detection] {
            let all = events.filter { $0.kind == kind }.count
            #expect(trimmed.omitted.events[kind] == all - trimmed.events.filter { $0.kind == kind }.count)
        }
    }

    @Test func aSmallKindHandsItsUnusedShareToTheOthers() {
        var events = Self.events(300, kinds: [.action])
        events[150].kind = .resolution
        events[150].key = true
        let kept = TimelineTrimmer.events(events, limit: 60, pinned: [])
        #expect(kept.count == 60)
        #expect(kept.contains(150))
    }

    @Test func citedEventsStayAndTheirEvidenceFollowsThem() {
        let events = Self.events(1_000, kinds: [.action])
        let cited = 500  // not a key event (500 % 3 != 0), so only the citation keeps it
        let evidence = ["CF1": [Evidence(text: "event 500", target: .event(cited)), Evidence(text: "panel", target: .panel(0))]]
        let (trimmed, moved) = TimelineTrimmer.trim(TimelineSection(phases: [], events: events), limits: TimelineLimits(events: 50), evidence: evidence)
        guard case .event(let index) = moved["CF1"]?.first?.target else {
            Issue.record("the cited event lost its evidence link")
            return
        }
        #expect(trimmed.events[index].text == "event 500")
        #expect(moved["CF1"]?.last?.target == .panel(0))
    }

    @Test(arguments: [(9, 3, [0, 3, 6]), (10, 4, [0, 2, 5, 7]), (5, 5, [0, 1, 2, 3, 4]), (5, 0, [])])
    func chatterIsEvenlySpaced(total: Int, limit: Int, expected: [Int]) {
        let chatter = Self.messages(total)
        let (trimmed, _) = TimelineTrimmer.trim(TimelineSection(phases: [], events: [], chatter: chatter), limits: TimelineLimits(chatter: limit), evidence: [:])
        #expect(trimmed.chatter.map(\.id) == expected.map { "m\($0)" })
        #expect(trimmed.omitted.chatter == total - expected.count)
    }

    @Test func signalsAreSharedBetweenKinds() {
        var signals = (0..<200).map { CommunicationSignal(kind: .duplicateWork, at: Self.start.addingTimeInterval(Double($0)), text: "dup \($0)") }
        signals.append(CommunicationSignal(kind: .unansweredQuestion, at: Self.start, text: "question"))
        let (trimmed, _) = TimelineTrimmer.trim(TimelineSection(phases: [], events: [], signals: signals), limits: TimelineLimits(signals: 10), evidence: [:])
        #expect(trimmed.signals.count == 10)
        #expect(trimmed.signals.contains { $0.kind == .unansweredQuestion })
        #expect(trimmed.omitted.signals == 191)
    }

    @Test func unlimitedKeepsEverything() {
        let section = TimelineSection(phases: [], events: Self.events(2_000, kinds: [.action]), chatter: Self.messages(1_000))
        let (trimmed, _) = TimelineTrimmer.trim(section, limits: .unlimited, evidence: [:])
        #expect(trimmed.events.count == 2_000)
        #expect(trimmed.chatter.count == 1_000)
        #expect(trimmed.omitted.isEmpty)
    }
}
