import Foundation
import RetroModel
import Testing

@testable import RetroAssemble

@Suite struct CustomerSummaryBuilderTests {
    static func followUp(_ id: String, public isPublic: Bool, text: String?, status: FollowUp.Status = .open) -> FollowUp {
        var f = FollowUp(id: id, title: "Internal title of \(id) on db-07.internal")
        f.isPublic = isPublic
        f.publicText = text
        f.status = status
        f.due = "2026-04-15"
        return f
    }

    @Test func actionPlanIsOnlyPublicTextOfPublicFollowUps() {
        var incident = Incident(id: "I-1", title: "Checkout slow", severity: "SEV2")
        incident.followUps = [
            Self.followUp("FU1", public: true, text: "Capacity now grows with load."),
            Self.followUp("FU2", public: true, text: nil),
            Self.followUp("FU3", public: false, text: "Not for customers."),
            Self.followUp("FU4", public: true, text: "Dropped idea.", status: .wontDo),
            Self.followUp("FU5", public: true, text: "   "),
        ]
        let summary = CustomerSummaryBuilder.build(Assembler.assemble(incident))
        #expect(summary.actions == [CustomerSummary.Action(text: "Capacity now grows with load.", status: .open, due: "2026-04-15")])
        #expect(summary.warnings.contains { $0.contains("'FU2' is public but has no 'public_text'") })
        #expect(summary.warnings.contains { $0.contains("'FU5' is public but has no 'public_text'") })
        #expect(summary.warnings.contains { $0.contains("'FU4'") && $0.contains("wont_do") })
        #expect(!summary.warnings.contains { $0.contains("FU3") })
    }

    /// Only what the incident file asserts: an unknown data_loss says nothing, true says nothing reassuring.
    @Test(arguments: [
        (Bool?.none, Bool?.none, [String](), [String]()),
        (false, Bool?.none, [], ["No data was lost."]),
        (true, false, [], ["No personal or confidential data was exposed."]),
        (false, false, ["No order was charged twice."], ["No data was lost.", "No personal or confidential data was exposed.", "No order was charged twice."]),
    ] as [(Bool?, Bool?, [String], [String])])
    func reassurancesOnlyFromAssertions(dataLoss: Bool?, dataExposure: Bool?, extra: [String], expected: [String]) {
        var incident = Incident(id: "I-1", title: "t", severity: "SEV2")
        incident.impact.dataLoss = dataLoss
        incident.impact.dataExposure = dataExposure
        incident.impact.reassurances = extra
        let summary = CustomerSummaryBuilder.build(Assembler.assemble(incident))
        #expect(summary.reassurances == expected)
        #expect(summary.warnings.contains { $0.contains("what did not go wrong") } == expected.isEmpty)
    }

    @Test func readsNothingButCuratedFields() {
        var incident = Incident(id: "INC-77", title: "Checkout slow", severity: "SEV2")
        incident.services = ["payments-db-07"]
        incident.impact.summary = "Internal: pool on payments-db-07 saturated; Dana paged."
        incident.impact.business = "EUR 310,000"
        incident.people = [Person(id: "U1", name: "Dana Ortiz")]
        incident.timeline = [TimelineEvent(at: Date(timeIntervalSince1970: 0), kind: .action, text: "Dana restarted payments-db-07", actor: "Dana Ortiz", key: true, origin: .incidentFile, sources: [])]
        incident.technicalAnalysis = "payments-db-07"
        incident.narrative = "Dana Ortiz"
        let summary = CustomerSummaryBuilder.build(Assembler.assemble(incident))
        let text = [summary.headline, summary.statement ?? "", summary.support ?? ""] + summary.reassurances + summary.actions.map(\.text) + summary.warnings
        for leak in ["Dana", "payments-db-07", "INC-77", "310,000"] { #expect(!text.joined(separator: "\n").contains(leak), "\(leak)") }
        #expect(summary.statement == nil)
        #expect(summary.warnings.contains { $0.contains("'impact.customer_statement' is missing") })
        #expect(summary.warnings.contains { $0.contains("'support' is missing") })
    }
}
