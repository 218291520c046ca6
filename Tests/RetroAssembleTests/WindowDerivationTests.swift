import Foundation
import Testing
@testable import RetroAssemble
import RetroModel

/// The window rules on small incidents worked out by hand (minutes after 09:00 UTC).
@Suite("Window derivation rules")
struct WindowDerivationTests {
    typealias S = TimelineScenario
    let extractor = TimelineExtractor()

    var incident: Incident {
        var incident = Incident(id: "INC-9", title: "t", severity: "SEV2")
        incident.people = S.people  // Ana Lima (U1) is incident commander
        return incident
    }

    func alert(_ index: Int, _ minutes: Int64, _ kind: AlertEvent.Kind, key: String, severity: String?) -> AlertEvent {
        AlertEvent(
            at: S.at(minutes), kind: kind, summary: "\(kind.rawValue): \(key)", alertKey: key, severity: severity,
            source: SourceRef(file: "am.jsonl", index: index))
    }

    func milestone(_ timeline: DerivedTimeline, _ name: String) -> Milestone? { timeline.milestones.first { $0.name == name } }

    @Test("a warning that never paged is neither detection nor start", arguments: ["warning", "P3", "low", "info"])
    func warningsDoNotDetect(severity: String) {
        let alerts = [
            alert(0, 5, .triggered, key: "disk", severity: severity), alert(1, 21, .triggered, key: "latency", severity: "critical"),
            alert(2, 90, .resolved, key: "disk", severity: severity),
        ]
        let timeline = extractor.derive(incident: incident, messages: [], alerts: alerts)
        #expect(timeline.window.detected == S.at(21))
        #expect(timeline.window.started == S.at(21))
        let warning = timeline.events.first { $0.at == S.at(5) }
        #expect(warning?.kind == .note)
        #expect(warning?.text.hasSuffix("paged nobody)") == true)
        #expect(timeline.events.first { $0.at == S.at(90) }?.kind == .note)
        #expect(timeline.window.resolved == nil)
    }

    @Test("an alert without a severity pages, as most alert logs hold only pages")
    func unknownSeverityPages() {
        let timeline = extractor.derive(incident: incident, messages: [], alerts: [alert(0, 7, .triggered, key: "a", severity: nil)])
        #expect(timeline.window.detected == S.at(7))
    }

    @Test("a flapping alert's mid-incident close is a note, and the final close can resolve")
    func flapping() {
        let alerts = [
            alert(0, 10, .triggered, key: "lat", severity: "critical"), alert(1, 14, .resolved, key: "lat", severity: "critical"),
            alert(2, 17, .triggered, key: "lat", severity: "critical"), alert(3, 60, .resolved, key: "lat", severity: "critical"),
        ]
        let timeline = extractor.derive(incident: incident, messages: [], alerts: alerts)
        let flap = timeline.events.first { $0.at == S.at(14) }
        #expect(flap?.kind == .note)
        #expect(flap?.text.contains("fired again") == true)
        #expect(timeline.events.filter { $0.kind == .resolution }.map(\.at) == [S.at(60)])
        #expect(timeline.window.resolved == S.at(60))
    }

    @Test("a relayed customer report starts the impact, is its own event, and is not detection")
    func customerReport() throws {
        let messages = [
            S.message(0, 4, "U9", "Customer report from Acme (ticket #8812): checkout keeps timing out"),
            S.message(1, 22, "U2", "paged for checkout latency, looking"),
        ]
        let timeline = extractor.derive(incident: incident, messages: messages, alerts: [alert(0, 20, .triggered, key: "lat", severity: "critical")])
        #expect(timeline.window.started == S.at(4))
        #expect(timeline.window.detected == S.at(20))
        #expect(timeline.firstReport == S.at(4))
        let started = try #require(milestone(timeline, "started"))
        #expect(started.basis.contains("customer report relayed by"))
        let report = try #require(timeline.events.first { $0.at == S.at(4) })
        #expect(report.text.hasPrefix("First customer report:"))
        #expect(report.key)
        #expect(timeline.events.filter { $0.at == S.at(4) }.count == 1)
    }

    @Test("the incident commander's own message resolves, not a later relay by someone else")
    func commanderResolves() throws {
        let messages = [
            S.message(0, 20, "U2", "rolled back the deploy, error rate back to normal"),
            S.message(1, 70, "U1", "Incident resolved, closing the channel"),
            S.message(2, 85, "U3", "Update from payments: the incident is resolved"),
        ]
        let timeline = extractor.derive(incident: incident, messages: messages, alerts: [alert(0, 10, .triggered, key: "e", severity: nil)])
        #expect(timeline.window.resolved == S.at(70))
        #expect(try #require(milestone(timeline, "resolved")).basis.contains("incident commander Ana Lima"))
    }

    @Test("a status-page post is not mitigation; the recovery observation after it is")
    func statusPageIsNotMitigation() {
        let messages = [
            S.message(0, 30, "U1", "Status page updated to monitoring, mitigated for now"),
            S.message(1, 41, "U2", "mitigated: error ratio back under 1%"),
        ]
        let timeline = extractor.derive(incident: incident, messages: messages, alerts: [alert(0, 10, .triggered, key: "e", severity: nil)])
        #expect(timeline.window.mitigated == S.at(41))
    }

    @Test("metrics set the start before the page and the mitigation when they come back; the basis names the series")
    func metricsSetTheWindow() throws {
        // An error ratio that steps from 0.2% to 8% at 09:05 and back at 09:50, with an SLO on it.
        var points: [MetricSeries.Point] = []
        for m in -300..<180 {
            let bad = m >= 5 && m < 50
            points.append(.init(t: S.nine + Int64(m) * 60_000, v: bad ? 0.08 + Double(m % 3) * 0.001 : 0.002 + Double(m % 4) * 0.0002))
        }
        let series = MetricSeries(name: "errors", points: points, unit: "ratio", source: SourceRef(file: "metrics/errors.json", index: 0))
        var source = MonitoringSource(path: "metrics/errors.json")
        source.slo = SLO(objective: 0.999, threshold: 0.01)
        let timeline = extractor.derive(
            incident: incident, messages: [], alerts: [alert(0, 21, .triggered, key: "e", severity: "critical")],
            monitoring: [AssemblyInputs.Monitoring(source: source, series: [series])])
        #expect(timeline.window.started == S.at(5))
        #expect(timeline.window.detected == S.at(21))
        #expect(timeline.window.mitigated == S.at(50))
        let started = try #require(milestone(timeline, "started"))
        #expect(started.basis.contains("errors leaving its normal band"))
        #expect(started.basis.contains("2026-03-14 09:05 UTC, reading 8.2%"))
        #expect(started.sources == [SourceRef(file: "metrics/errors.json", index: 0)])
    }

    @Test("with two impact series, mitigation waits for the later one to come back within its SLO")
    func latestRecovery() {
        func series(_ name: String, bad: Range<Int>) -> MetricSeries {
            var points: [MetricSeries.Point] = []
            for m in -300..<180 {
                let value: Double = bad.contains(m) ? 0.08 + Double(m % 3) * 0.001 : 0.002 + Double(m % 4) * 0.0002
                points.append(MetricSeries.Point(t: S.nine + Int64(m) * 60_000, v: value))
            }
            return MetricSeries(name: name, points: points, unit: "ratio", source: SourceRef(file: "m.json"))
        }
        var source = MonitoringSource(path: "m.json")
        source.slo = SLO(objective: 0.999, threshold: 0.01)
        let input = AssemblyInputs.Monitoring(source: source, series: [series("eu", bad: 5..<40), series("uk", bad: 7..<62)])
        let timeline = extractor.derive(
            incident: incident, messages: [], alerts: [alert(0, 21, .triggered, key: "e", severity: "critical")], monitoring: [input])
        #expect(timeline.window.started == S.at(5))
        #expect(timeline.window.mitigated == S.at(62))
    }
}
