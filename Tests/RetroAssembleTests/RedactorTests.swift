import Foundation
import RetroAssemble
import RetroModel
import Testing

/// Redaction before assembly: the same person gets the same label everywhere, roles win over
/// pseudonyms, and each level removes what it promises and nothing else.
@Suite struct RedactorTests {
    static let t0 = Date(timeIntervalSince1970: 1_773_480_000)
    static let source = SourceRef(file: "chat.json")

    static func message(_ minute: Double, _ id: String, _ name: String, _ text: String) -> Message {
        Message(id: "\(minute)", at: t0.addingTimeInterval(minute * 60), author: Message.Author(id: id, name: name), text: text, source: source)
    }

    static var incident: Incident {
        var incident = Incident(id: "INC-9", title: "Errors", severity: "SEV2")
        var dana = Person(id: "U1", name: "Dana Ortiz")
        dana.roles = ["incident_commander"]
        incident.people = [dana, Person(id: "U2", name: "Sam Keller")]
        incident.timeline = [TimelineEvent(at: t0.addingTimeInterval(600), kind: .action, text: "Sam Keller restarted the pool", actor: "Sam Keller")]
        var factor = ContributingFactor(id: "CF1", category: .process, title: "Runbook gap")
        factor.description = "Dana asked Robin Diaz to mail ops@example.com."
        incident.contributingFactors = [factor]
        return incident
    }

    static var inputs: AssemblyInputs {
        AssemblyInputs(
            messages: [
                message(1, "U9", "Robin Diaz", "seeing errors, cc @sam"),
                message(2, "U2", "Sam Keller", "on it, mail me at sam@example.com"),
                message(3, "U1", "Dana Ortiz", "I'm IC; thanks Robin"),
            ],
            alerts: [AlertEvent(at: t0.addingTimeInterval(240), kind: .acknowledged, summary: "Acknowledged by Sam Keller", actor: "Sam Keller", source: source)],
            monitoring: [AssemblyInputs.Monitoring(
                source: MonitoringSource(path: "m.json"),
                series: [MetricSeries(name: "errors", labels: ["instance": "10.0.3.7:9100"], points: [], source: source)])])
    }

    @Test func samePersonSameLabelInEverySection() {
        let (incident, inputs) = Redactor.redact(Self.incident, inputs: Self.inputs, level: .names)
        // Robin speaks first, then Sam; Dana holds the only incident-commander role.
        #expect(inputs.messages.map(\.author.name) == ["Responder A", "Responder B", "the incident commander"])
        #expect(inputs.messages[0].text == "seeing errors, cc Responder B")
        #expect(inputs.messages[2].text == "I'm IC; thanks Responder A")
        #expect(inputs.alerts[0].actor == "Responder B")
        #expect(inputs.alerts[0].summary == "Acknowledged by Responder B")
        #expect(incident.timeline[0].text == "Responder B restarted the pool")
        #expect(incident.timeline[0].actor == "Responder B")
        #expect(incident.contributingFactors[0].description == "The incident commander asked Responder A to mail ops@example.com.")
        #expect(incident.people.map(\.name) == ["the incident commander", "Responder B"])
        #expect(incident.people.map(\.id) == incident.people.map(\.name), "chat authors still map to people")
    }

    @Test func labelsDoNotDependOnTheLevelOrTheRun() {
        let a = Redactor(level: .names, incident: Self.incident, inputs: Self.inputs)
        let b = Redactor(level: .all, incident: Self.incident, inputs: Self.inputs)
        for name in ["Dana Ortiz", "U1", "Sam Keller", "@sam", "U2", "Robin Diaz", "U9"] {
            #expect(a.pseudonyms.label(for: name) == b.pseudonyms.label(for: name), "\(name)")
            #expect(a.pseudonyms.label(for: name) != nil, "\(name)")
        }
    }

    @Test func aRoleSharedByTwoPeopleNamesNeither() {
        var incident = Self.incident
        incident.people[1].roles = ["incident_commander"]
        let redactor = Redactor(level: .names, incident: incident, inputs: Self.inputs)
        #expect(redactor.pseudonyms.label(for: "Dana Ortiz")?.hasPrefix("Responder ") == true)
        #expect(redactor.pseudonyms.label(for: "Sam Keller")?.hasPrefix("Responder ") == true)
        #expect(redactor.pseudonyms.label(for: "Dana Ortiz") != redactor.pseudonyms.label(for: "Sam Keller"))
    }

    @Test func piiKeepsNamesAndNamesKeepsPII() {
        let pii = Redactor.redact(Self.incident, inputs: Self.inputs, level: .pii)
        #expect(pii.inputs.messages[1].text == "on it, mail me at [email removed]")
        #expect(pii.inputs.messages[1].author.name == "Sam Keller")
        #expect(pii.inputs.monitoring[0].series[0].labels["instance"] == "[IP address removed]:9100")
        let names = Redactor.redact(Self.incident, inputs: Self.inputs, level: .names)
        #expect(names.inputs.messages[1].text == "on it, mail me at sam@example.com")
        #expect(names.inputs.monitoring[0].series[0].labels["instance"] == "10.0.3.7:9100")
    }

    @Test func allRemovesInternalHostsAndKeepsOrdinaryText() {
        var incident = Self.incident
        incident.internalNames = InternalNames(domains: ["corp.example.com"])
        incident.technicalAnalysis = "Pool on db.corp.example.com, see https://acme.slack.com/archives/C1/p123; checkout recovered."
        let redactor = Redactor(level: .all, incident: incident, inputs: Self.inputs)
        #expect(redactor.redact(incident).technicalAnalysis == "Pool on [internal host removed], see [chat link removed]; checkout recovered.")
        #expect(redactor.scrub("Rolled back 4.18.2 at 10:35 on 2026-03-14.") == "Rolled back 4.18.2 at 10:35 on 2026-03-14.")
    }

    @Test func teamsAndToolsAreNotPeople() {
        var incident = Self.incident
        incident.timeline.append(TimelineEvent(at: Self.t0, kind: .detection, text: "Payments SRE paged", actor: "On-call"))
        var item = FollowUp(id: "FU1", title: "Alert on pool saturation")
        item.owner = "Payments SRE"
        incident.followUps = [item]
        let redacted = Redactor.redact(incident, inputs: Self.inputs, level: .names).incident
        #expect(redacted.timeline.last?.actor == "On-call")
        #expect(redacted.timeline.last?.text == "Payments SRE paged")
        #expect(redacted.followUps.first?.owner == "Payments SRE")
    }

    @Test func scrubCanRemoveMoreThanTheLevel() {
        var incident = Self.incident
        incident.services = ["checkout", "payments-api"]
        let redactor = Redactor(level: .all, incident: incident, inputs: Self.inputs)
        let text = "INC-9: payments-api and checkout recovered; see PAY-12."
        #expect(redactor.scrub(text) == text)
        #expect(redactor.scrub(text, alsoRemoving: [.ticketKey, .internalTerm])
            == "[ticket removed]: [internal name removed] and checkout recovered; see [ticket removed].")
    }

    @Test func scrubMarkdownSeesThroughEscapes() {
        let redactor = Redactor(level: .all, incident: Self.incident, inputs: Self.inputs)
        let markdown = #"Sam Keller posted https\://acme.slack.com/archives/C1/p1736554636807919 and mailed ops@example\.com."#
        #expect(redactor.scrubMarkdown(markdown) == #"Responder B posted \[chat link removed\] and mailed \[email removed\]."#)
    }

    @Test func noneChangesNothing() {
        let (incident, inputs) = Redactor.redact(Self.incident, inputs: Self.inputs, level: .none)
        #expect(incident == Self.incident)
        #expect(inputs.messages == Self.inputs.messages)
    }
}
