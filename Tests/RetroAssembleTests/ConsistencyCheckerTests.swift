import Foundation
import RetroIngest
import RetroModel
import Testing

@testable import RetroAssemble

/// Each consistency check, on a small incident file that trips it and one that does not.
@Suite struct ConsistencyCheckerTests {
    static let header = "schema: retro/v1\nid: INC-9\ntitle: T\nseverity: SEV2\n"

    static func findings(_ yaml: String, alerts: [AlertEvent] = [], inputs: AssemblyInputs = AssemblyInputs()) throws -> [ConsistencyFinding] {
        let incident = try IncidentFile.decode(Data((header + yaml).utf8), path: "incident.yaml")
        var all = inputs
        all.alerts = alerts
        return ConsistencyChecker.check(Assembler.assemble(incident, inputs: all), alerts: alerts)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        /// `rule @ json path` of every finding expected, in order.
        var expected: [String]
        var testDescription: String { name }
    }

    static let factor = "contributing_factors:\n  - {id: CF1, category: technical, title: No pool alert}\n"
    static let answered = "  - {id: FU1, title: Add an alert, owner: SRE, due: 2026-04-15, addresses: [CF1]}\n"

    static let cases: [Case] = [
        Case(name: "consistent file", yaml: factor + "follow_ups:\n" + answered, expected: []),
        Case(name: "follow-up addresses nothing", yaml: factor + "follow_ups:\n" + answered + "  - {id: FU2, title: Tidy up, owner: SRE, due: 2026-04-15}\n",
             expected: ["structure.follow-up-addresses @ $.follow_ups[1]"]),
        Case(name: "factor without follow-up", yaml: factor, expected: ["structure.factor-follow-up @ $.contributing_factors[0]"]),
        Case(name: "only a won't-do follow-up", yaml: factor + "follow_ups:\n  - {id: FU1, title: A, status: wont_do, addresses: [CF1]}\n",
             expected: ["structure.factor-follow-up @ $.contributing_factors[0]"]),
        Case(name: "accepted with a reason", yaml: "contributing_factors:\n  - {id: CF1, category: external, title: Rate limits, accepted: true, accepted_reason: Renewal in May.}\n", expected: []),
        Case(name: "accepted without a reason", yaml: "contributing_factors:\n  - {id: CF1, category: external, title: Rate limits, accepted: true}\n",
             expected: ["structure.factor-follow-up @ $.contributing_factors[0].accepted"]),
        Case(name: "open follow-up without owner", yaml: factor + "follow_ups:\n  - {id: FU1, title: A, due: 2026-04-15, addresses: [CF1]}\n",
             expected: ["structure.follow-up-owner @ $.follow_ups[0]"]),
        Case(name: "done follow-up needs no owner", yaml: factor + "follow_ups:\n  - {id: FU1, title: A, status: done, addresses: [CF1]}\n", expected: []),
        Case(name: "resolution event before mitigation", yaml: "window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z}\ntimeline:\n  - {at: 2026-03-14T10:30:00Z, kind: resolution, text: Resolved.}\n",
             expected: ["structure.timeline-order @ $.timeline[0].at"]),
        Case(name: "detection event before the start", yaml: "window: {started: 2026-03-14T09:02:00Z}\ntimeline:\n  - {at: 2026-03-14T08:40:00Z, kind: detection, text: Alert fired.}\n",
             expected: ["structure.timeline-order @ $.timeline[0].at"]),
        Case(name: "mitigation event after resolution", yaml: "window: {started: 2026-03-14T09:02:00Z, resolved: 2026-03-14T11:07:00Z}\ntimeline:\n  - {at: 2026-03-14T12:00:00Z, kind: mitigation, text: Rolled back.}\n",
             expected: ["structure.timeline-order @ $.timeline[0].at"]),
        Case(name: "milestone events inside the window", yaml: "window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z, resolved: 2026-03-14T11:07:00Z}\ntimeline:\n  - {at: 2026-03-14T09:19:00Z, kind: detection, text: Alert.}\n  - {at: 2026-03-14T10:40:30Z, kind: mitigation, text: Rolled back.}\n  - {at: 2026-03-14T11:07:00Z, kind: resolution, text: Resolved.}\n",
             expected: []),
        Case(name: "derived detection before the given start", yaml: "window: {started: 2026-03-14T09:30:00Z}\ntimeline:\n  - {at: 2026-03-14T09:10:00Z, kind: detection, text: Alert.}\n",
             expected: ["structure.timeline-order @ $.timeline[0].at"]),
        Case(name: "derived milestone before a given one", yaml: "window: {mitigated: 2026-03-14T10:00:00Z}\ntimeline:\n  - {at: 2026-03-14T09:10:00Z, kind: detection, text: Alert.}\n  - {at: 2026-03-14T09:50:00Z, kind: resolution, text: Resolved.}\n",
             expected: ["structure.timeline-order @ $.timeline[1].at"]),
    ]

    @Test(arguments: cases)
    func check(_ c: Case) throws {
        let found = try Self.findings(c.yaml).map { "\($0.rule.id) @ \($0.jsonPath)" }
        #expect(found == c.expected)
    }

    static func alert(_ kind: AlertEvent.Kind, _ time: String, index: Int) -> AlertEvent {
        AlertEvent(at: Timestamp.parse(time)!, kind: kind, summary: "CheckoutErrorRatioHigh", source: SourceRef(file: "alerts/pd.json", index: index))
    }

    static let window = "window: {started: 2026-03-14T09:02:00Z, detected: 2026-03-14T09:19:00Z, acknowledged: 2026-03-14T09:23:00Z, resolved: 2026-03-14T11:07:00Z}\n"

    @Test func windowAgreesWithTheAlertLog() throws {
        let alerts = [Self.alert(.triggered, "2026-03-14T09:19:30Z", index: 0), Self.alert(.acknowledged, "2026-03-14T09:23:00Z", index: 1), Self.alert(.resolved, "2026-03-14T11:07:40Z", index: 2)]
        #expect(try Self.findings(Self.window, alerts: alerts).isEmpty, "differences under a minute are rounding")
    }

    @Test func windowContradictedByTheAlertLog() throws {
        let alerts = [Self.alert(.triggered, "2026-03-14T09:00:00Z", index: 0), Self.alert(.acknowledged, "2026-03-14T09:21:00Z", index: 1), Self.alert(.resolved, "2026-03-14T11:30:00Z", index: 2)]
        let found = try Self.findings(Self.window, alerts: alerts)
        #expect(found.map(\.jsonPath) == ["$.window.detected", "$.window.started", "$.window.acknowledged", "$.window.resolved"])
        #expect(found.allSatisfy { $0.rule == .windowSources })
        let detected = try #require(found.first).message
        #expect(detected.contains("'detected' is 2026-03-14T09:19:00Z"))
        #expect(detected.contains("triggered earlier, at 2026-03-14T09:00:00Z (alerts/pd.json#0)"))
        #expect(found.last?.message.contains("resolved only at 2026-03-14T11:30:00Z (alerts/pd.json#2)") == true)
    }

    @Test func windowNotesQuietTheSourceCheck() throws {
        let alerts = [Self.alert(.triggered, "2026-03-14T09:00:00Z", index: 0), Self.alert(.resolved, "2026-03-14T11:30:00Z", index: 1)]
        let noted = "window: {started: 2026-03-14T09:02:00Z, detected: 2026-03-14T09:19:00Z, resolved: 2026-03-14T11:07:00Z, notes: The 09:00 alert was a test page.}\n"
        #expect(try Self.findings(noted, alerts: alerts).isEmpty)
    }

    @Test func aMilestoneSourceQuietsThatMilestoneOnly() throws {
        let alerts = [Self.alert(.triggered, "2026-03-14T09:00:00Z", index: 0), Self.alert(.resolved, "2026-03-14T11:30:00Z", index: 1)]
        let window = """
            window:
              started: 2026-03-14T08:55:00Z
              detected: {at: 2026-03-14T09:19:00Z, source: the checkout page; the 09:00 alert was a test}
              resolved: 2026-03-14T11:07:00Z

            """
        let found = try Self.findings(window, alerts: alerts)
        #expect(found.map(\.jsonPath) == ["$.window.resolved"])
    }

    @Test func aWarningThatNeverPagedDoesNotContradictDetection() throws {
        let warning = AlertEvent(
            at: Timestamp.parse("2026-03-14T08:40:00Z")!, kind: .triggered, summary: "DiskWatermarkHigh", severity: "warning",
            source: SourceRef(file: "alerts/am.json", index: 0))
        let window = "window: {started: 2026-03-14T09:02:00Z, detected: 2026-03-14T09:19:00Z}\n"
        #expect(try Self.findings(window, alerts: [warning]).isEmpty)
    }

    @Test func derivedMilestoneBeforeAGivenOne() throws {
        let found = try Self.findings("window: {started: 2026-03-14T09:30:00Z}\n", alerts: [Self.alert(.triggered, "2026-03-14T09:10:00Z", index: 0)])
        #expect(found.map { "\($0.rule.id) @ \($0.jsonPath)" } == ["structure.timeline-order @ $.window.started", "structure.window-sources @ $.window.started"])
        #expect(found.first?.message.contains("'detected' (2026-03-14T09:10:00Z, derived from the first alert trigger") == true)
    }

    @Test func startAfterAnOngoingSLOBreach() throws {
        let start = Timestamp.parse("2026-03-14T08:00:00Z")!
        let breachFrom = Timestamp.parse("2026-03-14T08:50:00Z")!, breachTo = Timestamp.parse("2026-03-14T10:41:00Z")!
        let points = (0..<240).map { i -> MetricSeries.Point in
            let t = start.addingTimeInterval(Double(i) * 60)
            return MetricSeries.Point(t: Timestamp.epochMilliseconds(t), v: t >= breachFrom && t < breachTo ? 0.2 : 0.001)
        }
        var source = MonitoringSource(path: "metrics/error.json")
        source.title = "Checkout error ratio"
        source.slo = SLO(objective: 0.999, threshold: 0.01)
        let inputs = AssemblyInputs(monitoring: [.init(source: source, series: [MetricSeries(name: "errors", points: points, source: SourceRef(file: "metrics/error.json"))])])
        let late = try Self.findings("window: {started: 2026-03-14T09:02:00Z, resolved: 2026-03-14T11:07:00Z}\n", inputs: inputs)
        #expect(late.map(\.jsonPath) == ["$.window.started"])
        #expect(late.first?.message.contains("'Checkout error ratio' (errors) was already past its SLO threshold from 2026-03-14T08:50:00Z (metrics/error.json)") == true)
        let right = try Self.findings("window: {started: 2026-03-14T08:50:00Z, resolved: 2026-03-14T11:07:00Z}\n", inputs: inputs)
        #expect(right.isEmpty)
    }
}
