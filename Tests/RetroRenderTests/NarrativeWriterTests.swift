import Foundation
import RetroAssemble
import RetroIngest
import RetroModel
import Testing

@testable import RetroRender

@Suite struct NarrativeWriterTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/incident.yaml")

    static func generated() throws -> (text: String, retro: Retrospective) {
        var incident = try IncidentFile.load(Self.fixture).incident
        incident.narrative = nil
        let retro = Assembler.assemble(incident)
        let text = NarrativeWriter(retro: retro, clock: DisplayTime(zone: incident.displayZone)).paragraphs().joined(separator: "\n\n")
        return (text, retro)
    }

    @Test func everyFigureMatchesTheModel() throws {
        let (text, retro) = try Self.generated()
        let d = retro.durations
        let clock = DisplayTime(zone: retro.incident.displayZone)
        let w = retro.window
        #expect(text.contains("noticed at \(clock.time(try #require(w.detected))), \(DisplayTime.longDuration(TimeInterval(try #require(d.timeToDetect)))) after it began"))
        #expect(text.contains("acknowledged it \(DisplayTime.longDuration(TimeInterval(try #require(d.timeToAcknowledge)))) later"))
        #expect(text.contains("mitigated at \(clock.time(try #require(w.mitigated))), \(DisplayTime.longDuration(TimeInterval(try #require(d.timeToMitigate)))) after it began"))
        #expect(text.contains("lasted \(DisplayTime.longDuration(TimeInterval(try #require(d.total))))"))
        #expect(text.contains("at 10:02 (Europe/Berlin, UTC+01:00)"))
        #expect(text.contains("resolved at \(clock.time(try #require(w.resolved)))"))
        #expect(text.contains("\(NarrativeText.count(retro.factors.groups.flatMap(\.factors).count)) contributing factors"))
        #expect(text.contains("so far \(NarrativeText.count(retro.followUps.count(.done))) are done"))
        #expect(text.hasPrefix(try #require(retro.stakeholder.impact).prefix(40)), "impact first")
    }

    @Test func namesNoOneAndNeedsAHandWrittenNarrativeToStepAside() throws {
        let (text, retro) = try Self.generated()
        for person in retro.incident.people { #expect(!text.contains(person.name)) }
        var incident = retro.incident
        incident.narrative = "Our own story."
        let md = Renderer(templates: try TemplateSet.builtin()).markdown(Assembler.assemble(incident), sourceFile: "x")
        #expect(md.contains("Our own story."))
        #expect(!md.contains("Written by retro from the facts above"))
    }
}

/// The narrative of an incident told only in chat: times and counts from the events, no chat words.
@Suite struct ChatNarrativeTests {
    static func message(_ index: Int, _ minute: Int, _ author: String, _ text: String) -> Message {
        Message(
            id: "m\(index)", at: Date(timeIntervalSince1970: 1_779_199_200 + Double(minute * 60)), author: .init(id: author, name: author),
            text: text, channel: "inc", source: SourceRef(file: "chat.json", index: index))
    }

    static func narrative(_ messages: [Message], started: Int? = nil) -> String {
        var incident = Incident(id: "INC-9", title: "Search returned empty results", severity: "SEV2")
        incident.timezone = "UTC"
        incident.window.started = started.map { Date(timeIntervalSince1970: 1_779_199_200 + Double($0 * 60)) }
        let retro = Assembler.assemble(incident, inputs: AssemblyInputs(messages: messages))
        return NarrativeWriter(retro: retro, clock: DisplayTime(zone: incident.displayZone)).paragraphs().joined(separator: "\n\n")
    }

    static let chat = [
        message(0, 0, "tomas", "zero result ratio went to 18%, seeing errors on search"),
        message(1, 5, "tomas", "last deploy was search-api 2.31.0, could be that"),
        message(2, 7, "tomas", "rolling back search-api to 2.30.4"),
        message(3, 15, "tomas", "error ratio unchanged after the rollback, so not the deploy"),
        message(4, 20, "priya", "found it: the alias points at the half-built catalog-v7 index"),
        message(5, 24, "priya", "alias switched to catalog-v6"),
        message(8, 25, "tomas", "meanwhile I bumped query replicas 6 -> 12 to take load off"),
        message(9, 27, "tomas", "latency got worse with 12 replicas, heap pressure. reverted replicas to 6"),
        message(6, 30, "tomas", "zero result ratio back to 2.1%, matches baseline"),
        message(7, 60, "riley", "incident resolved"),
    ]

    @Test func namesTheTurningPointAndWhatWasTriedWithoutQuotingChat() {
        let text = Self.narrative(Self.chat, started: -2)
        #expect(text.contains("The turning point came at 14:20, when the cause was found in the incident channel."))
        #expect(text.contains("Before the turning point the responders took one step (at 14:07); it did not end the impact."))
        #expect(text.contains("They weighed two hypotheses along the way"))
        for m in Self.chat { #expect(!text.contains(m.text), "quotes chat: \(m.text)") }
        #expect(!text.contains("working hypothesis"))
        #expect(text.contains("Not every step stayed: one was tried and undone, at 14:25 (undone at 14:27)."))
    }

    @Test func detectionWithinAMinuteIsNotZeroMinutes() {
        let text = Self.narrative(Self.chat, started: 0)
        #expect(text.contains("within a minute of its start"))
        #expect(!text.contains(", 0 minutes after"))
    }

    @Test(arguments: [(1, "One why"), (3, "Three whys"), (5, "Five whys"), (12, "12 whys")])
    func whysHeadingCountsTheWhys(count: Int, heading: String) {
        #expect(RetrospectiveView.whysHeading(count) == heading)
    }
}
