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
