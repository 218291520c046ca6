import Foundation
import RetroAssemble
import RetroModel
import Testing

@Suite("Timeline window and durations")
struct TimelineWindowTests {
    typealias S = TimelineScenario
    let extractor = TimelineExtractor()

    var bare: Incident { Incident(id: "INC-2", title: "t", severity: "SEV3") }

    @Test("alerts alone derive every milestone they can")
    func alertsOnly() throws {
        let alerts = [
            S.alert(0, 19, .triggered, "Triggered: A"), S.alert(1, 30, .triggered, "Triggered: B"),
            S.alert(2, 23, .acknowledged, "Acknowledged"), S.alert(3, 90, .resolved, "Resolved: A"), S.alert(4, 120, .resolved, "Resolved: B"),
        ]
        let timeline = extractor.derive(incident: bare, messages: [], alerts: alerts)
        #expect(timeline.window == IncidentWindow(started: S.at(19), detected: S.at(19), acknowledged: S.at(23), mitigated: nil, resolved: S.at(120)))
        let basis = Dictionary(uniqueKeysWithValues: timeline.milestones.map { ($0.name, $0.basis) })
        #expect(basis["detected"] == "derived from the first alert trigger at 2026-03-14 09:19 UTC ('Triggered: A', pd.json#0)")
        #expect(basis["resolved"]?.hasPrefix("derived from the last alert resolve at 2026-03-14 11:00 UTC") == true)
        #expect(timeline.milestones.first { $0.name == "mitigated" }?.origin == .missing)
        #expect(timeline.durations.timeToMitigate == nil)
        #expect(timeline.durations.timeToResolve == 101 * 60)
    }

    @Test("values given in the incident file win over derived ones")
    func givenWins() {
        var incident = bare
        incident.window = IncidentWindow(started: S.at(5), detected: S.at(18), resolved: S.at(200))
        let timeline = extractor.derive(incident: incident, messages: [], alerts: [S.alert(0, 19, .triggered, "T"), S.alert(1, 90, .resolved, "R")])
        #expect(timeline.window.started == S.at(5))
        #expect(timeline.window.detected == S.at(18))
        #expect(timeline.window.resolved == S.at(200))
        #expect(timeline.milestones.map(\.origin) == [.given, .given, .missing, .missing, .given])
        #expect(timeline.durations.timeToDetect == 13 * 60)
    }

    @Test("a monitoring annotation is kept as an event but does not start the impact when a page does")
    func annotations() {
        let deploy = TimelineEvent(at: S.at(10), kind: .note, text: "deploy payments-api 4.18.2", sources: [SourceRef(file: "grafana.json", index: 0)])
        let old = TimelineEvent(at: S.at(-600), kind: .note, text: "last week's deploy")
        let timeline = extractor.derive(incident: bare, messages: [], alerts: [S.alert(0, 19, .triggered, "T")], annotations: [old, deploy])
        #expect(timeline.window.started == S.at(19))
        #expect(timeline.milestones.first?.basis.contains("alert trigger") == true)
        #expect(timeline.events.first { $0.text == "deploy payments-api 4.18.2" }?.origin == .monitoring)
        let alone = extractor.derive(incident: bare, messages: [], alerts: [], annotations: [deploy])
        #expect(alone.window.started == S.at(10))
        #expect(alone.milestones.first?.basis.contains("monitoring annotation") == true)
    }

    @Test("durations are whole seconds from milliseconds; unknown is nil; contradictions stay negative")
    func arithmetic() {
        let start = S.at(0)
        let d = IncidentDurations(IncidentWindow(
            started: start, detected: start.addingTimeInterval(1020.999), acknowledged: start.addingTimeInterval(1000),
            mitigated: nil, resolved: start.addingTimeInterval(7500)))
        #expect(d.timeToDetect == 1020)
        #expect(d.timeToAcknowledge == -20)
        #expect(d.timeToMitigate == nil)
        #expect(d.timeToResolve == 7500)
        #expect(IncidentDurations(IncidentWindow()).timeToResolve == nil)
    }
}

@Suite("Timeline merge")
struct TimelineMergeTests {
    typealias S = TimelineScenario

    @Test("a hand-written event overrides a derived one of the same kind nearby, and is never dropped")
    func merge() {
        var incident = Incident(id: "INC-3", title: "t", severity: "SEV3")
        incident.timeline = [
            TimelineEvent(at: S.at(20), kind: .detection, text: "Checkout alert fired", key: true),
            TimelineEvent(at: S.at(35), kind: .note, text: "Vendor status page showed nothing", key: false),
        ]
        let alerts = [S.alert(0, 19, .triggered, "Triggered: checkout"), S.alert(1, 40, .triggered, "Triggered: payments")]
        let messages = [S.message(0, 36, "U1", "rolling back payments-api")]
        let timeline = TimelineExtractor().derive(incident: incident, messages: messages, alerts: alerts)
        let texts = timeline.events.map(\.text)
        #expect(texts == ["Checkout alert fired", "Vendor status page showed nothing", "rolling back payments-api", "Triggered: payments"])
        #expect(timeline.events.first?.origin == .incidentFile)
        #expect(timeline.events.first?.sources == [SourceRef(file: "pd.json", index: 0)])
        #expect(timeline.window.detected == S.at(20))
        #expect(timeline.milestones[1].basis.contains("hand-written detection event"))
    }

    @Test("the merge window is a setting")
    func window() {
        var settings = TimelineSettings()
        settings.mergeWindow = 30
        var incident = Incident(id: "INC-3", title: "t", severity: "SEV3")
        incident.timeline = [TimelineEvent(at: S.at(20), kind: .detection, text: "Checkout alert fired")]
        let timeline = TimelineExtractor(settings: settings).derive(incident: incident, messages: [], alerts: [S.alert(0, 19, .triggered, "T")])
        #expect(timeline.events.count == 2)
    }
}
