import Foundation
import RetroModel
import Testing

@testable import RetroAssemble

@Suite struct AssemblerTests {
    static func at(_ text: String) -> Date { Timestamp.parse(text)! }

    static func incident() -> Incident {
        var i = Incident(id: "INC-1", title: "T", severity: "SEV2")
        i.window = IncidentWindow(
            started: at("2026-03-14T09:02:00Z"), detected: at("2026-03-14T09:19:00Z"), acknowledged: at("2026-03-14T09:23:00Z"),
            mitigated: at("2026-03-14T10:41:00Z"), resolved: at("2026-03-14T11:07:00Z"))
        i.contributingFactors = [
            ContributingFactor(id: "CF1", category: .process, title: "p"), ContributingFactor(id: "CF2", category: .technical, title: "t"),
            ContributingFactor(id: "CF3", category: .technical, title: "t2"),
        ]
        var a = FollowUp(id: "FU1", title: "a")
        a.status = .done
        a.addresses = ["CF2", "CF3"]
        a.isPublic = true
        a.publicText = "Capacity grows with load."
        var b = FollowUp(id: "FU2", title: "b")
        b.status = .inProgress
        b.addresses = ["CF2"]
        var c = FollowUp(id: "FU3", title: "Internal title")
        c.isPublic = true
        i.followUps = [a, b, c, FollowUp(id: "FU4", title: "d")]
        i.timeline = [
            TimelineEvent(at: at("2026-03-14T10:00:00Z"), kind: .action, text: "second"),
            TimelineEvent(at: at("2026-03-14T09:00:00Z"), kind: .note, text: "first"),
        ]
        i.impact.dataLoss = false
        i.impact.dataExposure = true
        i.impact.reassurances = ["No order was charged twice."]
        return i
    }

    @Test func derivesDurationsFromTheWindow() {
        let d = Assembler.assemble(Self.incident()).durations
        #expect(d.timeToDetect == 1020)
        #expect(d.timeToAcknowledge == 240)
        #expect(d.timeToMitigate == 5940)
        #expect(d.timeToResolve == 7500)
        #expect(d.total == 7500)
    }

    @Test func durationsAreUnknownWhenAMilestoneIsMissing() {
        var i = Self.incident()
        i.window.detected = nil
        let d = Assembler.assemble(i).durations
        #expect(d.timeToDetect == nil)
        #expect(d.timeToAcknowledge == nil)
        #expect(d.timeToMitigate == 5940)
    }

    @Test func phasesSpanConsecutiveKnownMilestones() {
        var i = Self.incident()
        i.window.acknowledged = nil
        let phases = Assembler.assemble(i).timeline.phases
        #expect(phases.map(\.name) == ["Impact before detection", "Detection to mitigation", "Mitigation to resolution"])
        let expected: [TimeInterval] = [1020, 4920, 1560]
        #expect(phases.map(\.duration) == expected)
    }

    @Test func sortsEventsByTime() {
        #expect(Assembler.assemble(Self.incident()).timeline.events.map(\.text) == ["first", "second"])
    }

    @Test func groupsFactorsInCategoryOrderAndLinksFollowUps() {
        let f = Assembler.assemble(Self.incident()).factors
        #expect(f.groups.map(\.category) == [.technical, .process])
        #expect(f.groups[0].factors.map(\.id) == ["CF2", "CF3"])
        #expect(f.followUpsByFactor["CF2"] == ["FU1", "FU2"])
        #expect(f.followUpsByFactor["CF1"] == nil)
    }

    @Test func stakeholderMessageStatesOnlyWhatTheFileAsserts() {
        let s = Assembler.assemble(Self.incident()).stakeholder
        // data_exposure is true, so no exposure reassurance may appear.
        #expect(s.reassurances == ["No data was lost.", "No order was charged twice."])
        #expect(s.actionPlan == ["Capacity grows with load.", "Internal title"])
    }

    @Test func progressLineCountsStatuses() {
        let f = Assembler.assemble(Self.incident()).followUps
        #expect(f.progress == "1 of 4 done, 1 in progress, 2 open")
        #expect(FollowUpsSection(items: []).progress == "No follow-ups.")
    }
}
