import Foundation
import RetroAssemble
import RetroIngest
import RetroModel
import Testing

@testable import RetroRender

/// Section 1 for internal stakeholders: business impact, what is being done, what is needed.
@Suite struct StakeholderMessageTests {
    static func section(_ incident: Incident) throws -> String {
        let md = Renderer(templates: try TemplateSet.builtin()).markdown(Assembler.assemble(incident), sourceFile: "incident.yaml")
        let start = try #require(md.range(of: "## Stakeholder message"))
        let end = try #require(md.range(of: "## Monitoring context"))
        return String(md[start.upperBound..<end.lowerBound])
    }

    @Test func completeWhenTheFieldsExist() throws {
        var incident = try IncidentFile.load(NarrativeWriterTests.fixture).incident
        incident.asks = ["Approve the extra database capacity for FU2."]
        let text = try Self.section(incident)
        #expect(text.contains("**Business impact.** \(try #require(incident.impact.business))"))
        #expect(text.contains("**What is being done.** The incident was resolved on 14 March 2026 at 12:07 (Europe/Berlin, UTC+01:00), 2 hours 5 minutes after the impact began."))
        #expect(text.contains("Follow-ups: \(Assembler.assemble(incident).followUps.progress);"))
        #expect(text.contains("**What is needed from stakeholders.**\n- Approve the extra database capacity for FU2."))
        #expect(!text.contains("_No business impact") && !text.contains("_Nothing is asked"))
    }

    @Test func honestPlaceholdersWhenTheyDoNot() throws {
        var incident = Incident(id: "INC-1", title: "T", severity: "SEV3")
        incident.window.started = Timestamp.parse("2026-03-14T09:02:00Z")
        let text = try Self.section(incident)
        #expect(text.contains("_No business impact stated yet. Add `impact.business`"))
        #expect(text.contains("The incident is not resolved yet"))
        #expect(!text.contains("Follow-ups:"))
        #expect(text.contains("_No follow-up is stated by its effect yet."))
        #expect(text.contains("_Nothing is asked of stakeholders yet. Add `asks`"))
    }
}
